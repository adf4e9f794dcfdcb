using System.Numerics.Tensors;
using Astromodels.Internal;
using Astromodels.Text;

namespace Astromodels.Functions;

/// <summary>Photoelectric absorption by a column of cold gas, f(E) = exp(−NH·σ((1 + z)E)) (the common part of
/// <see cref="TbAbs"/>, <see cref="PhAbs"/> and <see cref="WAbs"/>).</summary>
/// <remarks>
/// <para>NH is the equivalent hydrogen column in 10²² cm⁻² (log10 transformation, bounds 10⁻⁴–10⁴, start 1) and
/// σ the cross-section per hydrogen atom in 10⁻²² cm²; z, fixed by default, moves the absorber to redshift z.</para>
/// <para>The span overload keeps σ of the last energies it saw (per instance; not thread-safe, as functions are not)
/// and takes the exponential with a vector kernel; on an
/// <see cref="EnergyGrid"/> σ((1 + z)E) is kept in the caller's <see cref="ShapeCache"/> per cross-section and z, so a fit step that changes only NH
/// costs one vector multiply and one vector exp.</para>
/// </remarks>
public abstract class PhotoelectricAbsorption : Function1D
{
    private AbundanceTable _abundanceTable;
    private double[] _spanEnergies = [];
    private double[] _spanSigma = [];
    private double _spanScale = double.NaN;
    private CrossSection? _spanSource;
    private readonly Dictionary<double, double> _pointSigma = [];
    private CrossSection? _pointSource;
    private const int PointMemoCapacity = 65536;
    private AbsorbedBandQuadrature? _bandRule;

    /// <summary>Creates the two parameters, astromodels' way for this model.</summary>
    /// <param name="nhIsNormalization">astromodels' <c>is_normalization</c> flag of NH (true for TbAbs and WAbs, false for PhAbs).</param>
    /// <param name="abundanceTable">The initial abundance table.</param>
    private protected PhotoelectricAbsorption(bool nhIsNormalization, AbundanceTable abundanceTable)
        : base([
            new Parameter("NH", 1.0, 1e-4, 1e4, delta: 0.1, description: "absorbing column density in units of 1e22 particles per cm^2",
                isNormalization: nhIsNormalization, transformation: ParameterTransformation.Log10),
            new Parameter("redshift", 0.0, 0.0, 15.0, delta: 0.1, description: "the redshift of the source", free: false),
        ])
    {
        _abundanceTable = abundanceTable;
        SetUnits(SpectralUnits.Energy, Unit.Dimensionless);
    }

    /// <summary>Equivalent hydrogen column density, 10²² cm⁻².</summary>
    public Parameter NH => Parameters[0];

    /// <summary>Redshift of the absorber (fixed by default).</summary>
    public Parameter Redshift => Parameters[1];

    /// <inheritdoc />
    public override bool IsMultiplicative => true;

    /// <summary>The solar abundances the cross-section assumes (astromodels' <c>abundance_table</c> property).</summary>
    /// <exception cref="ArgumentException">The model does not offer this table; the message lists those it offers.</exception>
    public AbundanceTable AbundanceTable
    {
        get => _abundanceTable;
        set
        {
            if (!AllowedAbundanceTables.Contains(value))
            {
                throw new ArgumentException(
                    $"{Name} does not offer the abundance table {value}; choose one of {string.Join(", ", AllowedAbundanceTables)}.", nameof(value));
            }

            _abundanceTable = value;
        }
    }

    /// <summary>The abundance tables this model offers, the default first (astromodels' <c>allowed values</c>).</summary>
    public abstract IReadOnlyList<AbundanceTable> AllowedAbundanceTables { get; }

    /// <summary>The cross-section for the current abundance table.</summary>
    private protected abstract CrossSection CurrentCrossSection { get; }

    /// <summary>The cross-section per hydrogen atom at <paramref name="energyKeV"/> in the absorber's frame, 10⁻²² cm².</summary>
    public double CrossSection(double energyKeV) => CurrentCrossSection.Sigma(energyKeV);

    /// <summary>The optical depth NH·σ((1 + z)E) at observed energy <paramref name="energyKeV"/>.</summary>
    public double OpticalDepth(double energyKeV) => NH.Value * PointSigma(energyKeV * (1 + Redshift.Value));

    /// <summary>σ at one absorber-frame energy, remembered (up to 65 536 energies per instance, about 2 MB) because quadratures
    /// over posterior samples revisit the same nodes and σ from the fits costs microseconds.</summary>
    private double PointSigma(double energyKeV)
    {
        var source = CurrentCrossSection;
        if (!ReferenceEquals(source, _pointSource))
        {
            _pointSigma.Clear();
            _pointSource = source;
        }

        if (!_pointSigma.TryGetValue(energyKeV, out var sigma))
        {
            sigma = source.Sigma(energyKeV);
            if (_pointSigma.Count < PointMemoCapacity)
            {
                _pointSigma[energyKeV] = sigma;
            }
        }

        return sigma;
    }

