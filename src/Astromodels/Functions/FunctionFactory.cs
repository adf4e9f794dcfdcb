using Astromodels.Internal;

namespace Astromodels.Functions;

/// <summary>Creates spectral functions and link laws by their astromodels names (for model files and the command line).</summary>
public static class FunctionFactory
{
    private static readonly IReadOnlyDictionary<string, Func<Function1D>> Factories = new Dictionary<string, Func<Function1D>>(StringComparer.Ordinal)
    {
        ["Blackbody"] = () => new Blackbody(),
        ["Line"] = () => new Line(),
        ["Powerlaw"] = () => new Powerlaw(),
        ["Powerlaw_flux"] = () => new PowerlawFlux(),
    };

    /// <summary>The astromodels names of every function that can be created.</summary>
    public static IReadOnlyCollection<string> Names => (IReadOnlyCollection<string>)Factories.Keys;

    /// <summary>Whether a function with this astromodels name exists.</summary>
    public static bool Contains(string name) => Factories.ContainsKey(name);

    /// <summary>Creates a function with astromodels' default parameters.</summary>
    /// <param name="name">The astromodels class name, e.g. "Powerlaw_flux".</param>
    /// <exception cref="ArgumentException">Unknown name; the message suggests the closest names.</exception>
    public static Function1D Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Factories.TryGetValue(name, out var factory))
        {
            return factory();
        }

        throw new ArgumentException($"Unknown function '{name}'.{NameSuggester.DidYouMean(name, Factories.Keys)}", nameof(name));
    }
}
