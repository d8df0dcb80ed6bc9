using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Cli;

/// <summary>What a command writes never destroys what it was given and is named for what it holds; arguments that
/// would silently do the wrong thing are refused (exit 2, in Chinese) before anything is read or written.</summary>
public sealed class OutputSafetyTests() : TempFolder("safety")
{
    private string Copy()
    {
        var path = Path.Combine(Dir, "budget.txt");
        File.Copy(SharedFiles.Example, path, overwrite: true);
        return path;
    }

    [Fact]
    public void Render_refuses_to_overwrite_its_input_even_with_force()
    {
        var input = Copy();
        var before = File.ReadAllBytes(input);
        var r = Yusuan.Run("render", input, "--to", "html", "-o", input, "--force");
        Assert.Equal(2, r.Exit);
        Assert.Contains("不能覆盖原文件", r.Err);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Theory]
    [InlineData("pdf", "out.html", "文件名应以 .pdf 结尾")]
    [InlineData("docx", "out.pdf", "文件名应以 .docx 结尾")]
    [InlineData("html", "", "这是一个目录")]
    public void Render_refuses_an_output_that_cannot_hold_its_format(string format, string name, string said)
    {
        var target = Path.Combine(Dir, name);
        var r = Yusuan.Run("render", Copy(), "--to", format, "-o", target);
        Assert.Equal(2, r.Exit);
        Assert.Contains(said, r.Err);
        if (name.Length > 0) Assert.False(File.Exists(target));
    }

    [Fact]
    public void Consolidate_refuses_the_same_unit_twice()
    {
        var input = Copy();
        var r = Yusuan.Run("consolidate", input, input, "--entity", "某局（汇总）");
        Assert.Equal(2, r.Exit);
        Assert.Contains("同一个文件给了 2 次", r.Err);
        Assert.Equal("", r.Out);
    }

    [Theory]
    [InlineData(new[] { "--year", "1850" }, "不是可用的预算年度")]
    [InlineData(new[] { "--year", "2025", "--kind", "final", "--template", "shanghai" }, "不能与 --template 同用")]
    public void Template_refuses_arguments_it_would_ignore_or_cannot_use(string[] args, string said)
    {
        var target = Path.Combine(Dir, "t.xlsx");
        var r = Yusuan.Run(["template", .. args, "-o", target]);
        Assert.Equal(2, r.Exit);
        Assert.Contains(said, r.Err);
        Assert.False(File.Exists(target));
    }
}

/// <summary>Failures that come from .NET or a library in English reach the user in Chinese.</summary>
public sealed class FailureWordingTests() : TempFolder("wording")
{
    [Theory]
    [InlineData("audit", "/nonexistent-folder/x.txt", "文件不存在")]
    [InlineData("parse", "/nonexistent-folder/x.txt", "文件不存在")]
    public void A_missing_file_is_said_in_chinese(string verb, string path, string said)
    {
        var r = Yusuan.Run(verb, path);
        Assert.Equal(2, r.Exit);
        Assert.Contains($"{path}: {said}", r.Err);
        Assert.DoesNotMatch("Could not|[Pp]ath", r.Err.Replace(path, ""));
    }

    [Fact]
    public void Broken_json_and_a_broken_pdf_are_said_in_chinese()
    {
        var json = Path.Combine(Dir, "b.json");
        File.WriteAllText(json, "{\"schema\": b}");
        var pdf = Path.Combine(Dir, "bad.pdf");
        File.WriteAllText(pdf, "%PDF-1.4\nxx");
        var r = Yusuan.Run("audit", json, pdf);
        Assert.Equal(2, r.Exit);
        Assert.Contains("JSON 格式错误（第 1 行", r.Err);
        Assert.Contains("bad.pdf: PDF 文件损坏或不完整", r.Err);
        Assert.DoesNotMatch("invalid start|xref|trailer", r.Err);
    }

    [Fact]
    public void An_output_folder_that_does_not_exist_is_said_in_chinese()
    {
        var r = Yusuan.Run("render", SharedFiles.Example, "--to", "html", "-o", Path.Combine(Dir, "missing", "x.html"));
        Assert.Equal(2, r.Exit);
        Assert.Contains("无法写出：路径中的目录不存在", r.Err);
    }
}
