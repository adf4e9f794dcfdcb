using System.Reflection;

namespace ThreeML.Conventions.Tests;

/// <summary>The assemblies the project ships.</summary>
internal static class ProductionAssemblies
{
    public static readonly Assembly[] All =
    [
        typeof(Astromodels.Model).Assembly,
        typeof(ThreeML.Fits.FitsFile).Assembly,
        typeof(ThreeML.DataList).Assembly,
        typeof(ThreeML.Plotting.Plots).Assembly,
        typeof(ThreeML.Cli.CliApplication).Assembly,
    ];

    /// <summary>The libraries (everything but the command).</summary>
    public static IEnumerable<Assembly> Libraries => All.Where(a => a.GetName().Name != "ThreeML.Cli");

    public static bool IsProduction(string assemblyName) => All.Any(a => a.GetName().Name == assemblyName);
}
