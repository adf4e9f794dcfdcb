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
            .Select(k => (Name: k, Distance: Distance(w, k.ToLowerInvariant())))
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

    // Optimal string alignment distance: a swapped pair of letters counts as one edit, the commonest typo.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
