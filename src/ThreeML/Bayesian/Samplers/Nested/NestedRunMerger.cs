namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Combines independent nested-sampling runs of one problem into a single run with more live points.</summary>
/// <remarks>
/// Skilling (2006, §7) and Higson et al. (2019, Stat. Comput. 29, 891): the union of the dead points of
/// several runs, sorted by likelihood, is a valid nested-sampling run whose live-point count at each
/// death is the sum of the runs' live counts at that likelihood. A point keeps its kind (replaced or
/// final live point), which is how UltraNest's tree integrator treats nodes with and without children.
/// </remarks>
internal static class NestedRunMerger
{
    public static (EvidenceAccumulator Evidence, double[] Parameters) Merge(IReadOnlyList<NestedRun> runs, int d)
    {
        var merged = new EvidenceAccumulator();
        var total = runs.Sum(r => r.Evidence.Count);
        var parameters = new double[total * d];
        var next = new int[runs.Count];
        for (var emitted = 0; emitted < total; emitted++)
        {
            var pick = -1;
            for (var r = 0; r < runs.Count; r++)
            {
                if (next[r] < runs[r].Evidence.Count && (pick < 0 || runs[r].Evidence.LogLikelihoods[next[r]] < runs[pick].Evidence.LogLikelihoods[next[pick]]))
                {
                    pick = r;
                }
            }

            var live = 0;
            for (var r = 0; r < runs.Count; r++)
            {
                live += next[r] < runs[r].Evidence.Count ? runs[r].Evidence.LiveCounts[next[r]] : 0;
            }

            var source = runs[pick].Evidence;
            var j = next[pick]++;
            if (source.IsTail[j])
            {
                merged.AddTail(source.LogLikelihoods[j], live);
            }
            else
            {
                merged.AddReplaced(source.LogLikelihoods[j], live);
            }

            for (var k = 0; k < d; k++)
            {
                parameters[(emitted * d) + k] = runs[pick].DeadParameters[(j * d) + k];
            }
        }

        return (merged, parameters);
    }
}
