namespace OpenYusuan.Reading.Tests.Support;

/// <summary>A test class's own scratch folder, made for each test and deleted after it.</summary>
public abstract class TempFolder(string name) : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory($"yusuan-{name}-").FullName;

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
