namespace OpenYusuan.Web.Hosting;

/// <summary>Whether the build could copy the npm libraries (pdf.js, ECharts) into wwwroot/lib: without npm it builds
/// anyway, and the pages say what is missing instead of failing silently in the browser.</summary>
public static class Vendor
{
    public static bool PdfJs { get; } = File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "pdfjs", "pdf.min.mjs"));

    public static bool ECharts { get; } = File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "echarts", "echarts.min.js"));

    public const string Missing = "构建时未能用 npm 安装浏览器端组件（需要 Node.js 和 npm，见 README），";
}
