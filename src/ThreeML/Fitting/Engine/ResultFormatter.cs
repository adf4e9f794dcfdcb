using System.Globalization;
using System.Text;

namespace ThreeML.Fitting;

/// <summary>The fixed text summary of a <see cref="MinimizationResult"/>, modelled on iminuit's FMin table.</summary>
internal static class ResultFormatter
{
    public static string Format(MinimizationResult r)
    {
        var text = new StringBuilder();
        CultureInfo inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"{(r.IsValid ? "Valid minimum" : "INVALID minimum")}: f = {r.MinimumValue:G10}, EDM = {r.Edm:G3} (goal {r.EdmGoal:G3}), {r.FunctionCalls} calls").AppendLine();
        if (r.Reason is not null)
        {
            text.Append("  ").Append(r.Reason).AppendLine();
        }

        text.Append("  ")
            .Append(Check(!r.IsAboveMaxEdm, "below max EDM")).Append(", ")
            .Append(Check(!r.HasReachedCallLimit, "below call limit")).Append(", ")
            .Append(Check(r.ParametersAtLimit.Count == 0, "no parameters at limit")).Append(", ")
            .Append(Check(r.HasPositiveDefiniteHessian, "Hessian positive definite")).Append(", ")
            .Append(Check(r.HasAccurateCovariance, "covariance accurate")).AppendLine();
        int width = Math.Max(4, r.ParameterNames.Max(n => n.Length));
        for (int i = 0; i < r.BestFit.Count; i++)
        {
            string limit = r.ParametersAtLimit.Contains(r.ParameterNames[i]) ? "  at limit" : string.Empty;
            text.Append(inv, $"  {r.ParameterNames[i].PadRight(width)}  {r.BestFit[i],14:G7} ± {r.Errors[i]:G4}{limit}").AppendLine();
        }

        return text.ToString();
    }

    private static string Check(bool ok, string label) => (ok ? "[x] " : "[ ] ") + label;
}
