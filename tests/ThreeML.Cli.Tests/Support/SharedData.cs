namespace ThreeML.Cli.Tests.Support;

/// <summary>Locates the shared instrument data (GBM, XRT) when this checkout has it.</summary>
internal static class SharedData
{
    // Static initialisers run in text order: the root must be found before the data folder that depends on it.

    /// <summary>The repository root (the folder holding examples/), found upwards from the test binaries.</summary>
    public static string? RepositoryRoot { get; } = FindUp("examples");

    public static string? Folder { get; } = Find();

    public static string? Path(string relative) => Folder is null ? null : System.IO.Path.Combine(Folder, relative);

    private static string? Find()
    {
        var candidates = new[] { RepositoryRoot is null ? null : System.IO.Path.Combine(RepositoryRoot, "..", "shared", "data") };
        return candidates.FirstOrDefault(c => c is not null && Directory.Exists(System.IO.Path.Combine(c, "ogip")));
    }

    private static string? FindUp(string marker)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (Directory.Exists(System.IO.Path.Combine(d.FullName, marker)) && File.Exists(System.IO.Path.Combine(d.FullName, "Directory.Build.props")))
            {
                return d.FullName;
            }
        }

        return null;
    }
}
