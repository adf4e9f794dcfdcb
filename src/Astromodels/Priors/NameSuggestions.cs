using Astromodels.Text;
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
                : Text.NameSuggester.EditDistance(typed, known);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
