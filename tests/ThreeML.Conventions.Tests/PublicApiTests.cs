using System.Runtime.CompilerServices;

namespace ThreeML.Conventions.Tests;

/// <summary>The public API is tracked in PublicAPI/&lt;assembly&gt;.txt (PublicAPI.Shipped.txt style): any change of the
/// surface must show in a reviewed diff of that file. Set THREEML_UPDATE_PUBLIC_API=1 and run these tests to rewrite the
/// files after an intended change (then review and commit the diff).</summary>
public class PublicApiTests
{
    public static TheoryData<string> Assemblies() => [.. ProductionAssemblies.All.Select(a => a.GetName().Name!)];

    private static string SourceFolder([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "PublicAPI");

    // A tracked line may carry a comment after " # " (the reason an unsealed class is an extension point).
    private static string Key(string line) => line.Split(" # ", 2)[0];

    private static void Compare(string file, IReadOnlyList<string> actual, string what)
    {
        var tracked = Path.Combine(SourceFolder(), file);
        var expected = File.Exists(tracked) ? File.ReadAllLines(tracked) : [];
        if (Environment.GetEnvironmentVariable("THREEML_UPDATE_PUBLIC_API") == "1")
        {
            var comments = expected.Where(l => l.Contains(" # ", StringComparison.Ordinal)).ToDictionary(Key, l => l, StringComparer.Ordinal);
            File.WriteAllLines(tracked, actual.Select(a => comments.GetValueOrDefault(a, a)));
            return;
        }

        var keys = expected.Select(Key).ToList();
        var added = actual.Except(keys, StringComparer.Ordinal).ToList();
        var removed = keys.Except(actual, StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            $"{what} differs from {tracked}.\nAdded:\n  {string.Join("\n  ", added.Take(40))}\nRemoved:\n  {string.Join("\n  ", removed.Take(40))}\n" +
            "If the change is intended, run the convention tests with THREEML_UPDATE_PUBLIC_API=1 and commit the file.");
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_public_api_matches_the_tracked_file(string name)
    {
        var assembly = ProductionAssemblies.All.Single(a => a.GetName().Name == name);
        Compare($"{name}.txt", PublicApiListing.Of(assembly), $"The public API of {name}");
    }

    /// <summary>Public classes are sealed unless they are extension points; every open class is listed, with the
    /// reason in the listing's review, in PublicAPI/Unsealed.txt.</summary>
    [Fact]
    public void Every_unsealed_public_class_is_a_listed_extension_point()
    {
        var unsealed = ProductionAssemblies.All.SelectMany(PublicApiListing.Unsealed).Order(StringComparer.Ordinal).ToList();
        Compare("Unsealed.txt", unsealed, "The set of unsealed public classes");
    }
}
