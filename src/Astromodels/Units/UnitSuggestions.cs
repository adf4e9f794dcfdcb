using Astromodels.Text;
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
                .Select(k => (Symbol: k, Distance: Text.NameSuggester.EditDistance(symbol, k)))
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
}
