namespace ThreeML.Plugins;

/// <summary>Shares the integrated model between plugins that use the same energy grid and the same source during one
/// joint-likelihood evaluation, so the model is evaluated once per distinct grid and source.</summary>
/// <remarks>Only active while a <see cref="LikelihoodEvaluator"/> evaluates (between <see cref="Begin"/> and
/// <see cref="End"/>): outside it, parameters may change between calls and plugins compute their own model.</remarks>
internal sealed class ModelEvaluationCache
{
    private readonly Dictionary<(object Grid, string? Source, ModelIntegrationMethod Method), (long Generation, double[] Values)> _entries = [];
    private long _generation;

    /// <summary>Whether an evaluation is in progress.</summary>
    public bool IsActive { get; private set; }

    /// <summary>Starts an evaluation: every earlier entry becomes stale.</summary>
    public void Begin()
    {
        _generation++;
        IsActive = true;
    }

    /// <summary>Ends the evaluation.</summary>
    public void End() => IsActive = false;

    /// <summary>Copies the shared integrals for the key into <paramref name="destination"/> when this evaluation has them.</summary>
    public bool TryGet(object grid, string? source, ModelIntegrationMethod method, Span<double> destination)
    {
        if (IsActive && _entries.TryGetValue((grid, source, method), out var entry) && entry.Generation == _generation)
        {
            entry.Values.CopyTo(destination);
            return true;
        }

        return false;
    }

    /// <summary>Stores the integrals for the key for the rest of this evaluation.</summary>
    public void Store(object grid, string? source, ModelIntegrationMethod method, ReadOnlySpan<double> values)
    {
        if (!IsActive)
        {
            return;
        }

        var key = (grid, source, method);
        if (!_entries.TryGetValue(key, out var entry) || entry.Values.Length != values.Length)
        {
            entry = (0, new double[values.Length]);
        }

        values.CopyTo(entry.Values);
        _entries[key] = (_generation, entry.Values);
    }
}
