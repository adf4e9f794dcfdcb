namespace ThreeML.Cli.Analysis;

/// <summary>A flux table to compute after the analysis.</summary>
/// <param name="EMin">Lower end of the band with its unit ("10 keV").</param>
/// <param name="EMax">Upper end ("1 MeV").</param>
/// <param name="Unit">The flux unit ("erg/cm2/s").</param>
/// <param name="SumSources">Sum the sources into "total".</param>
/// <param name="UseComponents">One row per component.</param>
/// <param name="Components">The components to keep (empty: all).</param>
/// <param name="ConfidenceLevel">The level of the bounds.</param>
/// <param name="File">A CSV file name to write the table to, or null.</param>
public sealed record FluxOutput(string EMin, string EMax, string Unit, bool SumSources, bool UseComponents,
    IReadOnlyList<string> Components, double ConfidenceLevel, string? File);
