using System.Collections.Frozen;

namespace Astromodels;

/// <summary>Names of the dimensions that spectral analysis meets, in astropy's vocabulary where it has one.</summary>
internal static class PhysicalTypes
{
    public const string Unknown = "unknown";

    private static readonly FrozenDictionary<Dimension, string> Names = new Dictionary<Dimension, string>
    {
        [Dimension.None] = "dimensionless",
        [Dimension.Of(m: 1)] = "length",
        [Dimension.Of(m: 2)] = "area",
        [Dimension.Of(m: 3)] = "volume",
        [Dimension.Of(s: 1)] = "time",
        [Dimension.Of(s: -1)] = "frequency",
        [Dimension.Of(kg: 1)] = "mass",
        [Dimension.Of(a: 1)] = "electrical current",
        [Dimension.Of(k: 1)] = "temperature",
        [Dimension.Of(rad: 1)] = "angle",
        [Dimension.Of(rad: 2)] = "solid angle",
        [Dimension.Of(m: 1, s: -1)] = "velocity",
        [Dimension.Of(m: 1, s: -2)] = "acceleration",
        [Dimension.Of(m: -1)] = "wavenumber",
        [Dimension.Of(kg: 1, m: 2, s: -2)] = "energy",
        [Dimension.Of(kg: 1, m: 2, s: -3)] = "power",
        [Dimension.Of(kg: 1, m: 1, s: -2)] = "force",
        [Dimension.Of(kg: 1, m: 1, s: -1)] = "momentum",
        [Dimension.Of(kg: 1, m: -3)] = "mass density",
        [Dimension.Of(m: -2, s: -1)] = "photon flux",
        [Dimension.Of(kg: 1, s: -3)] = "energy flux",
        [Dimension.Of(kg: 1, s: -2)] = "spectral flux density",
        [Dimension.Of(kg: 2, m: 2, s: -5)] = "energy squared flux",
        [Dimension.Of(kg: -1, m: -4, s: 1)] = "differential flux",
        [Dimension.Of(m: -2, s: -1, rad: -2)] = "photon flux per solid angle",
        [Dimension.Of(kg: 1, s: -3, rad: -2)] = "energy flux per solid angle",
        [Dimension.Of(kg: -1, m: -4, s: 1, rad: -2)] = "differential flux per solid angle",
    }.ToFrozenDictionary();

    /// <summary>The name of <paramref name="dimension"/>, or "unknown".</summary>
    public static string NameOf(Dimension dimension) => Names.GetValueOrDefault(dimension, Unknown);
}
