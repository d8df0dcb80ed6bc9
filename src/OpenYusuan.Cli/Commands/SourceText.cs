using OpenYusuan.Reading;
using OpenYusuan.Reading.Text;

namespace OpenYusuan.Cli.Commands;

/// <summary>The lines of a text disclosure as a person sees them, for reports that show the document.</summary>
public static class SourceText
{
    public static IReadOnlyList<string>? Lines(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (FormatDetector.Detect(bytes) != "text") return null;
        return TextDecoder.Decode(bytes).Text.Replace("\r\n", "\n").Split('\n');
    }
}
