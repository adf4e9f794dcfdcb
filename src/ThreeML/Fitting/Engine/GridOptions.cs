namespace ThreeML.Fitting;

/// <summary>Settings of <see cref="GridMinimizer"/>: the start values to try for some parameters.</summary>
/// <param name="Grid">For each gridded parameter (by name), the start values to try; every combination is tried.</param>
/// <remarks>The equivalent of 3ML's <c>GlobalMinimization("grid").setup(grid={par: values}, second_minimization=...)</c>.</remarks>
public sealed record GridOptions(IReadOnlyDictionary<string, IReadOnlyList<double>> Grid)
{
    /// <summary>Gets the local minimizer run from every grid point; <see langword="null"/> for <see cref="MigradMinimizer"/> with default options.</summary>
    public IMinimizer? LocalMinimizer { get; init; }
}
