using System.Globalization;
using Astromodels.Internal;
using Astromodels.Numerics;
using Astromodels.Text;

namespace Astromodels;

/// <summary>A function of one variable with named parameters: spectral shapes (x = energy in keV, y = differential
/// photon flux in 1/(cm² keV s)) and link laws.</summary>
/// <remarks>
/// <para>Subclasses declare their parameters in code, implement the scalar <see cref="Evaluate(double)"/> and, where
/// they can do better than a loop, the span overload. Bin integrals (<see cref="Integrate"/>) and energy-weighted
/// integrals (<see cref="Integral"/>) use the closed form a subclass provides through
/// <see cref="TryIntegrateAnalytic"/>, otherwise adaptive Gauss–Kronrod quadrature to 1e-10 relative.</para>
/// <para>Functions combine with <c>+ - * /</c> and <see cref="Of"/> into a <see cref="CompositeFunction"/>, whose
/// parameters are renamed with the component's position as astromodels does (K_1, kT_1, F_2...).</para>
/// </remarks>
public abstract class Function1D
{
    private readonly Parameter[] _parameters;
    private readonly Dictionary<string, Parameter> _declared;

    /// <summary>Initialises the function with its parameters in declaration order.</summary>
    /// <param name="parameters">The parameters, in the order astromodels declares them.</param>
    protected Function1D(IEnumerable<Parameter> parameters)
        : this(parameters, indexByDeclaredName: true)
    {
    }

    private protected Function1D(IEnumerable<Parameter> parameters, bool indexByDeclaredName)
    {
        _parameters = parameters.ToArray();
        _declared = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        foreach (var p in indexByDeclaredName ? _parameters : [])
        {
            if (!_declared.TryAdd(p.BaseName, p))
            {
                throw new ArgumentException($"Function {GetType().Name} declares parameter '{p.BaseName}' twice.");
            }
        }
    }

    /// <summary>The function's name as astromodels spells it ("Blackbody", "Powerlaw_flux", "composite").</summary>
    public abstract string Name { get; }

    /// <summary>The formula in LaTeX, as astromodels documents it.</summary>
    public virtual string Latex => "";

    /// <summary>A one-line description of the function.</summary>
    public virtual string Description => "";

    /// <summary>The parameters, in declaration order (for a composite: all components' parameters in expression order).</summary>
    public IReadOnlyList<Parameter> Parameters => _parameters;

    /// <summary>The composite function this function is an operand of, or null.</summary>
    public CompositeFunction? Parent { get; internal set; }

    /// <summary>Whether the function is a multiplicative (dimensionless) factor such as an absorption model, rather than a flux.</summary>
    public virtual bool IsMultiplicative => false;

    /// <summary>Gets a parameter by name (the declared name, e.g. "K"; composites use the renamed "K_1").</summary>
    /// <exception cref="KeyNotFoundException">No such parameter; the message lists the names and suggests the closest.</exception>
    public virtual Parameter this[string name]
    {
        get
        {
            if (_declared.TryGetValue(name, out var p))
            {
                return p;
            }

            throw UnknownParameter(name, _declared.Keys);
        }
    }

    /// <summary>Evaluates the function at one point.</summary>
    /// <param name="x">The independent variable (energy in keV for spectral shapes).</param>
    /// <returns>The function value (1/(cm² keV s) for spectral shapes).</returns>
    public abstract double Evaluate(double x);

