namespace ThreeML.Plotting;

/// <summary>One parameter of a corner plot: its name and unit for the labels, its plotted range and its title.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Unit">Unit with superscript powers ("" when dimensionless).</param>
/// <param name="Min">Lower end of the axis.</param>
/// <param name="Max">Upper end of the axis.</param>
/// <param name="Title">Title above the marginal ("name = value +err −err").</param>
internal sealed record CornerAxis(string Name, string Unit, double Min, double Max, string Title);
