using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ThreeML.Conventions.Tests;

/// <summary>Namespaces follow folders (src/A/B/File.cs declares namespace A.B) except the folders listed, with their
/// reasons, in Namespaces.txt; a listed exception that is no longer needed must be removed.</summary>
public partial class NamespaceTests
{
    private static string TestsFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [Fact]
    public void Every_source_file_declares_its_folder_namespace_or_a_listed_exception()
    {
        var src = Path.GetFullPath(Path.Combine(TestsFolder(), "..", "..", "src"));
        Assert.True(Directory.Exists(src), $"No source folder at {src}.");
        var allowed = File.ReadAllLines(Path.Combine(TestsFolder(), "Namespaces.txt"))
            .Select(l => l.Split(" # ")[0].Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(" -> "))
            .Select(p => (Folder: p[0].Trim(), Namespace: p[1].Trim()))
            .ToList();

        var used = new HashSet<(string, string)>();
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, Path.GetDirectoryName(file)!);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            var declared = NamespaceLine().Match(File.ReadAllText(file));
            if (!declared.Success)
            {
                continue;
            }

            var folder = relative.Replace(Path.DirectorySeparatorChar, '.');
            var ns = declared.Groups[1].Value;
            if (ns == folder)
            {
                continue;
            }

            var match = allowed.FirstOrDefault(a => a.Namespace == ns && (a.Folder == folder ||
                (a.Folder.EndsWith(".*", StringComparison.Ordinal) && folder.StartsWith(a.Folder[..^1], StringComparison.Ordinal))));
            if (match == default)
            {
                wrong.Add($"{Path.GetRelativePath(src, file)} declares '{ns}' in folder '{folder}'");
            }
            else
            {
                used.Add(match);
            }
        }

        Assert.True(wrong.Count == 0, "Namespaces must follow folders; move the file, fix its namespace, or list the folder with a reason in Namespaces.txt:\n" + string.Join("\n", wrong));
        var stale = allowed.Where(a => !used.Contains(a)).Select(a => $"{a.Folder} -> {a.Namespace}").ToList();
        Assert.True(stale.Count == 0, "Namespaces.txt lists exceptions no file needs any more; remove them:\n" + string.Join("\n", stale));
    }

    [GeneratedRegex(@"^namespace\s+([A-Za-z0-9_.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
