using ThreeML.Results;
namespace ThreeML.Batch;

/// <summary>What a task's work gives back: its results (written by the runner as <c>results.fits</c>), the other files
/// it wrote into its folder, and the fluxes the summary table should show.</summary>
/// <param name="Results">The analysis results; an invalid fit (<see cref="Fitting.MLEResults.IsValid"/> false) makes a
/// task that is done but not valid, with the fit's reason.</param>
/// <param name="AnalysisSeconds">Time spent fitting or sampling, s (the rest of the task is reading and writing).</param>
public sealed record BatchTaskResult(AnalysisResults Results, double AnalysisSeconds)
{
    /// <summary>The files the work wrote into <see cref="BatchTaskContext.Folder"/>, by name.</summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];

    /// <summary>Fluxes to keep in the task record and the summary table.</summary>
    public IReadOnlyList<BatchFlux> Fluxes { get; init; } = [];

    /// <summary>Overrides the validity taken from <see cref="Results"/>: the reason the task's result is not valid, or null.</summary>
    public string? InvalidReason { get; init; }
}
