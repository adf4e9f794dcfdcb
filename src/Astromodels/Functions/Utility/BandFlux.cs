namespace Astromodels.Functions;

/// <summary>Re-parametrises an additive spectrum by its flux in a band: f(E) = F · g(E) / ∫ₐᵇ Eᵏ g(E) dE
/// (XSPEC's <c>cflux</c>/<c>cpflux</c>; astromodels' <c>Powerlaw_flux</c> for any shape).</summary>
/// <remarks>
/// <para>Parameters: <c>F</c> (photon flux 1/(cm² s), or energy flux erg/(cm² s); log10 transformation, bounds
/// [1e-30, 1e3]), the wrapped function's parameters except its normalisations (which cancel and are hidden, so the fit
/// does not see a degenerate direction), and the band <c>a</c>, <c>b</c> in keV (fixed). The wrapped function's own
/// parameter objects are exposed, so links and priors set through this function act on it.</para>
/// <para>The band integral uses the wrapped function's closed form where it has one, adaptive Gauss–Kronrod otherwise;
/// it is recomputed only when a parameter changed. 1 keV = 1.602176634e-9 erg (exact, SI 2019).</para>
/// </remarks>
public sealed class BandFlux : Function1D
{
    /// <summary>1 keV in erg (exact).</summary>
    public const double KeVToErg = 1.602176634e-9;

    private readonly Function1D _inner;
    private readonly BandFluxKind _kind;
    private readonly double[] _key;
    private double _scale = double.NaN;

    /// <summary>Wraps <paramref name="inner"/> so that <c>F</c> is its flux between <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <param name="inner">The additive spectrum (not shared with another function afterwards).</param>
    /// <param name="a">Lower end of the band, keV.</param>
    /// <param name="b">Upper end of the band, keV.</param>
    /// <param name="kind">Photon or energy flux.</param>
    /// <param name="F">Initial flux (1/(cm² s) or erg/(cm² s)); by default the wrapped function's current flux.</param>
    /// <exception cref="ArgumentException">The function is multiplicative, or the band is empty.</exception>
    public BandFlux(Function1D inner, double a = 1.0, double b = 100.0, BandFluxKind kind = BandFluxKind.Energy, double? F = null)
        : base(CreateParameters(inner, a, b, kind))
    {
        _inner = inner;
        _kind = kind;
        _key = new double[inner.Parameters.Count + 2];
        var current = Flux();
        this.F.Value = F ?? Math.Clamp(current, 1e-30, 1e3);
    }

    /// <inheritdoc />
    public override string Name => $"{_inner.Name}_{(_kind == BandFluxKind.Energy ? "eflux" : "flux")}";

    /// <inheritdoc />
    public override string Description => $"{_inner.Name} normalised by its {(_kind == BandFluxKind.Energy ? "energy" : "photon")} flux between a and b";

    /// <summary>The flux in the band (1/(cm² s) or erg/(cm² s)).</summary>
    public Parameter F => Parameters[0];

    /// <summary>Lower end of the band, keV.</summary>
    public Parameter A => Parameters[^2];

    /// <summary>Upper end of the band, keV.</summary>
    public Parameter B => Parameters[^1];

    /// <summary>The wrapped spectrum.</summary>
    public Function1D Inner => _inner;

    /// <summary>Photon or energy flux.</summary>
    public BandFluxKind Kind => _kind;

    /// <inheritdoc />
    public override double Evaluate(double x) => Scale() * _inner.Evaluate(x);

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var scale = Scale();
        _inner.Evaluate(x, destination);
        System.Numerics.Tensors.TensorPrimitives.Multiply(destination[..x.Length], scale, destination[..x.Length]);
    }

    /// <inheritdoc />
    protected internal override void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        CheckDestination(grid.Length, destination.Length);
        var scale = Scale();
        _inner.EvaluateOnGrid(grid, shapes, destination);
        System.Numerics.Tensors.TensorPrimitives.Multiply(destination[..grid.Length], scale, destination[..grid.Length]);
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        F.Unit = _kind == BandFluxKind.Energy ? Unit.Parse("erg / (cm2 s)") : yUnit * xUnit;
        A.Unit = xUnit;
        B.Unit = xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new BandFlux(_inner.Clone(), A.Value, B.Value, _kind);

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = Scale() * _inner.Integral(a, b, energyPower);
        return true;
    }

    private static Parameter[] CreateParameters(Function1D inner, double a, double b, BandFluxKind kind)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (inner.IsMultiplicative)
        {
            throw new ArgumentException($"{inner.Name} is multiplicative; only additive spectra have a band flux.", nameof(inner));
        }

        if (!(b > a) || !(a >= 0))
        {
            throw new ArgumentException($"The band must satisfy 0 ≤ a < b (got a = {a}, b = {b} keV).", nameof(b));
        }

        var unit = kind == BandFluxKind.Energy ? Unit.Parse("erg / (cm2 s)") : Unit.Parse("1 / (cm2 s)");
        return
        [
            new Parameter("F", 1.0, 1e-30, 1e3, description: "flux between a and b", unit: unit, isNormalization: true, transformation: ParameterTransformation.Log10),
            .. inner.Parameters.Where(p => !p.IsNormalization),
            new Parameter("a", a, description: "lower end of the band defining F", unit: Units.keV, free: false),
            new Parameter("b", b, description: "upper end of the band defining F", unit: Units.keV, free: false),
        ];
    }

    /// <summary>The wrapped function's flux in the band, in F's units.</summary>
    private double Flux()
    {
        var power = _kind == BandFluxKind.Energy ? 1 : 0;
        var flux = _inner.Integral(A.Value, B.Value, power);
        return _kind == BandFluxKind.Energy ? flux * KeVToErg : flux;
    }

    private double Scale()
    {
        var changed = double.IsNaN(_scale);
        var inner = _inner.Parameters;
        for (var i = 0; i < inner.Count; i++)
        {
            changed |= inner[i].Value != _key[i];
            _key[i] = inner[i].Value;
        }

        changed |= A.Value != _key[^2] || B.Value != _key[^1];
        (_key[^2], _key[^1]) = (A.Value, B.Value);
        if (changed)
        {
            var flux = Flux();
            _scale = flux > 0 && double.IsFinite(flux) ? 1.0 / flux : 0.0;
        }

        return F.Value * _scale;
    }
}
