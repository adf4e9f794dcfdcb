using System.Diagnostics;

namespace ThreeML.Fitting;

/// <summary>A global strategy that runs a local fit from every combination of grid start values and keeps the lowest valid minimum.</summary>
/// <remarks>
/// Gridded parameters start at the grid values and are then free in the local fit; the others start at
/// their problem start values. The order of combinations is the row-major order of the grid, so the
/// result is deterministic. Calls and elapsed time are totalled over all local fits.
/// </remarks>
public sealed class GridMinimizer : IMinimizer
{
    /// <summary>Initializes a new minimizer.</summary>
    /// <param name="options">The grid and the local minimizer.</param>
    /// <exception cref="ArgumentException">The grid is empty or a parameter has no values.</exception>
    public GridMinimizer(GridOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Grid, nameof(options));
        if (options.Grid.Count == 0)
        {
            throw new ArgumentException("The grid is empty; give start values for at least one parameter.", nameof(options));
        }

        foreach ((string name, IReadOnlyList<double> values) in options.Grid)
        {
            if (values is null || values.Count == 0)
            {
                throw new ArgumentException($"The grid gives no values for parameter '{name}'.", nameof(options));
            }
        }

        Options = options;
    }

    /// <summary>Gets the settings.</summary>
    public GridOptions Options { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A gridded parameter is not in the problem, or a grid value is outside its bounds.</exception>
    public MinimizationResult Minimize(MinimizationProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        long started = Stopwatch.GetTimestamp();
        IMinimizer local = Options.LocalMinimizer ?? new MigradMinimizer();
        int[] indices = Options.Grid.Keys.Select(problem.IndexOf).ToArray();
        IReadOnlyList<double>[] values = Options.Grid.Values.ToArray();
        var counter = new int[indices.Length];
        var start = problem.Parameters.Select(p => p.Start).ToArray();
        var fits = new List<MinimizationResult>();
        while (true)
        {
            for (int g = 0; g < indices.Length; g++)
            {
                start[indices[g]] = values[g][counter[g]];
            }

            fits.Add(local.Minimize(problem.WithStart(start), cancellationToken));
            int axis = indices.Length - 1;
            while (axis >= 0 && ++counter[axis] == values[axis].Count)
            {
                counter[axis--] = 0;
            }

            if (axis < 0)
            {
                return GlobalChoice.Best(fits, Stopwatch.GetElapsedTime(started));
            }
        }
    }
}
