namespace ThreeML.Results;

/// <summary>Settings of flux computations, passed in explicitly (3ML keeps them in a global configuration).</summary>
/// <param name="Integration">How each flux integral is computed (exact by default).</param>
/// <param name="MaxDegreeOfParallelism">Threads used to integrate the sample rows; null means all cores.</param>
public sealed record FluxOptions(FluxIntegration Integration = FluxIntegration.Exact, int? MaxDegreeOfParallelism = null)
{
    /// <summary>The read-only defaults: exact integrals on all cores.</summary>
    public static FluxOptions Default { get; } = new();
}
