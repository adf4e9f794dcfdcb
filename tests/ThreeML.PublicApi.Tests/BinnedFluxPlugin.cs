using Astromodels;
using ThreeML.Plugins;

namespace ThreeML.PublicApi.Tests;

/// <summary>A user's own plugin: measured photon fluxes integrated over energy bins, photons/(cm² s), with Gaussian
/// errors (−½χ²). It implements the public capability <see cref="IIntegratedModelPlugin"/>, so an analysis evaluates the
/// model once for all plugins on the same bins.</summary>
public sealed class BinnedFluxPlugin(string name, double[] edges, double[] flux, double[] errors) : IIntegratedModelPlugin
{
    private Model? _model;

    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public IReadOnlyList<Parameter> NuisanceParameters => [];

    /// <inheritdoc />
    public bool ExcludedFromFit { get; set; }

    /// <inheritdoc />
    public ReadOnlySpan<double> ModelEnergyEdges => edges;

    /// <inheritdoc />
    public string? AssignedSource => null;

    /// <inheritdoc />
    public ModelIntegrationMethod IntegrationMethod => ModelIntegrationMethod.Simpson;

    /// <inheritdoc />
    public void SetModel(Model model) => _model = model;

    /// <inheritdoc />
    public double LogLikeFromBinFlux(ReadOnlySpan<double> binFlux)
    {
        var sum = 0.0;
        for (var i = 0; i < flux.Length; i++)
        {
            var r = (flux[i] - binFlux[i]) / errors[i];
            sum += r * r;
        }

        return ExcludedFromFit ? 0.0 : -0.5 * sum;
    }

    /// <inheritdoc />
    /// <remarks>Its own Simpson rule per bin, independent of the library's integrator.</remarks>
    public double GetLogLike()
    {
        var model = _model ?? throw new InvalidOperationException($"Plugin '{Name}' has no model.");
        var integrals = new double[flux.Length];
        for (var i = 0; i < integrals.Length; i++)
        {
            var (lo, hi) = (edges[i], edges[i + 1]);
            integrals[i] = (hi - lo) / 6 * (Total(model, lo) + 4 * Total(model, 0.5 * (lo + hi)) + Total(model, hi));
        }

        return LogLikeFromBinFlux(integrals);
    }

    /// <inheritdoc />
    public int GetNumberOfDataPoints() => flux.Length;

    /// <inheritdoc />
    public IPlugin Clone() => new BinnedFluxPlugin(Name, edges, flux, errors) { ExcludedFromFit = ExcludedFromFit };

    /// <inheritdoc />
    public IPlugin Simulate(string name, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var model = _model ?? throw new InvalidOperationException($"Plugin '{Name}' has no model.");
        var simulated = new double[flux.Length];
        for (var i = 0; i < simulated.Length; i++)
        {
            var mid = 0.5 * (edges[i] + edges[i + 1]);
            var u1 = 1.0 - random.NextDouble();
            var gauss = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * random.NextDouble());
            simulated[i] = Total(model, mid) * (edges[i + 1] - edges[i]) + errors[i] * gauss;
        }

        return new BinnedFluxPlugin(name, edges, simulated, errors);
    }

    private static double Total(Model model, double energy)
    {
        Span<double> value = stackalloc double[1];
        model.Evaluate([energy], value);
        return value[0];
    }
}
