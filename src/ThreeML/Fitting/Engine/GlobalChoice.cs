namespace ThreeML.Fitting;

/// <summary>Picks the winning local fit of a global strategy and totals the cost.</summary>
internal static class GlobalChoice
{
    public static MinimizationResult Best(IReadOnlyList<MinimizationResult> fits, TimeSpan elapsed)
    {
        MinimizationResult? best = null;
        int calls = 0;
        foreach (MinimizationResult fit in fits)
        {
            calls += fit.FunctionCalls;
            bool better = best is null
                || (fit.IsValid && !best.IsValid)
                || (fit.IsValid == best.IsValid && fit.MinimumValue < best.MinimumValue);
            if (better)
            {
                best = fit;
            }
        }

        return best! with { FunctionCalls = calls, Elapsed = elapsed };
    }
}
