namespace ThreeML.Responses;

/// <summary>Descriptive metadata of a response: where it came from and what it covers.</summary>
/// <param name="Telescope">TELESCOP keyword (e.g. "GLAST"), or "UNKNOWN".</param>
/// <param name="Instrument">INSTRUME keyword (e.g. "GBM"), or "UNKNOWN".</param>
/// <param name="SourcePath">The file the response was read from, or null for a response built in memory.</param>
/// <param name="CoverageStart">Start of the time interval the matrix applies to (TSTART, s), or null.</param>
/// <param name="CoverageStop">End of the time interval the matrix applies to (TSTOP, s), or null.</param>
public sealed record ResponseInfo(
    string Telescope = "UNKNOWN",
    string Instrument = "UNKNOWN",
    string? SourcePath = null,
    double? CoverageStart = null,
    double? CoverageStop = null)
{
    /// <summary>Metadata for a response built in memory with no provenance.</summary>
    public static ResponseInfo None { get; } = new();
}
