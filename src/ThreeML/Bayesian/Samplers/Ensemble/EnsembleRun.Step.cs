namespace ThreeML.Bayesian.Samplers.Ensemble;

internal sealed partial class EnsembleRun
{
    /// <summary>One red-blue step: each half of the ensemble proposes stretch moves against the other half.</summary>
    /// <param name="accepted">Per-walker acceptance counters, or null during burn-in.</param>
    private void Step(long[]? accepted)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var split = RandomSplit();
        var a = options.StretchScale;
        for (var half = 0; half < 2; half++)
        {
            var movers = Enumerable.Range(0, walkers).Where(w => split[w] == half).ToArray();
            var partners = Enumerable.Range(0, walkers).Where(w => split[w] != half).ToArray();
            var proposal = new double[movers.Length * d];
            var newLogPrior = new double[movers.Length];
            var newLogL = new double[movers.Length];
            var accept = new bool[movers.Length];
            var evaluated = new bool[movers.Length];
            var streamBase = (((ulong)step * 2) + (ulong)half) * (ulong)walkers;
            pool.For(movers.Length, (m, worker) =>
            {
                var k = movers[m];
                var rng = new RandomStream(options.Seed, RandomPurpose.StretchMove, streamBase + (ulong)k);
                var root = ((a - 1) * rng.NextDouble()) + 1;
                var z = root * root / a;
                var c = partners[rng.NextInt(partners.Length)];
                var y = proposal.AsSpan(m * d, d);
                for (var i = 0; i < d; i++)
                {
                    y[i] = position[(c * d) + i] + (z * (position[(k * d) + i] - position[(c * d) + i]));
                }

                newLogPrior[m] = problem.Prior.LogPrior(y);
                if (double.IsNegativeInfinity(newLogPrior[m]) || double.IsNaN(newLogPrior[m]))
                {
                    return;
                }

                evaluated[m] = true;
                newLogL[m] = pool.Evaluate(worker, y);
                var logRatio = ((d - 1) * Math.Log(z)) + newLogPrior[m] + newLogL[m] - logPrior[k] - logL[k];
                accept[m] = logRatio > Math.Log(rng.NextOpenDouble());
            });

            for (var m = 0; m < movers.Length; m++)
            {
                calls += evaluated[m] ? 1 : 0;
                if (!accept[m])
                {
                    continue;
                }

                var k = movers[m];
                proposal.AsSpan(m * d, d).CopyTo(position.AsSpan(k * d, d));
                logPrior[k] = newLogPrior[m];
                logL[k] = newLogL[m];
                if (accepted is not null)
                {
                    accepted[k]++;
                }
            }
        }

        step++;
        if (step % ProgressInterval == 0)
        {
            progress?.Report(new SamplerProgress(step, calls, null, null));
        }
    }

    /// <summary>Assigns walkers alternately to the two halves, then shuffles (Fisher-Yates) the assignment.</summary>
    private int[] RandomSplit()
    {
        var split = new int[walkers];
        for (var w = 0; w < walkers; w++)
        {
            split[w] = w % 2;
        }

        var rng = new RandomStream(options.Seed, RandomPurpose.RedBlueSplit, (ulong)step);
        for (var i = walkers - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (split[i], split[j]) = (split[j], split[i]);
        }

        return split;
    }
}
