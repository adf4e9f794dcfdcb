namespace Astromodels.Serialization;

/// <summary>Which prior parameters astromodels gives the unit of the parameter the prior is set on (its priors'
/// <c>_set_units(x_unit, dimensionless)</c>); the others are dimensionless.</summary>
internal static class PriorUnits
{
    private static readonly Dictionary<string, string[]> WithParameterUnit = new(StringComparer.Ordinal)
    {
        ["Gaussian"] = ["F", "mu", "sigma"],
        ["Truncated_gaussian"] = ["F", "mu", "lower_bound", "upper_bound", "sigma"],
        ["Cauchy"] = ["K", "x0", "gamma"],
        ["Cosine_Prior"] = ["lower_bound", "upper_bound"],
        ["Log_normal"] = ["mu", "piv", "sigma"],
        ["Uniform_prior"] = ["lower_bound", "upper_bound"],
        ["Log_uniform_prior"] = ["lower_bound", "upper_bound", "K"],
    };

    /// <summary>Whether astromodels writes parameter <paramref name="parameter"/> of prior <paramref name="prior"/> in the unit of the parameter the prior is on.</summary>
    public static bool HasParameterUnit(string prior, string parameter) =>
        WithParameterUnit.TryGetValue(prior, out var names) && names.Contains(parameter);
}
