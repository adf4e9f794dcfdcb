namespace Astromodels.Internal;

/// <summary>Finds the closest known names to a mistyped one, for "did you mean" messages.</summary>
internal static class NameSuggester
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
            var d = Distance(wanted.ToLowerInvariant(), name.ToLowerInvariant());
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

    /// <summary>Levenshtein distance with unit costs.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
