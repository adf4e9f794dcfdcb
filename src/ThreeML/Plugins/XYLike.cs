using Astromodels;
using MathNet.Numerics.Distributions;
using ThreeML.Statistics;

namespace ThreeML.Plugins;

/// <summary>Generic x–y data compared with the model evaluated at each x (3ML's <c>XYLike</c>): Gaussian values with
/// errors (½χ²) or Poisson counts.</summary>
/// <remarks>The model is the sum of the point sources (or the assigned one) evaluated at x, not integrated; for
/// Poisson data it is multiplied by the exposure. Without errors the data are Poisson, as in 3ML.</remarks>
public sealed class XYLike : IPlugin
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[]? _yErr;
    private readonly double[] _model;
    private Parameter _nuisance;
    private Model? _sourceModel;
    private PointSource? _source;
    private string? _sourceName;

    /// <summary>Creates the plugin.</summary>
    /// <param name="name">A unique name.</param>
    /// <param name="x">The independent variable (keV for spectra), one value per point.</param>
    /// <param name="y">The measured values (counts for Poisson data).</param>
    /// <param name="yErr">One-sigma errors (Gaussian data), or null for Poisson data.</param>
    /// <param name="exposure">Multiplies the model for Poisson data (1 by default).</param>
    /// <exception cref="ArgumentException">Lengths differ, a value is not finite, an error is not positive, or Poisson values are negative.</exception>
    public XYLike(string name, double[] x, double[] y, double[]? yErr = null, double exposure = 1.0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length != y.Length || x.Length == 0 || (yErr is not null && yErr.Length != y.Length))
        {
            throw new ArgumentException($"XYLike '{name}': x has {x.Length} values, y {y.Length}{(yErr is null ? "" : $" and yErr {yErr.Length}")}; they must match and not be empty.", nameof(y));
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i]))
            {
                throw new ArgumentException($"XYLike '{name}': point {i} ({x[i]}, {y[i]}) is not finite.", nameof(y));
            }

            if (yErr is not null && !(yErr[i] > 0 && double.IsFinite(yErr[i])))
            {
                throw new ArgumentException($"XYLike '{name}': yErr[{i}] = {yErr[i]} must be positive.", nameof(yErr));
            }

            if (yErr is null && (y[i] < 0 || y[i] != Math.Round(y[i])))
            {
                throw new ArgumentException($"XYLike '{name}': without errors the data are Poisson counts, but y[{i}] = {y[i]}.", nameof(y));
            }
        }

        if (!(exposure > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(exposure), exposure, "The exposure must be positive.");
        }

        Name = name;
        _x = (double[])x.Clone();
        _y = (double[])y.Clone();
        _yErr = (double[]?)yErr?.Clone();
        Exposure = exposure;
        _model = new double[x.Length];
        _nuisance = new Parameter($"cons_{name}", 1.0, 0.8, 1.2, description: "Effective area correction", free: false, isNormalization: true);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Whether the data are Poisson counts (no errors given).</summary>
    public bool IsPoisson => _yErr is null;

    /// <summary>The exposure multiplying the model for Poisson data.</summary>
    public double Exposure { get; }

    /// <summary>The x values.</summary>
    public ReadOnlySpan<double> X => _x;

    /// <summary>The y values.</summary>
    public ReadOnlySpan<double> Y => _y;

    /// <summary>The y errors, or empty for Poisson data.</summary>
    public ReadOnlySpan<double> YErrors => _yErr;

    /// <inheritdoc />
    public IReadOnlyList<Parameter> NuisanceParameters => [_nuisance];

    /// <inheritdoc />
    public bool ExcludedFromFit { get; set; }

    /// <summary>Makes the plugin see only the named point source.</summary>
    public void AssignToSource(string sourceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        _sourceName = sourceName;
        if (_sourceModel is not null)
        {
            SetModel(_sourceModel);
        }
    }

    /// <inheritdoc />
    public void SetModel(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        PointSource? source = null;
        if (_sourceName is not null && !model.Sources.TryGetValue(_sourceName, out source))
        {
            throw new KeyNotFoundException($"XYLike '{Name}' is assigned to source '{_sourceName}', which is not in the model (sources: {string.Join(", ", model.Sources.Keys)}).");
        }

        _sourceModel = model;
        _source = source;
    }

    /// <summary>The model at every x (times the exposure for Poisson data), for the current parameters.</summary>
    public double[] GetModel()
    {
        EvaluateModel();
        return (double[])_model.Clone();
    }

    /// <inheritdoc />
    public double GetLogLike()
    {
        if (ExcludedFromFit)
        {
            return 0.0;
        }

        EvaluateModel();
        return IsPoisson
            ? PoissonObservedNoBackground.LogLikelihood(_y, _model)
            : GaussianObserved.LogLikelihood(_y, _yErr, _model);
    }

    /// <inheritdoc />
    public int GetNumberOfDataPoints() => _x.Length;

    /// <inheritdoc />
    public IPlugin Clone()
    {
        var copy = new XYLike(Name, _x, _y, _yErr, Exposure) { ExcludedFromFit = ExcludedFromFit, _sourceName = _sourceName };
        copy._nuisance.CopyStateFrom(_nuisance);
        return copy;
    }

    /// <inheritdoc />
    /// <remarks>As the spectral plugins: the model's own <c>cons_&lt;name&gt;</c> is kept when it has one.</remarks>
    public IPlugin Bind(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var bound = (XYLike)Clone();
        var existing = model.ExternalParameters.FirstOrDefault(p => p.Name == _nuisance.Name);
        if (existing is not null)
        {
            bound._nuisance = existing;
        }
        else
        {
            model.AddExternalParameter(bound._nuisance);
        }

        bound.SetModel(model);
        return bound;
    }

    /// <inheritdoc />
    public IPlugin Simulate(string name, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        EvaluateModel();
        var y = new double[_y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = IsPoisson
                ? (_model[i] > 0 ? Poisson.Sample(random, _model[i]) : 0)
                : Normal.Sample(random, _model[i], _yErr![i]);
        }

        return new XYLike(name, _x, y, _yErr, Exposure) { _sourceName = _sourceName };
    }

    private void EvaluateModel()
    {
        var model = _sourceModel ?? throw new InvalidOperationException($"XYLike '{Name}' has no model: call SetModel first.");
        if (_source is not null)
        {
            _source.Evaluate(_x, _model);
        }
        else
        {
            model.Evaluate(_x, _model);
        }

        var scale = _nuisance.Value * (IsPoisson ? Exposure : 1.0);
        for (var i = 0; i < _model.Length; i++)
        {
            _model[i] *= scale;
        }
    }
}
