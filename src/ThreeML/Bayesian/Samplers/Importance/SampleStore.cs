namespace ThreeML.Bayesian.Samplers.Importance;

/// <summary>Every evaluated point of an importance nested sampling run, with the mixture density it was drawn from.</summary>
/// <remarks>
/// Bound k (k = 0 the unit cube) has drawn N_k points from the density n_k(x)/S_k, out-of-cube draws included
/// (they have zero prior and cost no likelihood call). Every stored point i therefore has the deterministic-mixture
/// importance weight w_i = L_i/D_i with D_i = Σ_k N_k n_k(x_i)/S_k, and Ẑ = Σ_i w_i is unbiased for a fixed
/// sequence of bounds (Owen &amp; Zhou 2000, balance heuristic; Lange 2023 uses the same pooling of shells).
/// D_i is kept up to date incrementally, scaled by e^(−c) with c = max_k(−ln S_k) to stay in range.
/// </remarks>
internal sealed class SampleStore(int d)
{
    /// <summary>Marks a multiplicity not yet computed: the bound's term was below 1e-12 of the point's density when it was stored.</summary>
    public const byte Unknown = 255;

    private readonly List<byte[]> multiplicity = [];
    private readonly List<double> logVolume = [];
    private readonly List<long> draws = [];
    private readonly List<double> coefficient = [];
    private readonly List<long> pending = [];
    private readonly List<EllipsoidUnion?> unions = [];
    private bool dirty;
    private double[] unitCube = new double[1024 * d];
    private double[] parameters = new double[1024 * d];
    private double[] logL = new double[1024];
    private double[] density = new double[1024];
    private int[] shell = new int[1024];
    private double scale;

    /// <summary>Gets the number of stored points (draws inside the cube, each one likelihood call).</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of bounds, the unit cube included.</summary>
    public int Bounds => logVolume.Count;

    /// <summary>Gets the total number of draws, out-of-cube draws included.</summary>
    public long TotalDraws => draws.Sum();

    public ReadOnlySpan<double> UnitCube => unitCube.AsSpan(0, Count * d);

    public ReadOnlySpan<double> Parameters => parameters.AsSpan(0, Count * d);

    public ReadOnlySpan<double> LogLikelihoods => logL.AsSpan(0, Count);

    /// <summary>Gets the deepest bound that contains point i (its shell).</summary>
    public ReadOnlySpan<int> Shells => shell.AsSpan(0, Count);

    /// <summary>Gets the number of draws made from bound k.</summary>
    public long Draws(int k) => draws[k];

    /// <summary>Gets the largest ln L stored (−∞ while none is finite).</summary>
    public double MaxLogLikelihood { get; private set; } = double.NegativeInfinity;

    /// <summary>Adds a bound (null: the unit cube) and the multiplicity of every stored point in it.</summary>
    public void AddBound(EllipsoidUnion? union, LikelihoodPool pool)
    {
        Flush();
        var m = new byte[logL.Length];
        var cube = unitCube;
        pool.For(Count, (i, _) =>
        {
            Span<double> work = stackalloc double[d];
            m[i] = union is null ? (byte)1 : (byte)union.Multiplicity(cube.AsSpan(i * d, d), work);
        });
        var logNormalisation = union?.LogVolumeSum ?? 0;
        multiplicity.Add(m);
        logVolume.Add(logNormalisation);
        draws.Add(0);
        pending.Add(0);
        unions.Add(union);
        coefficient.Add(0);
        var k = Bounds - 1;
        if (-logNormalisation > scale || k == 0)
        {
            var rescale = k == 0 ? 1.0 : Math.Exp(scale + logNormalisation);
            scale = -logNormalisation;
            for (var i = 0; i < Count; i++)
            {
                density[i] *= rescale;
            }
        }

        for (var b = 0; b < Bounds; b++)
        {
            coefficient[b] = Math.Exp(-logVolume[b] - scale);
        }

        for (var i = 0; i < Count; i++)
        {
            shell[i] = m[i] > 0 ? k : shell[i];
        }
    }

    /// <summary>Gets e^(−ln S_k − c), bound k's density factor in the store's scaled units.</summary>
    public double Coefficient(int k) => coefficient[k];

    /// <summary>Adds <paramref name="count"/> draws of bound k to the mixture; the points' densities are updated lazily, once before weights are next read.</summary>
    public void AddDraws(int k, long count)
    {
        draws[k] += count;
        pending[k] += count;
        dirty = true;
    }

    /// <summary>Adds the pending draws to every point's density, first computing the multiplicities left unknown in the bounds drawn from.</summary>
    public void Flush()
    {
        if (!dirty)
        {
            return;
        }

        Span<double> work = stackalloc double[d];
        for (var k = 0; k < Bounds; k++)
        {
            if (pending[k] == 0)
            {
                continue;
            }

            var factor = pending[k] * coefficient[k];
            var m = multiplicity[k];
            var union = unions[k];
            for (var i = 0; i < Count; i++)
            {
                if (m[i] == Unknown)
                {
                    m[i] = union is null ? (byte)1 : (byte)union.Multiplicity(unitCube.AsSpan(i * d, d), work);
                }

                density[i] += factor * m[i];
            }

            pending[k] = 0;
        }

        dirty = false;
    }

    /// <summary>Stores a point with its multiplicity in every bound; call before <see cref="AddDraws"/> of the batch that drew it.</summary>
    public void AddPoint(ReadOnlySpan<double> u, ReadOnlySpan<double> p, double logLikelihood, ReadOnlySpan<byte> counts)
    {
        Grow();
        var i = Count++;
        u.CopyTo(unitCube.AsSpan(i * d, d));
        p.CopyTo(parameters.AsSpan(i * d, d));
        logL[i] = logLikelihood;
        MaxLogLikelihood = Math.Max(MaxLogLikelihood, logLikelihood);
        var sum = 0.0;
        var deepest = 0;
        for (var k = 0; k < Bounds; k++)
        {
            multiplicity[k][i] = counts[k];
            var known = counts[k] == Unknown ? 0 : counts[k];
            sum += (draws[k] - pending[k]) * known * coefficient[k];
            deepest = known > 0 ? k : deepest;
        }

        density[i] = sum;
        shell[i] = deepest;
    }

    /// <summary>w_i/(e^(ln L_max + c)): the weight without logarithms, for sums.</summary>
    public double ScaledWeight(int i) => Math.Exp(logL[i] - MaxLogLikelihood) / density[i];

    /// <summary>ln of the factor that <see cref="ScaledWeight"/> leaves out.</summary>
    public double LogWeightScale => MaxLogLikelihood - scale;

    /// <summary>ln w_i = ln L_i − ln D_i (−∞ for impossible points).</summary>
    public double LogWeight(int i) => logL[i] - Math.Log(density[i]) - scale;

    /// <summary>Gets ln(1/D_i): point i's share of the prior volume.</summary>
    public double LogVolumeShare(int i) => -Math.Log(density[i]) - scale;

    private void Grow()
    {
        if (Count < logL.Length)
        {
            return;
        }

        var capacity = 2 * logL.Length;
        Array.Resize(ref unitCube, capacity * d);
        Array.Resize(ref parameters, capacity * d);
        Array.Resize(ref logL, capacity);
        Array.Resize(ref density, capacity);
        Array.Resize(ref shell, capacity);
        for (var k = 0; k < multiplicity.Count; k++)
        {
            var m = multiplicity[k];
            Array.Resize(ref m, capacity);
            multiplicity[k] = m;
        }
    }
}
