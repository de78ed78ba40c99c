namespace GoldenThread.Cli;

/// <summary>Files a test writes for the command line to read, deleted when the test class is disposed.</summary>
public sealed class TempFiles : IDisposable
{
    private readonly List<string> written = [];

    public string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"goldenthread-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        written.Add(path);
        return path;
    }

    public void Dispose()
    {
        foreach (var file in written) File.Delete(file);
    }
}
