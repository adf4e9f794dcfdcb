using ThreeML.Ogip;
using ThreeML.Plugins;

namespace ThreeML.Cli.Analysis;

/// <summary>Turns the data sets of an analysis file into OGIP and time-series plugins with their selections, rebinning, effective-area
/// corrections and source assignments; problems with the files themselves are reported together with their lines.</summary>
public static class AnalysisDataBuilder
{
    /// <summary>Builds the data list of <paramref name="file"/>.</summary>
    /// <param name="file">The analysis.</param>
    /// <param name="files">OGIP spectra and responses already read by other analyses of a batch, or null for a cache of
    /// this analysis alone (<see cref="OgipFileCache"/>): data sets that name one response or background (the spectra of
    /// several intervals of one detector) parse it once and share it.</param>
    /// <exception cref="AnalysisFileException">Every data set that could not be loaded or configured.</exception>
    public static DataList Build(AnalysisFile file, OgipFileCache? files = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        files ??= new OgipFileCache();
        var label = Path.GetFileName(file.Path);
        var problems = new List<AnalysisProblem>();
        var plugins = new List<IPlugin>();
        foreach (var entry in file.Data)
        {
            try
            {
                plugins.Add(Build(entry, file.Assignments.GetValueOrDefault(entry.Name), files));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Each data set is independent: gather them all so one run shows every bad file.
                problems.Add(new AnalysisProblem(label, entry.Line, $"data set '{entry.Name}': {e.Message.Split('\n')[0]}"));
            }
        }

        if (problems.Count > 0)
        {
            throw new AnalysisFileException(problems);
        }

        return new DataList([.. plugins]);
    }

    private static DispersionSpectrumLike Build(DataEntry entry, string? source, OgipFileCache files) =>
        Configure(entry.TimeSeries is { } series
            ? FromTimeSeries(entry, series)
            : new OgipLike(entry.Name, entry.Observation, entry.Background, entry.Response, entry.Arf, entry.SpectrumNumber, files), entry, source);

    /// <summary>Applies a data set's selections, rebinning, effective-area correction and source assignment to its
    /// plugin (also each interval's plugin of a time-resolved analysis).</summary>
    internal static DispersionSpectrumLike Configure(DispersionSpectrumLike plugin, DataEntry entry, string? source)
    {
        if (entry.Selections.Count > 0)
        {
            plugin.SetActiveMeasurements([.. entry.Selections]);
        }

        if (entry.RebinOnBackground is { } b)
        {
            plugin.RebinOnBackground(b);
        }

        if (entry.RebinOnSource is { } s)
        {
            plugin.RebinOnSource(s);
        }

        if (entry.EffectiveArea is { } area)
        {
            if (area.Fixed is { } value)
            {
                plugin.FixEffectiveAreaCorrection(value);
            }
            else
            {
                plugin.UseEffectiveAreaCorrection(area.Min, area.Max, area.GaussianSigma is not null, 1.0, area.GaussianSigma ?? 0.1);
            }
        }

        if (source is not null)
        {
            plugin.AssignToSource(source);
        }

        return plugin;
    }

    /// <summary>3ML's <c>TimeSeriesBuilder</c>: background polynomials in the background intervals, the active
    /// intervals summed into one plugin with a PG-stat background.</summary>
    private static DispersionSpectrumLike FromTimeSeries(DataEntry entry, TimeSeriesEntry series)
    {
        var ts = TimeSeriesFiles.Open(entry.Name, entry.Observation, entry.Response!, series.PolyOrder, series.Format);
        ts.SetBackgroundInterval([.. series.BackgroundIntervals]);
        ts.SetActiveTimeInterval([.. series.ActiveIntervals]);
        return ts.ToSpectrumLike();
    }
}
