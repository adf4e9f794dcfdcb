namespace ThreeML.Tests.TestSupport;

/// <summary>Locates the third-party reference data that lives next to the repository (../shared), if present.</summary>
public static class SharedData
{
    /// <summary>The repository root: the nearest folder above the test binaries holding ThreeML.slnx, or null.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The absolute path of <paramref name="relativePath"/> under ../shared, or null when the root is not found.</summary>
    public static string? PathOf(string relativePath) =>
        RepositoryRoot is null ? null : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", relativePath));

    /// <summary>The absolute path of a file under ../shared/data.</summary>
    public static string Data(string relativePath) =>
        PathOf(Path.Combine("data", relativePath)) ?? throw new InvalidOperationException("The repository root (ThreeML.slnx) was not found above the test binaries.");

    /// <summary>Whether ../shared/<paramref name="relativePath"/> exists (a file or a folder).</summary>
    public static bool Exists(string relativePath) => PathOf(relativePath) is { } path && (File.Exists(path) || Directory.Exists(path));

    private static string? FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ThreeML.slnx")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
