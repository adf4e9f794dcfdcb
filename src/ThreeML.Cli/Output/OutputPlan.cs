using ThreeML.Cli.Analysis;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Output;

/// <summary>Checks, before any fit or sampling starts, that every output of an analysis file can be written: the folder
/// is a folder and writable, and no two outputs share a file name.</summary>
/// <remarks>A run of minutes (a Bayesian analysis) must not end in "cannot write" or silently overwrite one of its own
/// tables with another.</remarks>
public static class OutputPlan
{
    /// <summary>Checks the outputs of <paramref name="outputs"/> in <paramref name="directory"/>; creates the folder if needed.</summary>
    /// <param name="directory">The output folder (<c>--out</c>, or the current folder).</param>
    /// <param name="outputs">The analysis file's outputs.</param>
    /// <returns>The full paths that will be written, by the analysis-file key that asks for each.</returns>
    /// <exception cref="CliException">The folder is a file or not writable, or two outputs name the same file.</exception>
    public static IReadOnlyList<(string Key, string Path)> Check(string directory, OutputSettings outputs)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(outputs);
        if (File.Exists(directory))
        {
            throw new CliException($"--out '{directory}' is an existing file; expected a folder for the outputs.");
        }

        var planned = Planned(directory, outputs);
        CheckDistinct(planned);
        foreach (var (key, path) in planned.Where(p => Directory.Exists(p.Path)))
        {
            throw new CliException($"{key} would write '{path}', which is an existing folder; expected a file name.");
        }

        ProbeWritable(directory);
        return planned;
    }

    /// <summary>The files the outputs write in <paramref name="directory"/>, by the analysis-file key that asks for each.</summary>
    internal static List<(string Key, string Path)> Planned(string directory, OutputSettings outputs)
    {
        var planned = new List<(string Key, string Path)>();
        if (outputs.Results is { } results)
        {
            planned.Add(("outputs.results", Path.Combine(directory, results)));
        }

        if (outputs.Parameters is { } parameters)
        {
            planned.Add(("outputs.parameters", Path.Combine(directory, parameters)));
        }

        for (var i = 0; i < outputs.Fluxes.Count; i++)
        {
            if (outputs.Fluxes[i].File is { } file)
            {
                planned.Add(($"outputs.flux[{i}].file", Path.Combine(directory, file)));
            }
        }

        planned.AddRange(outputs.Plots.Select(p => ($"outputs.plots ({p})", Path.Combine(directory, p + ".png"))));
        return planned;
    }

    /// <summary>Fails when two outputs would write one file.</summary>
    /// <param name="planned">The outputs' files.</param>
    /// <param name="relativeTo">A folder the message names the file relative to (a batch task's staging folder, whose
    /// name means nothing to the user), or null for its full path.</param>
    /// <exception cref="CliException">Two outputs name the same file.</exception>
    internal static void CheckDistinct(IEnumerable<(string Key, string Path)> planned, string? relativeTo = null)
    {
        foreach (var group in planned.GroupBy(p => Path.GetFullPath(p.Path), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var file = relativeTo is null ? group.Key : Path.GetRelativePath(relativeTo, group.Key);
            throw new CliException($"{string.Join(" and ", group.Select(p => p.Key))} all write '{file}'; give each output its own file name.");
        }
    }

    private static void ProbeWritable(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".threeml-write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"The output folder '{directory}' cannot be written: {e.Message}", inner: e);
        }
    }
}
