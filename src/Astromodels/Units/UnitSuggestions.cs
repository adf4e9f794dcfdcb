namespace Astromodels;

/// <summary>Near-miss suggestions for unknown unit symbols ("kev" → "keV").</summary>
internal static class UnitSuggestions
{
    /// <summary>"; did you mean 'keV'?" or "; did you mean 'MeV' or 'meV'?", or "" when nothing is close.</summary>
    public static string DidYouMean(string symbol)
    {
        // A case slip is the commonest mistake and is preferred over any spelling change.
        var candidates = UnitRegistry.Symbols.Keys
            .Where(k => string.Equals(k, symbol, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (candidates.Count == 0)
        {
            var limit = symbol.Length <= 3 ? 1 : 2;
            var scored = UnitRegistry.Symbols.Keys
                .Select(k => (Symbol: k, Distance: Distance(symbol, k)))
                .Where(x => x.Distance <= limit)
                .ToList();
            if (scored.Count > 0)
            {
                var best = scored.Min(x => x.Distance);
                candidates = [.. scored.Where(x => x.Distance == best).Select(x => x.Symbol)];
            }
        }

        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        var quoted = candidates.Order(StringComparer.Ordinal).Take(4).Select(c => $"'{c}'").ToList();
        var list = quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted[..^1]) + " or " + quoted[^1];
        return $"; did you mean {list}?";
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1.
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
