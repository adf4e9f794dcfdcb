using Astromodels;
using Astromodels.Functions;
using ThreeML.Plugins;

namespace ThreeML.Analysis;

/// <summary>One distinct (source, energy grid, integration rule) of an <see cref="EvaluationPlan"/>: the grid, the
/// plan's cache of shapes on it, and the buffers the model is evaluated and integrated into once per call.</summary>
internal sealed class ModelGroup
{
    /// <param name="sourceName">The source's name, or null for the sum of all point sources.</param>
    /// <param name="source">The source, or null for the sum.</param>
    /// <param name="method">The integration rule.</param>
    /// <param name="edges">The bin edges, keV.</param>
    /// <param name="shared">A group with the same edges and rule whose grid and cache to share, or null: sources on one
    /// grid share its cache of shapes, so linked temperatures are computed once per call.</param>
    public ModelGroup(string? sourceName, PointSource? source, ModelIntegrationMethod method, ReadOnlySpan<double> edges, ModelGroup? shared)
    {
        SourceName = sourceName;
        Source = source;
        Method = method;
        Edges = shared?.Edges ?? edges.ToArray();
        Integrator = shared?.Integrator ?? new BinIntegrator(method, edges);
        Shapes = shared?.Shapes ?? new ShapeCache();
        FluxOnGrid = new double[Integrator.Grid.Length];
        BinFlux = new double[Integrator.BinCount];
    }

    public string? SourceName { get; }

    public PointSource? Source { get; }

    public ModelIntegrationMethod Method { get; }

    public double[] Edges { get; }

    public BinIntegrator Integrator { get; }

    /// <summary>The plan's cache of shapes on <see cref="BinIntegrator.Grid"/>, one per distinct grid.</summary>
    public ShapeCache Shapes { get; }

    /// <summary>The model on <see cref="BinIntegrator.Grid"/>, photons/(cm² keV s).</summary>
    public double[] FluxOnGrid { get; }

    /// <summary>The integrals per bin, photons/(cm² s).</summary>
    public double[] BinFlux { get; }

    /// <summary>Whether the plugin needs exactly this group's integrals: same source, rule and edge values.</summary>
    public bool Serves(IIntegratedModelPlugin plugin) => plugin.AssignedSource == SourceName && SharesGridWith(plugin);

    /// <summary>Whether the plugin integrates on this group's grid with this group's rule.</summary>
    public bool SharesGridWith(IIntegratedModelPlugin plugin) => plugin.IntegrationMethod == Method && plugin.ModelEnergyEdges.SequenceEqual(Edges);

    /// <summary>Whether <see cref="BinFlux"/> holds this call's integrals.</summary>
    public bool Fresh { get; set; }
}
