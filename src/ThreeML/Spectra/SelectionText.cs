using System.Globalization;
using System.Text;

namespace ThreeML.Spectra;

/// <summary>Describes a channel selection in a message: its runs of channels and, when the channel edges are known,
/// their energies beside the range the spectrum covers.</summary>
internal static class SelectionText
{
    private const int MaxRuns = 3;

    /// <summary>The message for a selection whose content is below the minimum a rebinning needs.</summary>
    public static string TooFew(int channelCount, ReadOnlySpan<bool> mask, ReadOnlySpan<double> edgesKeV, string what, double total, double minimum)
    {
        var counted = what.Length == 0 ? "" : " " + what;
        var covers = edgesKeV.Length == channelCount + 1 && channelCount > 0
            ? Format($"; the spectrum covers {edgesKeV[0]:G6}-{edgesKeV[^1]:G6} keV in {channelCount} channels")
            : "";
        var runs = Runs(channelCount, mask);
        if (runs.Count == 0)
        {
            return Format($"No channel is selected, so nothing can be rebinned to {minimum:G6}{counted} per bin{covers}.");
        }

        var text = new StringBuilder();
        foreach (var (first, last) in runs.Take(MaxRuns))
        {
            text.Append(text.Length == 0 ? "" : ", ").Append(Describe(first, last, edgesKeV, channelCount));
        }

        if (runs.Count > MaxRuns)
        {
            text.Append(Format($" and {runs.Count - MaxRuns} more range(s)"));
        }

        // A selection that reaches the last channel is often a band that runs past the spectrum: say where it ends.
        var atEnd = runs[^1].Last == channelCount - 1 && covers.Length > 0 ? ", up to the last channel," : "";
        return Format($"The selected channels {text}{atEnd} hold {total:G6}{counted} in total, fewer than the {minimum:G6} requested per bin{covers}: widen the selection or lower the minimum.");
    }

    private static string Describe(int first, int last, ReadOnlySpan<double> edges, int channelCount)
    {
        var channels = first == last ? Format($"c{first}") : Format($"c{first}-c{last}");
        return edges.Length == channelCount + 1 ? Format($"{channels} ({edges[first]:G6}-{edges[last + 1]:G6} keV)") : channels;
    }

    private static List<(int First, int Last)> Runs(int channelCount, ReadOnlySpan<bool> mask)
    {
        var runs = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= channelCount; i++)
        {
            var used = i < channelCount && (mask.IsEmpty || mask[i]);
            if (used && start < 0)
            {
                start = i;
            }
            else if (!used && start >= 0)
            {
                runs.Add((start, i - 1));
                start = -1;
            }
        }

        return runs;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
