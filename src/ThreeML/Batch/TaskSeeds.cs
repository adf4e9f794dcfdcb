namespace ThreeML.Batch;

/// <summary>Derives each task's seed from the master seed and the task number alone, so that results do not depend on
/// how tasks are sharded or scheduled.</summary>
public static class TaskSeeds
{
    /// <summary>The seed of task <paramref name="index"/>: a non-negative 31-bit integer.</summary>
    /// <remarks>SplitMix64 (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number generators") applied to the
    /// master seed plus the golden-ratio increment times (index + 1): neighbouring tasks get unrelated seeds.</remarks>
    public static int Derive(long masterSeed, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var z = unchecked((ulong)masterSeed + (0x9E3779B97F4A7C15UL * (ulong)(index + 1)));
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z >> 33);
    }
}
