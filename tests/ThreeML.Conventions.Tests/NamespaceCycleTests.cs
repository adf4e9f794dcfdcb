using System.Runtime.CompilerServices;

namespace ThreeML.Conventions.Tests;

/// <summary>Within each production assembly the namespaces form no cycle beyond those listed, with their reasons, in
/// NamespaceCycles.txt (NamespaceGraph reads who uses whom from the metadata and IL); a listed group that changed or
/// went away must be updated, so the list only shrinks.</summary>
public class NamespaceCycleTests
{
    public static TheoryData<string> Assemblies() => [.. ProductionAssemblies.All.Select(a => a.GetName().Name!)];

    private static string TestsFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Namespaces_form_no_cycle_beyond_the_listed_ones(string name)
    {
        var assembly = ProductionAssemblies.All.Single(a => a.GetName().Name == name);
        var graph = NamespaceGraph.Of(assembly);
        var found = NamespaceGraph.Cycles(graph).Select(c => string.Join(", ", c)).ToHashSet();
        var listed = File.ReadAllLines(Path.Combine(TestsFolder(), "NamespaceCycles.txt"))
            .Select(l => l.Split(" # ")[0].Trim())
            .Where(l => l.StartsWith(name + ": ", StringComparison.Ordinal))
            .Select(l => l[(name.Length + 2)..])
            .ToHashSet();

        var unlisted = found.Except(listed).Select(group =>
        {
            var members = group.Split(", ");
            var edges = members.SelectMany(from => graph[from].Where(members.Contains).Select(to => NamespaceGraph.Witness(assembly, from, to)));
            return $"{name}: {group}\n    " + string.Join("\n    ", edges);
        }).ToList();
        Assert.True(unlisted.Count == 0, "These namespaces use each other in a cycle; move the type that closes it (or, for a cycle that already existed and changed shape, update its line in NamespaceCycles.txt):\n" + string.Join("\n", unlisted));
        var stale = listed.Except(found).ToList();
        Assert.True(stale.Count == 0, $"NamespaceCycles.txt lists cycles of {name} that no longer exist; remove or shrink these lines:\n" + string.Join("\n", stale));
    }
}
