namespace ThreeML.Plugins;

/// <summary>A bound plugin whose likelihood depends on the model only through the model's photon flux integrated over
/// the bins of an energy grid: the public capability by which an evaluation plan evaluates each distinct (source, grid,
/// rule) once per call and hands the integrals to every plugin that needs them.</summary>
/// <remarks>
/// <para>The plan groups plugins when it is built: same <see cref="AssignedSource"/>, same
/// <see cref="IntegrationMethod"/> and the same <see cref="ModelEnergyEdges"/> values (compared element by element, so
/// responses read twice from one file share). Per call it evaluates the source (or the sum of all point sources) on the
/// group's grid, integrates per bin and calls <see cref="LogLikeFromBinFlux"/>; the result must equal
/// <see cref="IPlugin.GetLogLike"/> at the same parameter values.</para>
/// <para>A plugin written outside this assembly implements it to get the same sharing as the built-in spectral plugins
/// (see the PublicApi tests). When <see cref="AssignedSource"/> or <see cref="IntegrationMethod"/> changes on a bound
/// plugin, the plan notices before the next call and regroups.</para>
/// </remarks>
public interface IIntegratedModelPlugin : IPlugin
{
    /// <summary>The edges of the model energy bins, keV (n + 1 increasing values); must not change once bound.</summary>
    ReadOnlySpan<double> ModelEnergyEdges { get; }

    /// <summary>The point source the plugin sees, or null for the sum of all point sources.</summary>
    string? AssignedSource { get; }

    /// <summary>The rule integrating the model over each bin.</summary>
    ModelIntegrationMethod IntegrationMethod { get; }

    /// <summary>The log-likelihood (3ML's convention) given the integrated photon flux per model energy bin,
    /// photons/(cm² s); 0 when <see cref="IPlugin.ExcludedFromFit"/>.</summary>
    /// <param name="binFlux">One integral per bin of <see cref="ModelEnergyEdges"/>.</param>
    double LogLikeFromBinFlux(ReadOnlySpan<double> binFlux);
}