    /// <summary>Evaluates the function at many points without allocating.</summary>
    /// <param name="x">The points (keV for spectral shapes).</param>
    /// <param name="destination">Receives f(x[i]); must be at least as long as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException">The destination is shorter than the input.</exception>
    public virtual void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Evaluate(x[i]);
        }
    }

    /// <summary>Evaluates the function at the energies of a grid, using what the grid has precomputed and the shapes
    /// the caller's cache holds (the same values as on <see cref="EnergyGrid.Energies"/>, to a few ulp): the path of
    /// <see cref="PointSource.Evaluate(EnergyGrid, ShapeCache, Span{double})"/>, which a subclass may make faster.</summary>
    /// <param name="grid">The energies, keV, with their logarithms.</param>
    /// <param name="shapes">The caller's cache of shapes on the grid (see <see cref="ShapeCache"/>).</param>
    /// <param name="destination">Receives f(E) for every energy of the grid, 1/(cm² keV s) for spectral shapes; at
    /// least as long as the grid (callers check).</param>
    protected internal virtual void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination) =>
        Evaluate(grid.Energies, destination);

    /// <summary>Appends the function on the grid as coefficients times memoised shapes (<see cref="GridTerms"/>), when
    /// it is such a sum and the terms have room; false otherwise (terms may then have been appended: the caller
    /// discards them and evaluates with <see cref="EvaluateOnGrid"/>, which gives the same values bit for bit).</summary>
    internal virtual bool TryAddGridTerms(EnergyGrid grid, ShapeCache shapes, ref GridTerms terms) => false;

    /// <summary>The integral of xᵏ·f(x) over [<paramref name="a"/>, <paramref name="b"/>], k = <paramref name="energyPower"/>.</summary>
    /// <param name="a">Lower limit (keV for spectral shapes).</param>
    /// <param name="b">Upper limit.</param>
    /// <param name="energyPower">k: 0 gives the photon flux (1/(cm² s)), 1 the energy flux (keV/(cm² s)), 2 the νFν-weighted integral (keV²/(cm² s)).</param>
    /// <returns>The integral: closed form where the function has one, otherwise adaptive quadrature to 1e-10 relative.</returns>
    public double Integral(double a, double b, int energyPower = 0)
    {
        if (energyPower is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(energyPower), energyPower, "The energy power must be 0, 1 or 2.");
        }

        if (TryIntegrateAnalytic(a, b, energyPower, out var value))
        {
            return value;
        }

        return IntegrateNumerically(a, b, energyPower);
    }

    /// <summary>The integral of xᵏ·f(x) by adaptive Gauss–Kronrod quadrature only (no closed form), to 1e-10 relative.</summary>
    /// <param name="a">Lower limit.</param>
    /// <param name="b">Upper limit.</param>
    /// <param name="energyPower">k in 0..2.</param>
    public double IntegrateNumerically(double a, double b, int energyPower = 0) => energyPower switch
    {
        0 => GaussKronrod.Integrate(Evaluate, a, b),
        1 => GaussKronrod.Integrate(x => x * Evaluate(x), a, b),
        2 => GaussKronrod.Integrate(x => x * x * Evaluate(x), a, b),
        _ => throw new ArgumentOutOfRangeException(nameof(energyPower), energyPower, "The energy power must be 0, 1 or 2."),
    };

    /// <summary>Whether the integral of xᵏ·f has a closed form at the current parameter values.</summary>
    /// <param name="energyPower">k in 0..2.</param>
    public bool HasAnalyticIntegral(int energyPower = 0) => TryIntegrateAnalytic(1.0, 2.0, energyPower, out _);

    /// <summary>Integrates over consecutive bins: destination[i] = ∫ f over [edges[i], edges[i+1]].</summary>
    /// <param name="edges">Bin edges, ascending (keV for spectral shapes); n + 1 edges give n bins.</param>
    /// <param name="destination">Receives the n bin integrals (1/(cm² s) for spectral shapes).</param>
    public void Integrate(ReadOnlySpan<double> edges, Span<double> destination) => IntegrateWeighted(edges, destination, 0);

    /// <summary>Integrates xᵏ·f over consecutive bins (k = 0, 1, 2).</summary>
    /// <param name="edges">Bin edges, ascending; n + 1 edges give n bins.</param>
    /// <param name="destination">Receives the n bin integrals.</param>
    /// <param name="energyPower">k in 0..2.</param>
    /// <exception cref="ArgumentException">Fewer than two edges or a destination shorter than the number of bins.</exception>
    public void IntegrateWeighted(ReadOnlySpan<double> edges, Span<double> destination, int energyPower)
    {
        if (edges.Length < 2)
        {
            throw new ArgumentException($"At least two bin edges are needed (got {edges.Length}).", nameof(edges));
        }

        CheckDestination(edges.Length - 1, destination.Length);
        for (var i = 0; i + 1 < edges.Length; i++)
        {
            destination[i] = Integral(edges[i], edges[i + 1], energyPower);
        }
    }

    /// <summary>Sets the units of the parameters for the given units of x and f(x), as astromodels' <c>_set_units</c>.</summary>
    /// <param name="xUnit">Unit of the independent variable (keV for spectra).</param>
    /// <param name="yUnit">Unit of the function value (1/(cm² keV s) for spectra).</param>
    public abstract void SetUnits(Unit xUnit, Unit yUnit);

    /// <summary>A deep copy: same class, same parameter values, bounds, steps, free states and priors; no links, no parent.</summary>
    public virtual Function1D Clone()
    {
        var copy = CreateDefault();
        for (var i = 0; i < _parameters.Length; i++)
        {
            copy._parameters[i].CopyStateFrom(_parameters[i]);
        }

        return copy;
    }

    /// <summary>Composes this function with <paramref name="inner"/>: x ↦ this(inner(x)).</summary>
    public CompositeFunction Of(Function1D inner) => new(FunctionOperator.Compose, this, inner);

    /// <summary>The sum of two functions.</summary>
    public static CompositeFunction operator +(Function1D left, Function1D right) => new(FunctionOperator.Add, left, right);

    /// <summary>The difference of two functions.</summary>
    public static CompositeFunction operator -(Function1D left, Function1D right) => new(FunctionOperator.Subtract, left, right);

    /// <summary>The product of two functions (e.g. a spectrum times an absorption factor).</summary>
    public static CompositeFunction operator *(Function1D left, Function1D right) => new(FunctionOperator.Multiply, left, right);

    /// <summary>The quotient of two functions.</summary>
    public static CompositeFunction operator /(Function1D left, Function1D right) => new(FunctionOperator.Divide, left, right);

    /// <summary>The function as "Name(p1=v1, p2=v2, ...)".</summary>
    public override string ToString() =>
        $"{Name}({string.Join(", ", _parameters.Select(p => $"{p.Name}={p.Value.ToString("G6", CultureInfo.InvariantCulture)}"))})";

    /// <summary>A new instance of the same class with astromodels' default parameters (used by <see cref="Clone"/>).</summary>
    protected abstract Function1D CreateDefault();

    /// <summary>Provides the closed-form integral of xᵏ·f over [a, b] at the current parameters, when one exists.</summary>
    /// <param name="a">Lower limit.</param>
    /// <param name="b">Upper limit.</param>
    /// <param name="energyPower">k in 0..2.</param>
    /// <param name="value">The integral when the method returns true.</param>
    /// <returns>True when a closed form was used.</returns>
    protected virtual bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        return false;
    }

    /// <summary>The function's settings that are not parameters, as model summaries list them ("abundance_table",
    /// "WILM"), in display order; none by default.</summary>
    internal virtual IEnumerable<(string Name, string Value)> DisplayedProperties => [];

    /// <summary>Whether the function integrates its products with other functions on a rule of its own (a photoelectric
    /// absorber's fixed rule around σ's edges), which a product composite then uses.</summary>
    internal virtual bool IntegratesProducts => false;

    /// <summary>∫ₐᵇ Eᵏ·f(E)·g(E) dE on the function's own rule (see <see cref="IntegratesProducts"/>); false when it has
    /// none or the rule does not meet its error bound.</summary>
    internal virtual bool TryIntegrateProduct(Function1D? continuum, double a, double b, int energyPower, out double value)
    {
        value = 0;
        return false;
    }

    /// <summary>Lets a composite query a component's closed form.</summary>
    internal bool TryIntegrateAnalyticInternal(double a, double b, int energyPower, out double value) =>
        TryIntegrateAnalytic(a, b, energyPower, out value);

    /// <summary>Throws when a destination span is shorter than needed.</summary>
    protected static void CheckDestination(int needed, int available)
    {
        if (available < needed)
        {
            throw new ArgumentException($"The destination holds {available} values but {needed} are needed.", "destination");
        }
    }

    /// <summary>Builds the exception for an unknown parameter name, listing the known names and the closest match.</summary>
    private protected KeyNotFoundException UnknownParameter(string name, IEnumerable<string> known)
    {
        var names = known.ToList();
        return new KeyNotFoundException(
            $"Function {Name} has no parameter '{name}'.{NameSuggester.DidYouMean(name, names)} Its parameters are: {string.Join(", ", names)}.");
    }
}
