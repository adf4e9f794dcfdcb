namespace ThreeML.Bayesian.Samplers;

/// <summary>A small, counter-addressable random generator (xoshiro256**).</summary>
/// <remarks>
/// Blackman &amp; Vigna (2021, ACM TOMS 47, 36). Each stream is keyed by (seed, purpose, index) through
/// SplitMix64, so the numbers used for proposal k are the same whichever thread draws it; this is what
/// makes the samplers' output independent of the degree of parallelism.
/// </remarks>
internal struct RandomStream
{
    private ulong s0, s1, s2, s3;
    private double spareGaussian;
    private bool hasSpare;

    public RandomStream(long seed, ulong purpose, ulong index)
    {
        var x = unchecked((ulong)seed);
        x = Mix(x ^ Mix(purpose + 0x632BE59BD9B4E019UL) ^ Mix(Mix(index) + 0x8CB92BA72F3D8DD7UL));
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
        spareGaussian = 0;
        hasSpare = false;
    }

    public ulong NextULong()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in the open interval (0, 1), safe for logarithms.</summary>
    public double NextOpenDouble() => ((NextULong() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n) by Lemire's multiply-shift (bias below 2^-32 for n &lt; 2^32).</summary>
    public int NextInt(int n) => (int)(((NextULong() >> 32) * (ulong)n) >> 32);

    /// <summary>Standard normal deviate (Marsaglia polar method).</summary>
    public double NextGaussian()
    {
        if (hasSpare)
        {
            hasSpare = false;
            return spareGaussian;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var f = Math.Sqrt(-2 * Math.Log(s) / s);
        spareGaussian = v * f;
        hasSpare = true;
        return u * f;
    }

    /// <summary>Fills <paramref name="z"/> with a point uniform in the unit ball.</summary>
    public void NextInUnitBall(Span<double> z)
    {
        var norm2 = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            z[i] = NextGaussian();
            norm2 += z[i] * z[i];
        }

        var scale = Math.Pow(NextDouble(), 1.0 / z.Length) / Math.Sqrt(norm2);
        for (var i = 0; i < z.Length; i++)
        {
            z[i] *= scale;
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return Mix(x);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