    /// <inheritdoc />
    public override double Evaluate(double x) => Math.Exp(-OpticalDepth(x));

    /// <inheritdoc />
    /// <remarks>The factor alone (a flux row of the absorber component) on the same fixed rule as a product.</remarks>
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value) =>
        TryIntegrateProduct(null, a, b, energyPower, out value);

    /// <summary>∫ₐᵇ Eᵏ·f(E)·g(E) dE for the continuum g (1 when null) this absorber multiplies, on a fixed rule that avoids σ's jumps
    /// (<see cref="AbsorbedBandQuadrature"/>), kept for the last band, z and cross-section; false when the rule's error
    /// bound is not met (the caller then integrates adaptively).</summary>
    internal override bool TryIntegrateProduct(Function1D? continuum, double a, double b, int energyPower, out double value)
    {
        value = 0;
        var source = CurrentCrossSection;
        var scale = 1 + Redshift.Value;
        var rule = _bandRule;
        if (rule is null || !ReferenceEquals(rule.Source, source) || rule.Scale != scale || rule.Low != a || rule.High != b)
        {
            rule = AbsorbedBandQuadrature.Build(source, scale, a, b);
            if (rule is null)
            {
                return false;
            }

            var nodes = rule.Nodes;
            for (var i = 0; i < nodes.Length; i++)
            {
                rule.Sigma[i] = PointSigma(nodes[i] * scale);
            }

            _bandRule = rule;
        }

        return rule.TryIntegrate(NH.Value, continuum, energyPower, out value);
    }

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var d = destination[..x.Length];
        TensorPrimitives.Multiply(SpanSigma(x), -NH.Value, d);
        TensorPrimitives.Exp(d, d);
    }

    /// <summary>σ((1 + z)E) for these energies, kept from the previous call when the energies, z and the
    /// cross-section are the same (σ from the fits costs microseconds per energy; comparing the energies, nanoseconds).</summary>
    private ReadOnlySpan<double> SpanSigma(ReadOnlySpan<double> x)
    {
        var source = CurrentCrossSection;
        var scale = 1 + Redshift.Value;
        if (!ReferenceEquals(source, _spanSource) || scale != _spanScale || !x.SequenceEqual(_spanEnergies))
        {
            if (_spanEnergies.Length != x.Length)
            {
                (_spanEnergies, _spanSigma) = (new double[x.Length], new double[x.Length]);
            }

            x.CopyTo(_spanEnergies);
            source.Sigma(x, scale, _spanSigma);
            (_spanSource, _spanScale) = (source, scale);
        }

        return _spanSigma;
    }

    /// <inheritdoc />
    /// <remarks>exp(−NH·σ) from the cached σ((1 + z)E) for this cross-section and z.</remarks>
    protected internal override void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        CheckDestination(grid.Length, destination.Length);
        var crossSection = CurrentCrossSection;
        var z = Redshift.Value;
        if (!shapes.TryGet(grid, crossSection, z, 0, out var sigma))
        {
            var store = shapes.Store(grid, crossSection, z, 0);
            crossSection.Sigma(grid.Energies, 1 + z, store);
            sigma = store;
        }

        var d = destination[..grid.Length];
        TensorPrimitives.Multiply(sigma, -NH.Value, d);
        TensorPrimitives.Exp(d, d);
    }

    /// <inheritdoc />
    internal override bool IntegratesProducts => true;

    /// <inheritdoc />
    internal override IEnumerable<(string Name, string Value)> DisplayedProperties => [("abundance_table", AbundanceTable.ToString())];

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        NH.Unit = Unit.Parse("1 / cm2");
        Redshift.Unit = Unit.Dimensionless;
    }

    /// <inheritdoc />
    /// <remarks>The abundance table travels with the copy.</remarks>
    public override Function1D Clone()
    {
        var copy = (PhotoelectricAbsorption)base.Clone();
        copy._abundanceTable = _abundanceTable;
        return copy;
    }

    /// <summary>Sets the abundance table by its astromodels name ("WILM", "AG89", "ASPL"), as model files spell it.</summary>
    /// <exception cref="ArgumentException">An unknown or unoffered name; the message suggests the closest.</exception>
    public void SetAbundanceTable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var names = AllowedAbundanceTables.Select(t => t.ToString()).ToList();
        if (!names.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{Name} does not offer the abundance table '{name}'; choose one of {string.Join(", ", names)}.{NameSuggester.DidYouMean(name, names)}", nameof(name));
        }

        AbundanceTable = Enum.Parse<AbundanceTable>(name);
    }
}
