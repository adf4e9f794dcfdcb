namespace ThreeML.TableModels;

/// <summary>One parameter of an XSPEC table model, as a row of the PARAMETERS extension (OGIP/92-009).</summary>
/// <param name="Name">The parameter name (NAME, at most 12 characters in the file).</param>
/// <param name="Values">The tabulated values, strictly increasing (VALUE); empty for an additional (non-interpolated) parameter.</param>
/// <param name="Method">Linear or logarithmic interpolation (METHOD).</param>
/// <param name="Initial">The starting value (INITIAL).</param>
/// <param name="Delta">The fit step (DELTA); a negative step in a file means the parameter is frozen.</param>
/// <param name="Minimum">The hard lower limit (MINIMUM).</param>
/// <param name="Maximum">The hard upper limit (MAXIMUM).</param>
/// <param name="Frozen">Whether the parameter starts fixed.</param>
public sealed record TableParameter(
    string Name,
    IReadOnlyList<double> Values,
    TableInterpolation Method,
    double Initial,
    double Delta,
    double Minimum,
    double Maximum,
    bool Frozen = false)
{
    /// <summary>An interpolation parameter over a grid, starting at the grid's middle value with limits at its ends.</summary>
    /// <param name="name">The parameter name (at most 12 characters).</param>
    /// <param name="values">The grid, strictly increasing.</param>
    /// <param name="method">Linear or logarithmic interpolation.</param>
    public static TableParameter Grid(string name, IReadOnlyList<double> values, TableInterpolation method = TableInterpolation.Linear)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException($"Parameter '{name}' needs at least one grid value.", nameof(values));
        }

        var initial = values[values.Count / 2];
        return new TableParameter(name, values, method, initial, 0.01 * Math.Abs(initial == 0 ? 1 : initial), values[0], values[^1]);
    }
}
