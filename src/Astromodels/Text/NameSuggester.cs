namespace Astromodels.Text;

/// <summary>Finds the closest known names to a mistyped one: the one "did you mean" helper of every assembly (one
/// message format: " Did you mean 'x' or 'y'?").</summary>
public static class NameSuggester
{
    /// <summary>Returns a " Did you mean 'x'?" suffix (or an empty string) for <paramref name="wanted"/>.</summary>
    public static string DidYouMean(string wanted, IEnumerable<string> known)
    {
        var best = Closest(wanted, known);
        return best.Count == 0 ? "" : " Did you mean " + string.Join(" or ", best.Select(b => $"'{b}'")) + "?";
    }

    /// <summary>The known names within a small edit distance (or sharing the last path token) of <paramref name="wanted"/>, best first.</summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> known, int max = 3)
    {
        var scored = new List<(string Name, int Score)>();
        var wantedTail = LastToken(wanted);
        foreach (var name in known)
        {
            var d = EditDistance(wanted.ToLowerInvariant(), name.ToLowerInvariant());
            var threshold = Math.Max(2, Math.Min(wanted.Length, name.Length) / 3);
            if (d <= threshold)
            {
                scored.Add((name, d));
            }
            else if (wantedTail.Length > 0 && string.Equals(LastToken(name), wantedTail, StringComparison.OrdinalIgnoreCase))
            {
                scored.Add((name, threshold + 1));
            }
        }

        return scored.OrderBy(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal).Take(max).Select(s => s.Name).ToList();
    }

    private static string LastToken(string path)
    {
        var i = path.LastIndexOf('.');
        return i < 0 ? "" : path[(i + 1)..];
    }

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of adjacent
    /// characters each cost 1 (a swapped pair is the commonest typo). Shared by every "did you mean" in the project.</summary>
    public static int EditDistance(string a, string b)
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
