namespace ThreeML.Cli.Infrastructure;

/// <summary>"Did you mean" hints for mistyped commands, options and keys.</summary>
public static class Suggestions
{
    /// <summary>The known names close enough to <paramref name="wanted"/> to be likely typos, best first.</summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> known, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var w = wanted.ToLowerInvariant();
        return known.Distinct(StringComparer.Ordinal)
            .Select(k => (Name: k, Distance: Astromodels.Text.NameSuggester.EditDistance(w, k.ToLowerInvariant())))
            // A third of the length tolerates one typo in short words and transpositions in long ones.
            .Where(x => x.Distance <= Math.Max(1, Math.Min(w.Length, x.Name.Length) / 3) ||
                        (w.Length >= 3 && x.Name.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max).Select(x => x.Name).ToArray();
    }

    /// <summary>" (did you mean 'x'?)" or an empty string when nothing is close.</summary>
    public static string DidYouMean(string wanted, IEnumerable<string> known)
    {
        var best = Closest(wanted, known);
        return best.Count == 0 ? "" : " (did you mean " + string.Join(" or ", best.Select(b => $"'{b}'")) + "?)";
    }
}
