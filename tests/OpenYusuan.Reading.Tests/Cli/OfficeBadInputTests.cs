using System.IO.Compression;
using OpenYusuan.Reading.Tests.Support;
using Xunit;

namespace OpenYusuan.Reading.Tests.Cli;

/// <summary>Office files a reviewer may drop that cannot be read: each is refused with one line naming the file
/// and the problem, exit code 2.</summary>
public sealed class OfficeBadInputTests
{
    private static (int Exit, string Err) Parse(string extension, Action<string> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"yusuan-{Guid.NewGuid():N}.{extension}");
        try
        {
            write(path);
            var r = Yusuan.Run("parse", path);
            Assert.Contains(path, r.Err);
            return (r.Exit, r.Err);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Password_protected_workbook_is_refused()
    {
        // An encrypted OOXML file is an OLE compound file (EncryptionInfo + EncryptedPackage streams), not a zip:
        // the header is what tells it apart.
        var r = Parse("xlsx", p =>
        {
            var bytes = new byte[4096];
            byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
            header.CopyTo(bytes, 0);
            bytes[0x1A] = 0x3E; bytes[0x1C] = 0xFE; bytes[0x1D] = 0xFF; // minor version, byte order mark
            File.WriteAllBytes(p, bytes);
        });
        Assert.Equal(2, r.Exit);
        Assert.Contains("加密的 Office 文件", r.Err);
    }

    [Fact]
    public void Zip_bomb_is_refused_before_it_is_unpacked()
    {
        var r = Parse("docx", p =>
        {
            using var zip = ZipFile.Open(p, ZipArchiveMode.Create);
            using (var w = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open()))
                w.Write("<w:document/>");
            using var s = zip.CreateEntry("word/media/filler.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 120; i++) s.Write(zeros);
        });
        Assert.Equal(2, r.Exit);
        Assert.Contains("疑似压缩炸弹", r.Err);
    }

    [Fact]
    public void Truncated_docx_is_refused()
    {
        var r = Parse("docx", p =>
        {
            using var stream = new MemoryStream();
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            using (var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
                w.Write(new string('x', 5000));
            File.WriteAllBytes(p, stream.ToArray()[..(int)(stream.Length / 2)]);
        });
        Assert.Equal(2, r.Exit);
        Assert.Contains("损坏", r.Err);
    }

    [Fact]
    public void Docx_with_broken_xml_is_refused()
    {
        var r = Parse("docx", p =>
        {
            using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(p, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
                doc.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
            using var zip = ZipFile.Open(p, ZipArchiveMode.Update);
            var main = zip.GetEntry("word/document.xml")!;
            main.Delete();
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        });
        Assert.Equal(2, r.Exit);
        Assert.Contains("损坏", r.Err);
    }
}
