using System.Text.RegularExpressions;
using ThreeML.Fits;
using ThreeML.TimeSeries;

namespace ThreeML.Cli.Analysis;

/// <summary>Opens the time-series files GBM distributes (CSPEC/CTIME PHA-II, TTE events) as a
/// <see cref="TimeSeriesBuilder"/>, for <c>threeml lightcurve</c> and the time-series entries of analysis files.</summary>
public static partial class TimeSeriesFiles
{
    /// <summary>The kinds of time-series file an analysis file may name.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["cspec", "ctime", "tte"];

    /// <summary>Reads a time series and its response.</summary>
    /// <param name="name">The plugin name (e.g. "n3").</param>
    /// <param name="path">The CSPEC, CTIME or TTE file (a file with an EVENTS table, or DATATYPE = 'TTE', is read as
    /// events: unbinned background, intervals not moved to bins).</param>
    /// <param name="response">The .rsp or .rsp2 file.</param>
    /// <param name="polyOrder">Background order 0..4, or −1 for 3ML's automatic choice.</param>
    /// <param name="format">The format the caller expects ("cspec", "ctime" or "tte"), checked against the file's
    /// DATATYPE keyword when it has one; null to accept any.</param>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="InvalidDataException">The file's DATATYPE is not <paramref name="format"/>.</exception>
    public static TimeSeriesBuilder Open(string name, string path, string response, int polyOrder, string? format = null)
    {
        foreach (var file in new[] { path, response })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"no such file: '{file}'.", file);
            }
        }

        var fits = FitsFile.Read(path);
        var hasType = fits.Hdus[0].Header.TryGetString("DATATYPE", out var type);
        if (format is not null && hasType && !type.Trim().Equals(format, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"'{path}' holds DATATYPE = '{type.Trim()}' data but the analysis file says format: {format}.");
        }

        var events = format == "tte" || (hasType && type.Trim().Equals("TTE", StringComparison.OrdinalIgnoreCase)) || fits.TryGetExtension("EVENTS", out _);
        return events
            ? TimeSeriesBuilder.FromGbmTte(name, path, response, polyOrder)
            : TimeSeriesBuilder.FromGbmCspecOrCtime(name, path, response, polyOrder);
    }

    /// <summary>The detector of a GBM file name ("glg_cspec_n3_bn080916009_v01.pha" → "n3"), or the file's stem.</summary>
    /// <param name="path">The data file.</param>
    public static string DetectorName(string path)
    {
        var file = Path.GetFileNameWithoutExtension(path);
        var match = GbmName().Match(file);
        return match.Success ? match.Groups[1].Value : file;
    }

    [GeneratedRegex(@"^glg_(?:cspec|ctime|tte)_([nb][0-9ab])_", RegexOptions.IgnoreCase)]
    private static partial Regex GbmName();
}
