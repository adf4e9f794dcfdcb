using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;

namespace ThreeML.Conventions.Tests;

public class LayeringTests
{
    public static TheoryData<string> Assemblies() => [.. ProductionAssemblies.All.Select(a => a.GetName().Name!)];

    public static TheoryData<string> Libraries() => [.. ProductionAssemblies.Libraries.Select(a => a.GetName().Name!)];

    private static Assembly Named(string name) => ProductionAssemblies.All.Single(a => a.GetName().Name == name);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_production_assembly_opens_its_internals_to_another(string name)
    {
        var grants = Named(name).GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();
        var toProduction = grants.Where(ProductionAssemblies.IsProduction).ToList();
        Assert.True(toProduction.Count == 0, $"{name} grants InternalsVisibleTo to production assemblies: {string.Join(", ", toProduction)}. Make the API public (documented) instead.");
        Assert.All(grants, g => Assert.True(g.EndsWith(".Tests", StringComparison.Ordinal) || g == "ThreeML.Benchmarks", $"{name} grants InternalsVisibleTo to '{g}', which is neither a test nor the benchmark assembly."));
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Libraries_do_not_write_to_the_console(string name)
    {
        var uses = MembersUsed(name, "System", "Console");
        Assert.True(uses.Count == 0, $"{name} uses {string.Join(", ", uses.Distinct())}: libraries report through return values, exceptions or IProgress, never the console.");
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Files_are_renamed_into_place_only_by_the_one_atomic_writer(string name)
    {
        // ThreeML.Fits.AtomicFile is the writer; Astromodels depends on no other assembly of ours and keeps its own.
        var moves = MembersUsed(name, "System.IO", "File").Where(m => m is "File.Move" or "File.Replace").ToList();
        Assert.True(moves.Count == 0 || name is "ThreeML.Fits" or "Astromodels",
            $"{name} uses {string.Join(", ", moves.Distinct())}: write files through ThreeML.Fits.AtomicFile instead of a temporary file and a rename of its own.");
    }

    /// <summary>The members of <paramref name="ns"/>.<paramref name="typeName"/> the assembly's metadata references.</summary>
    private static List<string> MembersUsed(string name, string ns, string typeName)
    {
        using var stream = File.OpenRead(Named(name).Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var uses = new List<string>();
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                var type = reader.GetTypeReference((TypeReferenceHandle)member.Parent);
                if (reader.GetString(type.Name) == typeName && reader.GetString(type.Namespace) == ns)
                {
                    uses.Add(typeName + "." + reader.GetString(member.Name));
                }
            }
        }

        return uses;
    }
}
