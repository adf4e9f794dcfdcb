using System.Globalization;
using System.Text;

namespace Astromodels.Priors;

/// <summary>Builds the short display form of a prior, such as <c>Log_normal(mu=-16.118, sigma=1)</c>.</summary>
internal static class PriorFormat
{
    /// <summary>
    /// The prior's name and its parameters with five significant digits; the normalisation-like
    /// parameters in <paramref name="hiddenWhenOne"/> are left out while they keep their default of 1.
    /// </summary>
    internal static string Describe(IPrior prior, params string[] hiddenWhenOne)
    {
        var text = new StringBuilder(prior.Name).Append('(');
        var first = true;
        foreach (var parameter in prior.Parameters)
        {
            if (parameter.Value == 1 && Array.IndexOf(hiddenWhenOne, parameter.Name) >= 0)
            {
                continue;
            }

            if (!first)
            {
                text.Append(", ");
            }

            text.Append(parameter.Name).Append('=').Append(Number(parameter.Value));
            first = false;
        }

        return text.Append(')').ToString();
    }

    private static string Number(double value) =>
        value.ToString("G5", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
}
