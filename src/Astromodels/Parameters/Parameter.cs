using System.Globalization;
using Astromodels.Priors;

namespace Astromodels;

/// <summary>A named, bounded, optionally free model parameter with a unit, an optional prior and an optional link to another parameter.</summary>
/// <remarks>
/// <para>Semantics follow astromodels' <c>Parameter</c>: the default step (<see cref="Delta"/>) is 10 % of the initial value
/// (0.1 when the value is 0); a parameter with the <see cref="ParameterTransformation.Log10"/> transformation stores
/// its scaled value log10(x) and returns 10^scaled as its value (so 500 reads back as 499.99999999999994, as in
/// astromodels); tightening a bound past the current value moves the value onto the bound.</para>
/// <para>Departures from astromodels, on purpose: setting a value outside the bounds throws
/// <see cref="ArgumentOutOfRangeException"/> with the path, value and range (astromodels raises an empty exception), and
/// assigning to a linked parameter throws <see cref="InvalidOperationException"/> (astromodels logs and ignores it).</para>
/// </remarks>
public sealed class Parameter
{
    private double _stored; // physical value, or log10 of it when the transformation is Log10
    private double? _min;
    private double? _max;
    private double _delta;
    private bool _free;
    private string? _path;
    private Unit _unit;
    private ParameterLink? _link;

    /// <summary>Creates a parameter.</summary>
    /// <param name="name">Name as astromodels spells it (e.g. "kT").</param>
    /// <param name="value">Initial value, in <paramref name="unit"/>.</param>
    /// <param name="minValue">Lower bound (inclusive), or null for none.</param>
    /// <param name="maxValue">Upper bound (inclusive), or null for none.</param>
    /// <param name="delta">Initial step for minimizers; null gives 10 % of |value| (0.1 when value is 0).</param>
    /// <param name="description">Free text shown in tables and model files.</param>
    /// <param name="unit">Unit of the value; null means dimensionless.</param>
    /// <param name="free">Whether fits and samplers vary it.</param>
    /// <param name="isNormalization">Whether it is a normalization (astromodels' <c>is_normalization</c>).</param>
    /// <param name="transformation">The transformation to the scaled space minimizers use.</param>
    /// <exception cref="ArgumentException">The name is empty, the value is not finite, the bounds are inverted or the value lies outside them.</exception>
    public Parameter(
        string name,
        double value,
        double? minValue = null,
        double? maxValue = null,
        double? delta = null,
        string description = "",
        Unit? unit = null,
        bool free = true,
        bool isNormalization = false,
        ParameterTransformation transformation = ParameterTransformation.None)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        BaseName = name;
        Description = description;
        _unit = unit ?? Unit.Dimensionless;
        IsNormalization = isNormalization;
        Transformation = transformation;
        _free = free;
        CheckBoundsPair(minValue, maxValue);
        if (transformation == ParameterTransformation.Log10 && minValue is <= 0)
        {
            throw new ArgumentException($"Parameter '{name}' has a log10 transformation, so its minimum must be positive (got {Format(minValue.Value)}).", nameof(minValue));
        }

