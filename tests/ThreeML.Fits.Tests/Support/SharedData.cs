namespace ThreeML.Fits.Tests.Support;

/// <summary>Locates the shared instrument files (third-party, never copied into the repository).</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    public static string? Folder => Root.Value;

    public static string Path(string relative) =>
        System.IO.Path.Combine(Folder ?? throw new InvalidOperationException("shared data folder is absent"), relative);

    public static IEnumerable<string> AllFitsFiles()
    {
        if (Folder is null)
        {
            return [];
        }

        string[] extensions = [".pha", ".bak", ".rsp", ".rsp2", ".arf", ".rmf", ".pi"];
        return Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    private static string? Find()
    {
        // The worktree sits next to shared/ (../shared/data); walk up from the test binaries to find it.
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "..", "shared", "data");
            if (Directory.Exists(candidate))
            {
                return System.IO.Path.GetFullPath(candidate);
            }

            candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return System.IO.Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
