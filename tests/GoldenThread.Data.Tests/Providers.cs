namespace GoldenThread.Data;

/// <summary>Every storage test runs once per provider.</summary>
public static class Providers
{
    public static TheoryData<string> Both => new() { "sqlite", "postgres" };
}
