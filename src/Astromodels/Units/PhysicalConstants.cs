namespace Astromodels;

/// <summary>Exact defining constants of the SI (2019 redefinition, CODATA 2018).</summary>
internal static class PhysicalConstants
{
    /// <summary>Planck constant h, J s.</summary>
    public const double PlanckConstant = 6.62607015e-34;

    /// <summary>Speed of light in vacuum c, m/s.</summary>
    public const double SpeedOfLight = 299792458.0;

    /// <summary>Elementary charge e, C (so 1 eV = 1.602176634e-19 J).</summary>
    public const double ElementaryCharge = 1.602176634e-19;
}
