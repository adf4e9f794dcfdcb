namespace ThreeML.Bayesian.Samplers.Importance;

internal sealed partial class ImportanceRun
{
    /// <summary>ln Ẑ, its statistical error, Kish's ESS and the information H of the current weights.</summary>
    public (double LogZ, double LogZError, double Ess, double Information) Summary()
    {
        Store.Flush();
        double sum = 0, sum2 = 0, sumWL = 0;
        var logLikelihoods = Store.LogLikelihoods;
        for (var i = 0; i < Store.Count; i++)
        {
            var w = Store.ScaledWeight(i);
            sum += w;
            sum2 += w * w;
            sumWL += w > 0 ? w * logLikelihoods[i] : 0;
        }

        // Var Ẑ ≈ Σ_draws (w − Ẑ/N)², the out-of-cube draws contributing w = 0.
        var draws = (double)Store.TotalDraws;
        var mean = sum / draws;
        var variance = Math.Max(0, sum2 - (2 * mean * sum) + (draws * mean * mean));
        var logZ = Store.LogWeightScale + Math.Log(sum);
        return (logZ, Math.Sqrt(variance) / sum, sum * sum / sum2, (sumWL / sum) - logZ);
    }

    /// <summary>Normalised posterior weights of the stored points.</summary>
    public double[] PosteriorWeights()
    {
        Store.Flush();
        var w = new double[Store.Count];
        var sum = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = Store.ScaledWeight(i);
            sum += w[i];
        }

        for (var i = 0; i < w.Length; i++)
        {
            w[i] /= sum;
        }

        return w;
    }

    /// <summary>The live set's estimated share of Z: V·mean(L) over (Z of the other points + V·mean(L)).</summary>
    /// <remarks>V = Σ 1/D_i over the live points is the importance estimate of the volume above the threshold.</remarks>
    private double LiveFraction()
    {
        Store.Flush();
        double volume = 0, meanL = 0, liveWeight = 0, total = 0;
        var rows = liveSet.Rows;
        foreach (var r in rows)
        {
            var share = Math.Exp(Store.LogVolumeShare(r) - Store.LogVolumeShare(rows[^1]));
            volume += share;
            meanL += Math.Exp(Store.LogLikelihoods[r] - Store.MaxLogLikelihood) / rows.Length;
            liveWeight += Store.ScaledWeight(r);
        }

        for (var i = 0; i < Store.Count; i++)
        {
            total += Store.ScaledWeight(i);
        }

        // Both terms in units of e^(ln L_max + c): V·mean(L) = volume·e^(ln(1/D_top)) · meanL.
        var live = volume * Math.Exp(Store.LogVolumeShare(rows[^1]) - Store.LogWeightScale + Store.MaxLogLikelihood) * meanL;
        var rest = Math.Max(0, total - liveWeight);
        return live > 0 ? live / (live + rest) : 0;
    }

    /// <summary>The bound whose shell contributes most to 1/ESS per point it holds: Σ_shell w² / n_shell for normalised weights.</summary>
    private int NeediestShell()
    {
        Store.Flush();
        var k = bounds.Count;
        var squares = new double[k];
        var counts = new int[k];
        var shells = Store.Shells;
        for (var i = 0; i < Store.Count; i++)
        {
            var w = Store.ScaledWeight(i);
            squares[shells[i]] += w * w;
            counts[shells[i]]++;
        }

        var best = 0;
        var bestGain = -1.0;
        for (var b = 0; b < k; b++)
        {
            var gain = squares[b] / Math.Max(1, counts[b]);
            if (gain > bestGain)
            {
                bestGain = gain;
                best = b;
            }
        }

        return best;
    }
}
