using Astromodels;
using ThreeML.Plugins;

namespace ThreeML;

/// <summary>One distinct (source, energy grid, integration rule) of an <see cref="EvaluationPlan"/>: the grid with its
/// memo of shapes, and the buffers the model is evaluated and integrated into once per call.</summary>
internal sealed class ModelGroup
{
    public ModelGroup(string? sourceName, PointSource? source, ModelIntegrationMethod method, ReadOnlySpan<double> edges)
    {
        SourceName = sourceName;
        Source = source;
        Method = method;
        Edges = edges.ToArray();
        Integrator = new BinIntegrator(method, edges);
        FluxOnGrid = new double[Integrator.Grid.Length];
        BinFlux = new double[Integrator.BinCount];
    }

    public string? SourceName { get; }

    public PointSource? Source { get; }

    public ModelIntegrationMethod Method { get; }

    public double[] Edges { get; }

    public BinIntegrator Integrator { get; }

    /// <summary>The model on <see cref="BinIntegrator.Grid"/>, photons/(cm² keV s).</summary>
    public double[] FluxOnGrid { get; }

    /// <summary>The integrals per bin, photons/(cm² s).</summary>
    public double[] BinFlux { get; }

    /// <summary>Whether the plugin needs exactly this group's integrals: same source, rule and edge values.</summary>
    public bool Serves(IIntegratedModelPlugin plugin) =>
        plugin.AssignedSource == SourceName && plugin.IntegrationMethod == Method && plugin.ModelEnergyEdges.SequenceEqual(Edges);

    /// <summary>Whether <see cref="BinFlux"/> holds this call's integrals.</summary>
    public bool Fresh { get; set; }
}
