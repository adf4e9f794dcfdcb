namespace ThreeML.Plotting;

/// <summary>One curve of a spectrum plot: the median of the propagated samples and the equal-tailed band at each
/// grid point.</summary>
/// <param name="Label">"src1", "src2: Blackbody" or "total".</param>
/// <param name="X">Grid in the requested energy, frequency or wavelength unit.</param>
/// <param name="Median">Median flux per grid point, in the requested flux unit.</param>
/// <param name="Lower">Lower bound of the band.</param>
/// <param name="Upper">Upper bound of the band.</param>
public sealed record SpectrumBand(string Label, double[] X, double[] Median, double[] Lower, double[] Upper);