        _min = minValue;
        _max = maxValue;
        SetValueCore(value);
        _delta = delta ?? (value == 0 ? 0.1 : Math.Abs(0.1 * value));
    }

    /// <summary>The parameter's name; inside a composite function it carries the component suffix ("K_1").</summary>
    public string Name { get; internal set; }

    /// <summary>The name the owning function declared (without composite suffix), e.g. "K".</summary>
    public string BaseName { get; }

    /// <summary>The full dotted path inside a model ("src1.spectrum.main.Blackbody.kT"); the name when not in a model.</summary>
    public string Path
    {
        get => _path ?? Name;
        internal set => _path = value;
    }

    /// <summary>Free text describing the parameter.</summary>
    public string Description { get; set; }

    /// <summary>The unit of <see cref="Value"/> and of the bounds.</summary>
    public Unit Unit
    {
        get => _unit;
        set => _unit = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Whether the parameter is a normalization (astromodels' <c>is_normalization</c>).</summary>
    public bool IsNormalization { get; }

    /// <summary>The transformation from the physical value to the scaled space minimizers use.</summary>
    public ParameterTransformation Transformation { get; }

    /// <summary>The current value, in <see cref="Unit"/>; for a linked parameter, the link law applied to the independent parameter.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [<see cref="MinValue"/>, <see cref="MaxValue"/>].</exception>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    /// <exception cref="InvalidOperationException">The parameter is linked (its value follows another parameter).</exception>
    public double Value
    {
        get => _link is { } link ? link.Law.Evaluate(link.Independent.Value) : StoredToPhysical(_stored);
        set
        {
            ThrowIfLinked();
            SetValueCore(value);
        }
    }

    /// <summary>The value as a <see cref="Quantity"/> in <see cref="Unit"/>.</summary>
    public Quantity AsQuantity => new(Value, Unit);

    /// <summary>Lower bound (inclusive) in <see cref="Unit"/>, or null for none; a bound above the value moves the value up to it.</summary>
    public double? MinValue
    {
        get => _min;
        set => Bounds = (value, _max);
    }

    /// <summary>Upper bound (inclusive) in <see cref="Unit"/>, or null for none; a bound below the value moves the value down to it.</summary>
    public double? MaxValue
    {
        get => _max;
        set => Bounds = (_min, value);
    }

    /// <summary>Both bounds at once (null = unbounded on that side), as astromodels' <c>bounds</c>.</summary>
    /// <exception cref="ArgumentException">The minimum exceeds the maximum, or a log10-transformed parameter gets a non-positive minimum.</exception>
    public (double? Min, double? Max) Bounds
    {
        get => (_min, _max);
        set
        {
            CheckBoundsPair(value.Min, value.Max);
            if (Transformation == ParameterTransformation.Log10 && value.Min is <= 0)
            {
                throw new ArgumentException($"Parameter '{Path}' has a log10 transformation, so its minimum must be positive (got {Format(value.Min.Value)}).", nameof(value));
            }

            _min = value.Min;
            _max = value.Max;
            if (_link is null)
            {
                var current = Value;
                if (_min is { } lo && current < lo)
                {
                    SetValueCore(lo);
                }
                else if (_max is { } hi && current > hi)
                {
                    SetValueCore(hi);
                }
            }
        }
    }

    /// <summary>The initial step a minimizer takes, in <see cref="Unit"/> (physical value).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The step is not positive and finite.</exception>
    public double Delta
    {
        get => _delta;
        set
        {
            if (!(value > 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"The step (delta) of parameter '{Path}' must be positive and finite.");
            }

            _delta = value;
        }
    }

    /// <summary>Whether fits and samplers vary this parameter; always false for a linked parameter.</summary>
    /// <exception cref="InvalidOperationException">Freeing a linked parameter.</exception>
    public bool Free
    {
        get => _free && _link is null;
        set
        {
            if (value && _link is not null)
            {
                throw new InvalidOperationException($"Parameter '{Path}' is linked to '{_link.Independent.Path}' and cannot be freed; unlink it first.");
            }

            _free = value;
        }
    }

    /// <summary>The inverse of <see cref="Free"/>.</summary>
    public bool Fixed
    {
        get => !Free;
        set => Free = !value;
    }

    /// <summary>The prior used by Bayesian analyses, evaluated on the physical value; null when none is set.</summary>
    public IPrior? Prior { get; set; }

    /// <summary>Whether a prior is set.</summary>
    public bool HasPrior => Prior is not null;

    /// <summary>Whether the value follows another parameter through a link law.</summary>
    public bool IsLinked => _link is not null;

    /// <summary>The parameter this one follows, or null when not linked.</summary>
    public Parameter? LinkedTo => _link?.Independent;

    /// <summary>The law f with value = f(<see cref="LinkedTo"/>.Value), or null when not linked.</summary>
    public Function1D? LinkLaw => _link?.Law;

    /// <summary>The value in the scaled space minimizers work in: log10 of the physical value for
    /// <see cref="ParameterTransformation.Log10"/>, the physical value otherwise (astromodels' "internal" value).</summary>
    /// <remarks>The three spaces are named in design record 0019: physical (<see cref="Value"/>), scaled (this) and
    /// unbounded (the minimizer's own transform of a bounded scaled value).</remarks>
    public double ScaledValue
    {
        get => Transformation == ParameterTransformation.Log10 && _link is null ? _stored : ToScaled(Value);
        set
        {
            ThrowIfLinked();
            SetValueCore(ToPhysical(value));
        }
    }

    /// <summary>The lower bound in the scaled space, or null for none.</summary>
    public double? ScaledMinValue => _min is { } m ? ToScaled(m) : null;

    /// <summary>The upper bound in the scaled space, or null for none.</summary>
    public double? ScaledMaxValue => _max is { } m ? ToScaled(m) : null;

    /// <summary>The initial step in the scaled space, as astromodels' <c>_get_internal_delta</c>.</summary>
    /// <remarks>For a transformed parameter the step is |t(x − δ) − t(x)| when x − δ stays above the minimum, else
    /// |t(x + δ) − t(x)| when x + δ stays below the maximum, else δ is shrunk to a quarter of the distance to a bound.</remarks>
    public double ScaledDelta
    {
        get
        {
            if (Transformation == ParameterTransformation.None)
            {
                return _delta;
            }

            var x = Value;
            var delta = _delta;
            for (var attempt = 0; attempt < 3; attempt++)
            {
                if (_min is null || x - delta > _min)
                {
                    return Math.Abs(ToScaled(x - delta) - ToScaled(x));
                }

                if (_max is null || x + delta < _max)
                {
                    return Math.Abs(ToScaled(x + delta) - ToScaled(x));
                }

                delta = Math.Abs(x - _min.Value) / 4.0;
                if (delta == 0)
                {
                    delta = Math.Abs(x - _max!.Value) / 4.0;
                }
            }

            return delta;
        }
    }

    /// <summary>Converts a physical value (the parameter's unit) to the scaled space.</summary>
    public double ToScaled(double physical) =>
        Transformation == ParameterTransformation.Log10 ? Math.Log10(physical) : physical;

    /// <summary>Converts a value of the scaled space to the physical value (the parameter's unit).</summary>
    public double ToPhysical(double scaled) =>
        Transformation == ParameterTransformation.Log10 ? Math.Pow(10.0, scaled) : scaled;

    /// <summary>Whether <paramref name="value"/> lies within the bounds (inclusive) and is not NaN.</summary>
    public bool IsWithinBounds(double value) =>
        !double.IsNaN(value) && (_min is null || value >= _min) && (_max is null || value <= _max);

    /// <summary>Sets the value of a parameter that is not linked, skipping the bounds check.</summary>
    /// <remarks>For engines that have already checked the bounds (samplers treat out-of-bounds points as having zero
    /// probability before they get here).</remarks>
    internal void SetValueTrusted(double value) =>
        _stored = Transformation == ParameterTransformation.Log10 ? Math.Log10(value) : value;

    /// <summary>Makes this parameter follow <paramref name="independent"/> through <paramref name="law"/>.</summary>
    internal void SetLink(Parameter independent, Function1D law) => _link = new ParameterLink(independent, law);

    /// <summary>Removes the link, keeping the last linked value (clamped into the bounds).</summary>
    internal void RemoveLink()
    {
        if (_link is null)
        {
            return;
        }

        var last = Value;
        _link = null;
        last = Math.Clamp(last, _min ?? double.NegativeInfinity, _max ?? double.PositiveInfinity);
        SetValueCore(last);
    }

    /// <summary>Copies value, bounds, step, free state, prior, unit and description from <paramref name="other"/> (not links).</summary>
    public void CopyStateFrom(Parameter other)
    {
        _min = other._min;
        _max = other._max;
        _stored = other.Transformation == Transformation ? other._stored : ToScaled(other.Value);
        _delta = other._delta;
        _free = other._free;
        Prior = other.Prior;
        _unit = other._unit;
        Description = other.Description;
    }

    /// <summary>A one-line description: path, value, unit, bounds and state.</summary>
    public override string ToString()
    {
        var state = IsLinked ? $"linked to {LinkedTo!.Path}" : Free ? "free" : "fixed";
        var unit = Unit.IsDimensionless ? "" : " " + Unit;
        return $"{Path} = {Format(Value)}{unit} [{FormatBound(_min)}, {FormatBound(_max)}] ({state})";
    }

    internal static string Format(double v) => v.ToString("G", CultureInfo.InvariantCulture);

    /// <summary>A bound as 3ML prints it: the number, or "None" when there is none.</summary>
    public static string FormatBound(double? v) => v is { } x ? Format(x) : "None";

    private double StoredToPhysical(double stored) =>
        Transformation == ParameterTransformation.Log10 ? Math.Pow(10.0, stored) : stored;

    private void SetValueCore(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Parameter '{Path}' cannot be set to {Format(value)}: the value must be finite.", nameof(value));
        }

        if (!IsWithinBounds(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Parameter '{Path}' cannot be set to {Format(value)}: it is outside its bounds [{FormatBound(_min)}, {FormatBound(_max)}].");
        }

        SetValueTrusted(value);
    }

    private void ThrowIfLinked()
    {
        if (_link is not null)
        {
            throw new InvalidOperationException($"Parameter '{Path}' is linked to '{_link.Independent.Path}' through {_link.Law.Name}; its value follows that parameter and cannot be assigned. Unlink it first.");
        }
    }

    private void CheckBoundsPair(double? min, double? max)
    {
        if (min is { } lo && max is { } hi && lo > hi)
        {
            throw new ArgumentException($"Parameter '{Path}': minimum {Format(lo)} is larger than maximum {Format(hi)}.");
        }

        if (min is { } a && double.IsNaN(a) || max is { } b && double.IsNaN(b))
        {
            throw new ArgumentException($"Parameter '{Path}': bounds cannot be NaN.");
        }
    }

    private sealed record ParameterLink(Parameter Independent, Function1D Law);
}
