using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Audit.Tests.Render;

/// <summary>The workbooks and Word files we write are valid against the Office Open XML schema (what Excel and Word
/// check before offering to "repair" a file): the templates of each kind and region, a filled workbook with its
/// working sheets, and the rendered DOCX and XLSX of the example.</summary>
public sealed class OfficeValidityTests() : TempFolder("valid")
{
    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "template", "--year", "2025", "-o", "{out}.xlsx" },
        new[] { "template", "--year", "2025", "--template", "shanghai", "-o", "{out}.xlsx" },
        new[] { "template", "--year", "2025", "--kind", "final", "-o", "{out}.xlsx" },
        new[] { "workbook", SharedFiles.Example, "-o", "{out}.xlsx" },
        new[] { "render", SharedFiles.Example, "--to", "xlsx", "-o", "{out}.xlsx" },
        new[] { "render", SharedFiles.Example, "--to", "docx", "-o", "{out}.docx" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Written_office_files_are_schema_valid(string[] command)
    {
        var args = command.Select(a => a.Replace("{out}", Path.Combine(Dir, "out"))).ToArray();
        var r = Yusuan.Run(args);
        Assert.True(r.Exit == 0, r.Err);
        var path = args[Array.IndexOf(args, "-o") + 1];
        var validator = new OpenXmlValidator();
        using OpenXmlPackage package = path.EndsWith(".docx") ? WordprocessingDocument.Open(path, false) : SpreadsheetDocument.Open(path, false);
        var errors = validator.Validate(package).Take(5).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
