using Astromodels.Internal;
using Astromodels.Text;

namespace Astromodels.Functions;

/// <summary>Creates spectral functions and link laws by their astromodels names (for model files and the command line).</summary>
public static class FunctionFactory
{
    private static readonly IReadOnlyDictionary<string, Func<Function1D>> Factories = new Dictionary<string, Func<Function1D>>(StringComparer.Ordinal)
    {
        ["Band"] = () => new Band(),
        ["Band_Calderone"] = () => new BandCalderone(),
        ["Band_grbm"] = () => new BandGrbm(),
        ["Blackbody"] = () => new Blackbody(),
        ["BlackbodyRadius"] = () => new BlackbodyRadius(),
        ["Broken_powerlaw"] = () => new BrokenPowerlaw(),
        ["Constant"] = () => new Constant(),
        ["Cubic"] = () => new Cubic(),
        ["Cutoff_powerlaw"] = () => new CutoffPowerlaw(),
        ["Cutoff_powerlaw_Ep"] = () => new CutoffPowerlawEp(),
        ["DiracDelta"] = () => new DiracDelta(),
        ["DiskBlackbody"] = () => new DiskBlackbody(),
        ["Exponential_cutoff"] = () => new ExponentialCutoff(),
        ["Gaussian"] = () => new Gaussian(),
        ["Inverse_cutoff_powerlaw"] = () => new InverseCutoffPowerlaw(),
        ["Line"] = () => new Line(),
        ["Log_parabola"] = () => new LogParabola(),
        ["ModifiedBlackbody"] = () => new ModifiedBlackbody(),
        ["NonDissipativePhotosphere"] = () => new NonDissipativePhotosphere(),
        ["NonDissipativePhotosphere_Deep"] = () => new NonDissipativePhotosphereDeep(),
        ["PhAbs"] = () => new PhAbs(),
        ["Powerlaw"] = () => new Powerlaw(),
        ["Powerlaw_Eflux"] = () => new PowerlawEflux(),
        ["Powerlaw_flux"] = () => new PowerlawFlux(),
        ["Quadratic"] = () => new Quadratic(),
        ["Quartic"] = () => new Quartic(),
        ["Sin"] = () => new Sin(),
        ["SmoothlyBrokenPowerLaw"] = () => new SmoothlyBrokenPowerLaw(),
        ["StepFunction"] = () => new StepFunction(),
        ["StepFunctionUpper"] = () => new StepFunctionUpper(),
        ["Super_cutoff_powerlaw"] = () => new SuperCutoffPowerlaw(),
        ["TbAbs"] = () => new TbAbs(),
        ["WAbs"] = () => new WAbs(),
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
