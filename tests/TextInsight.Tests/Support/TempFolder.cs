namespace TextInsight.Tests.Support;

/// <summary>A temporary folder deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "textinsight-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative, string content)
    {
        string path = Combine(relative);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string File(string relative, byte[] content)
    {
        string path = Combine(relative);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string Combine(string relative)
    {
        string path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
