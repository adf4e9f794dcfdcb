namespace ThreeML.Fitting;

/// <summary>Minuit's map between an external (possibly bounded) parameter value and an unbounded internal one.</summary>
/// <remarks>
/// Both bounds: x = a + (b − a)(sin u + 1)/2. Lower bound only: x = a − 1 + √(u² + 1).
/// Upper bound only: x = b + 1 − √(u² + 1). No bound: x = u. The sine form is periodic, so any internal
/// value maps inside [a, b]; the square-root forms are even in u, so both signs map inside the bound.
/// </remarks>
internal readonly struct BoundTransform
{
    private readonly Kind _kind;
    private readonly double _lower;
    private readonly double _upper;

    private BoundTransform(Kind kind, double lower, double upper)
    {
        _kind = kind;
        _lower = lower;
        _upper = upper;
    }

    private enum Kind
    {
        None,
        Both,
        LowerOnly,
        UpperOnly,
    }

    public bool IsBounded => _kind != Kind.None;

    public static BoundTransform For(FitParameterSpec spec) => (spec.Lower, spec.Upper) switch
    {
        (double a, double b) => new BoundTransform(Kind.Both, a, b),
        (double a, null) => new BoundTransform(Kind.LowerOnly, a, double.PositiveInfinity),
        (null, double b) => new BoundTransform(Kind.UpperOnly, double.NegativeInfinity, b),
        _ => new BoundTransform(Kind.None, double.NegativeInfinity, double.PositiveInfinity),
    };

    public double ToExternal(double u) => _kind switch
    {
        Kind.Both => _lower + 0.5 * (_upper - _lower) * (Math.Sin(u) + 1.0),
        Kind.LowerOnly => _lower - 1.0 + Math.Sqrt(u * u + 1.0),
        Kind.UpperOnly => _upper + 1.0 - Math.Sqrt(u * u + 1.0),
        _ => u,
    };

    public double ToInternal(double x) => _kind switch
    {
        Kind.Both => Math.Asin(Math.Clamp((2.0 * (x - _lower) / (_upper - _lower)) - 1.0, -1.0, 1.0)),
        Kind.LowerOnly => Math.Sqrt(Math.Max(Square(x - _lower + 1.0) - 1.0, 0.0)),
        Kind.UpperOnly => Math.Sqrt(Math.Max(Square(_upper - x + 1.0) - 1.0, 0.0)),
        _ => x,
    };

    /// <summary>dx/du, the Jacobian used to carry errors and covariances to external coordinates.</summary>
    public double Derivative(double u) => _kind switch
    {
        Kind.Both => 0.5 * (_upper - _lower) * Math.Cos(u),
        Kind.LowerOnly => u / Math.Sqrt(u * u + 1.0),
        Kind.UpperOnly => -u / Math.Sqrt(u * u + 1.0),
        _ => 1.0,
    };

    /// <summary>Internal start value; a start on a bound is moved inside, where the map has a non-zero slope.</summary>
    public double InternalStart(double x, double step)
    {
        double nudge = 1e-3 * step;
        if (_kind is Kind.Both)
        {
            nudge = Math.Min(nudge, 1e-3 * (_upper - _lower));
        }

        double inside = x <= _lower ? _lower + nudge : x >= _upper ? _upper - nudge : x;
        return ToInternal(inside);
    }

    /// <summary>The internal step that moves the external value by about <paramref name="step"/>.</summary>
    public double InternalStep(double u, double step)
    {
        if (_kind == Kind.None)
        {
            return step;
        }

        double x = ToExternal(u);
        double canonical = ToInternal(x);
        double best = 0;
        foreach (double trial in (ReadOnlySpan<double>)[x + step, x - step])
        {
            if (trial > _lower && trial < _upper)
            {
                best = Math.Max(best, Math.Abs(ToInternal(trial) - canonical));
            }
        }

        // A step wider than the allowed range: take a generous fraction of the sine's period.
        return best > 0 ? Math.Min(best, 1.0) : 1.0;
    }

    /// <summary>The external distance from <paramref name="x"/> to the nearest bound (infinity when unbounded).</summary>
    public double DistanceToBound(double x) => Math.Min(x - _lower, _upper - x);

    private static double Square(double v) => v * v;
}
