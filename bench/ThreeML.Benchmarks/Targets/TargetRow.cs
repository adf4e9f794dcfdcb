using System.Globalization;

namespace ThreeML.Benchmarks.Targets;

/// <summary>One row of a targets table: the 3ML figure, ours and the goal, smaller being better.</summary>
/// <param name="Work">What was measured, with its unit.</param>
/// <param name="Reference">3ML's figure (NaN where 3ML has none).</param>
/// <param name="Here">Our measurement (NaN where it could not be taken).</param>
/// <param name="Goal">The goal, an upper bound (NaN for a row shown for information).</param>
/// <param name="Note">How it was measured.</param>
internal sealed record TargetRow(string Work, double Reference, double Here, double Goal, string Note)
{
    /// <summary>The column headings, aligned as <see cref="ToString"/> aligns the rows.</summary>
    public static string Header => $"{"work",-46} {"3ML",10} {"here",10} {"goal",11} {"",-8} note";

    /// <inheritdoc/>
    public override string ToString()
    {
        var verdict = double.IsNaN(Here) || double.IsNaN(Goal) ? "-" : Here <= Goal ? "met" : "NOT MET";
        return string.Create(CultureInfo.InvariantCulture, $"{Work,-46} {Show(Reference),10} {Show(Here),10} {(double.IsNaN(Goal) ? "-" : "<= " + Show(Goal)),11} {verdict,-8} {Note}");
    }

    private static string Show(double v) => double.IsNaN(v) ? "-"
        : Math.Abs(v) >= 1e4 ? v.ToString("N0", CultureInfo.InvariantCulture)
        : v.ToString("G4", CultureInfo.InvariantCulture);
}
