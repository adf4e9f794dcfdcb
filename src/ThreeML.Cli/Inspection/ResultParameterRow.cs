namespace ThreeML.Cli.Inspection;

/// <summary>One parameter row of a results file.</summary>
/// <param name="Name">The parameter path.</param>
/// <param name="Value">The best fit (MLE) or MAP value.</param>
/// <param name="NegativeError">Lower error (negative), or null when the file has no such column.</param>
/// <param name="PositiveError">Upper error, or null.</param>
/// <param name="Unit">The unit text.</param>
public sealed record ResultParameterRow(string Name, double Value, double? NegativeError, double? PositiveError, string Unit);
