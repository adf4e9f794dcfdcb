namespace Astromodels.Priors;

/// <summary>Merges user-supplied parameter values into a prior's current ones, by astromodels name.</summary>
internal static class PriorParameterValues
{
    /// <summary>The current values of <paramref name="prior"/> with <paramref name="values"/> replacing some of them.</summary>
    /// <exception cref="ArgumentException">A key is not a parameter name of the prior.</exception>
    internal static Dictionary<string, double> Merge(IPrior prior, IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var merged = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var parameter in prior.Parameters)
        {
            merged[parameter.Name] = parameter.Value;
        }

        foreach (var (name, value) in values)
        {
            if (!merged.ContainsKey(name))
            {
                var names = prior.Parameters.Select(p => p.Name).ToArray();
                throw new ArgumentException(
                    $"{prior.Name} has no parameter '{name}'; did you mean '{NameSuggestions.Closest(name, names)}'? "
                    + $"Its parameters are: {string.Join(", ", names)}.",
                    nameof(values));
            }

            merged[name] = value;
        }

        return merged;
    }
}
