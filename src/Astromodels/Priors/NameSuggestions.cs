namespace Astromodels.Priors;

/// <summary>Finds the known name nearest to a misspelt one, for "did you mean" messages.</summary>
internal static class NameSuggestions
{
    /// <summary>The candidate containing (or contained in) <paramref name="name"/>, else the one nearest in case-insensitive edit distance.</summary>
    internal static string Closest(string name, IReadOnlyList<string> candidates)
    {
        var best = candidates[0];
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var typed = name.ToUpperInvariant();
            var known = candidate.ToUpperInvariant();

            // An abbreviation ("upper" for "upper_bound") is far in edit distance but an obvious match.
            var distance = known.Contains(typed, StringComparison.Ordinal) || typed.Contains(known, StringComparison.Ordinal)
                ? 1
                : EditDistance(typed, known);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance (insertions, deletions and substitutions each cost 1).</summary>
    internal static int EditDistance(string a, string b)
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
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
