namespace ThreeML.TableModels;

/// <summary>The immutable content of an XSPEC table model file, shared by a model and its clones.</summary>
/// <param name="ModelName">MODLNAME.</param>
/// <param name="Kind">Additive, multiplicative or exponential.</param>
/// <param name="HasRedshift">REDSHIFT: whether a redshift parameter scales the energies.</param>
/// <param name="HasEnergyScale">ESCALE: whether an energy-scale parameter (XSPEC's <c>Escale</c>) scales the energies.</param>
/// <param name="Parameters">The interpolation parameters, then the additional ones.</param>
/// <param name="InterpolatedCount">NINTPARM.</param>
/// <param name="Edges">The n + 1 energy-bin edges of the table, keV, rest frame.</param>
/// <param name="Spectra">The grid spectra, spectrum s at [s·n, (s+1)·n), the last parameter varying fastest.</param>
/// <param name="Added">For each additional parameter, its spectra in the same layout.</param>
/// <param name="Below">The model value below the tabulated energies (LOELIMIT).</param>
/// <param name="Above">The model value above the tabulated energies (HIELIMIT).</param>
/// <param name="SpectrumSets">NXFLTEXP > 1: the XFXPnnnn expressions, one per spectrum at each grid point (empty otherwise).</param>
/// <param name="SelectedSet">The index in <paramref name="SpectrumSets"/> of the spectra kept (0 when there is one set).</param>
internal sealed record TableModelData(
    string ModelName,
    TableModelKind Kind,
    bool HasRedshift,
    bool HasEnergyScale,
    IReadOnlyList<TableParameter> Parameters,
    int InterpolatedCount,
    double[] Edges,
    double[] Spectra,
    double[][] Added,
    double Below,
    double Above,
    IReadOnlyList<string> SpectrumSets,
    int SelectedSet)
{
    /// <summary>The number of energy bins.</summary>
    public int BinCount => Edges.Length - 1;
}
