namespace Astromodels.Functions;

/// <summary>Solar abundances by number relative to hydrogen for H … Zn (Z = 1 … 30), as published.</summary>
/// <remarks>
/// <para>AG89: Anders, E. &amp; Grevesse, N. (1989), Geochim. Cosmochim. Acta 53, 197, Table 2 (photosphere, meteorites
/// where better). ASPL: Asplund, M., Grevesse, N., Sauval, A. J. &amp; Scott, P. (2009), ARA&amp;A 47, 481, Table 1
/// (photosphere). WILM: Wilms, J., Allen, A. &amp; McCray, R. (2000), ApJ 542, 914, Table 2 (the interstellar medium:
/// gas plus grains), zero for the elements that paper leaves out.</para>
/// <para>The numbers are those of XSPEC's <c>abund angr</c>, <c>aspl</c> and <c>wilm</c> (three significant digits),
/// so that our absorbers and XSPEC's assume the same composition.</para>
/// </remarks>
internal static class SolarAbundances
{
    private static readonly double[] Ag89 =
    [
        1.00, 9.77e-2, 1.45e-11, 1.41e-11, 3.98e-10, 3.63e-4, 1.12e-4, 8.51e-4, 3.63e-8, 1.23e-4,
        2.14e-6, 3.80e-5, 2.95e-6, 3.55e-5, 2.82e-7, 1.62e-5, 3.16e-7, 3.63e-6, 1.32e-7, 2.29e-6,
        1.26e-9, 9.77e-8, 1.00e-8, 4.68e-7, 2.45e-7, 4.68e-5, 8.32e-8, 1.78e-6, 1.62e-8, 3.98e-8,
    ];

    private static readonly double[] Aspl =
    [
        1.00, 8.51e-2, 1.12e-11, 2.40e-11, 5.01e-10, 2.69e-4, 6.76e-5, 4.90e-4, 3.63e-8, 8.51e-5,
        1.74e-6, 3.98e-5, 2.82e-6, 3.24e-5, 2.57e-7, 1.32e-5, 3.16e-7, 2.51e-6, 1.07e-7, 2.19e-6,
        1.41e-9, 8.91e-8, 8.51e-9, 4.37e-7, 2.69e-7, 3.16e-5, 9.77e-8, 1.66e-6, 1.55e-8, 3.63e-8,
    ];

    private static readonly double[] Wilm =
    [
        1.00, 9.77e-2, 0.00, 0.00, 0.00, 2.40e-4, 7.59e-5, 4.90e-4, 0.00, 8.71e-5,
        1.45e-6, 2.51e-5, 2.14e-6, 1.86e-5, 2.63e-7, 1.23e-5, 1.32e-7, 2.57e-6, 0.00, 1.58e-6,
        0.00, 6.46e-8, 0.00, 3.24e-7, 2.19e-7, 2.69e-5, 8.32e-8, 1.12e-6, 0.00, 0.00,
    ];

    /// <summary>The abundance of element <paramref name="z"/> (1–30) relative to hydrogen by number in <paramref name="table"/>.</summary>
    public static double Relative(AbundanceTable table, int z) => table switch
    {
        AbundanceTable.AG89 => Ag89[z - 1],
        AbundanceTable.ASPL => Aspl[z - 1],
        _ => Wilm[z - 1],
    };
}
