using System.Globalization;

namespace ThreeML.Fitting;

/// <summary>An objective function together with its parameters and error definition: everything a minimizer needs.</summary>
/// <remarks>
/// <para>
/// Minimizers work in Minuit's internal coordinates, in which every free parameter is unbounded:
/// a parameter with both bounds uses <c>x = a + (b − a)(sin u + 1)/2</c>, one with only a lower bound
/// <c>x = a − 1 + √(u² + 1)</c>, and one with only an upper bound <c>x = b + 1 − √(u² + 1)</c>
/// (F. James, M. Winkler, <i>Minuit2 User's Guide</i>, §"Parameter limits"). Covariances are carried
/// back to external coordinates through the Jacobian dx/du, so errors of parameters on a bound shrink
/// towards zero exactly as in Minuit.
/// </para>
/// <para>
/// The error definition is the objective change that defines a 1σ error: 0.5 for −ln L, 1 for χ².
/// Covariances are <c>2 · ErrorDefinition · H⁻¹</c>, with H the Hessian of the objective.
/// </para>
/// </remarks>
public sealed class MinimizationProblem
{
    private readonly FitParameterSpec[] _parameters;

    /// <summary>Initializes a new problem and validates every parameter.</summary>
    /// <param name="objective">The function to minimise.</param>
    /// <param name="parameters">One spec per dimension of <paramref name="objective"/>, in its order.</param>
    /// <param name="errorDefinition">The objective change for 1σ: 0.5 for −ln L (the default), 1 for χ².</param>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> or <paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentException">A parameter is invalid (non-finite start, non-positive step, empty bounds,
    /// start outside its bounds, duplicate name), the counts disagree, or <paramref name="errorDefinition"/> is not positive.</exception>
    public MinimizationProblem(IObjectiveFunction objective, IReadOnlyList<FitParameterSpec> parameters, double errorDefinition = 0.5)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(errorDefinition > 0) || !double.IsFinite(errorDefinition))
        {
            throw new ArgumentException(Format("errorDefinition={0} must be a positive finite number (0.5 for -log L, 1 for chi2).", errorDefinition), nameof(errorDefinition));
        }

        if (objective.Dimension != parameters.Count)
        {
            throw new ArgumentException(Format("The objective has dimension {0} but {1} parameters were given; there must be one parameter per dimension.", objective.Dimension, parameters.Count), nameof(parameters));
        }

        if (parameters.Count == 0)
        {
            throw new ArgumentException("A minimization problem needs at least one parameter.", nameof(parameters));
        }

        _parameters = new FitParameterSpec[parameters.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < parameters.Count; i++)
        {
            FitParameterSpec spec = parameters[i] ?? throw new ArgumentException(Format("Parameter {0} is null.", i), nameof(parameters));
            Validate(spec, i);
            if (!names.Add(spec.Name))
            {
                throw new ArgumentException(Format("Parameter name '{0}' is used more than once; names must be unique.", spec.Name), nameof(parameters));
            }

            _parameters[i] = spec;
        }

        Objective = objective;
        ErrorDefinition = errorDefinition;
        FreeParameterCount = _parameters.Count(p => !p.Fixed);
    }

    /// <summary>Gets the function to minimise.</summary>
    public IObjectiveFunction Objective { get; }

    /// <summary>Gets the parameter specs, in the order the objective expects them.</summary>
    public IReadOnlyList<FitParameterSpec> Parameters => _parameters;

    /// <summary>Gets the objective change that defines a 1σ error (0.5 for −ln L, 1 for χ²).</summary>
    public double ErrorDefinition { get; }

    /// <summary>Gets the number of parameters that are not fixed.</summary>
    public int FreeParameterCount { get; }

    /// <summary>Returns the index of the parameter called <paramref name="name"/>.</summary>
    /// <param name="name">The parameter name (ordinal comparison).</param>
    /// <returns>The zero-based index.</returns>
    /// <exception cref="ArgumentException">No parameter has that name.</exception>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (int i = 0; i < _parameters.Length; i++)
        {
            if (string.Equals(_parameters[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException(Format("No parameter is called '{0}'; the parameters are: {1}.", name, string.Join(", ", _parameters.Select(p => p.Name))), nameof(name));
    }

    /// <summary>Returns a copy of this problem whose start values are <paramref name="start"/>.</summary>
    /// <param name="start">One value per parameter, fixed ones included; each must lie within its bounds.</param>
    /// <returns>The new problem, sharing the objective.</returns>
    /// <exception cref="ArgumentException">The length is wrong or a value is invalid for its parameter.</exception>
    public MinimizationProblem WithStart(ReadOnlySpan<double> start)
    {
        if (start.Length != _parameters.Length)
        {
            throw new ArgumentException(Format("{0} start values were given for {1} parameters.", start.Length, _parameters.Length), nameof(start));
        }

        var specs = new FitParameterSpec[_parameters.Length];
        for (int i = 0; i < specs.Length; i++)
        {
            specs[i] = _parameters[i] with { Start = start[i] };
        }

        return new MinimizationProblem(Objective, specs, ErrorDefinition);
    }

    /// <summary>Gets the covariance (external coordinates, all parameters) of the run this problem continues, or <see langword="null"/>.</summary>
    /// <remarks>A restart starts its variable-metric iterations from it, as Minuit's re-run of MIGRAD starts from the state's error matrix.</remarks>
    internal double[,]? WarmCovariance { get; private init; }

    /// <summary>Returns a copy that starts at <paramref name="start"/> with the metric of a previous run's <paramref name="covariance"/>.</summary>
    internal MinimizationProblem Continuing(ReadOnlySpan<double> start, double[,]? covariance) =>
        new(Objective, WithStart(start)._parameters, ErrorDefinition) { WarmCovariance = covariance };

    /// <summary>Returns a copy of this problem evaluated by <paramref name="objective"/>, a worker copy of <see cref="Objective"/>.</summary>
    internal MinimizationProblem WithObjective(IObjectiveFunction objective) => new(objective, _parameters, ErrorDefinition);

    /// <summary>Returns a copy of this problem in which parameter <paramref name="index"/> is fixed at <paramref name="value"/>.</summary>
    /// <param name="index">The zero-based parameter index.</param>
    /// <param name="value">The value to hold it at, within its bounds.</param>
    /// <returns>The new problem, sharing the objective.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a parameter index.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is invalid for the parameter.</exception>
    public MinimizationProblem WithFixed(int index, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _parameters.Length);
        var specs = (FitParameterSpec[])_parameters.Clone();
        specs[index] = specs[index] with { Start = value, Fixed = true };
        return new MinimizationProblem(Objective, specs, ErrorDefinition);
    }

    private static void Validate(FitParameterSpec p, int index)
    {
        string name = string.IsNullOrEmpty(p.Name)
            ? throw new ArgumentException(Format("Parameter {0} has no name.", index), "parameters")
            : p.Name;
        if (!double.IsFinite(p.Start))
        {
            throw new ArgumentException(Format("Parameter '{0}' has start value {1}; it must be a finite number.", name, p.Start), "parameters");
        }

        if (!p.Fixed && !(p.Step > 0 && double.IsFinite(p.Step)))
        {
            throw new ArgumentException(Format("Parameter '{0}' has step {1}; the step of a free parameter must be a positive finite number.", name, p.Step), "parameters");
        }

        if (p.Lower is double lo && double.IsNaN(lo) || p.Upper is double up && double.IsNaN(up))
        {
            throw new ArgumentException(Format("Parameter '{0}' has a NaN bound; use null for no bound.", name), "parameters");
        }

        if (p.Lower is double a && p.Upper is double b && !(a < b))
        {
            throw new ArgumentException(Format("Parameter '{0}' has lower bound {1} not below upper bound {2}.", name, a, b), "parameters");
        }

        if (p.Lower is double l && p.Start < l || p.Upper is double u && p.Start > u)
        {
            throw new ArgumentException(Format("Parameter '{0}' has start value {1} outside its bounds [{2}, {3}].", name, p.Start, p.Lower?.ToString("R", CultureInfo.InvariantCulture) ?? "-inf", p.Upper?.ToString("R", CultureInfo.InvariantCulture) ?? "+inf"), "parameters");
        }
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
