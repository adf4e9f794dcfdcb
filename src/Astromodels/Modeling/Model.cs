using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics.Tensors;
using Astromodels.Internal;
using Astromodels.Text;

namespace Astromodels;

/// <summary>A set of sources and extra parameters whose parameters are addressed by astromodels paths
/// ("src2.spectrum.main.composite.kT_1"), with links between parameters (astromodels' <c>Model</c>).</summary>
/// <remarks>
/// <para>Parameters are listed in astromodels' tree order: sources in the order given, for each its position (ra, dec
/// or l, b) then every spectral component's parameters; a linked parameter is followed by the parameters of its link
/// law ("&lt;path&gt;.Line.a"); external parameters (plugin nuisance parameters such as <c>cons_s1</c>) come last.</para>
/// <para>Sources and parameters are shared by reference with the caller: <c>spectrum.K</c> and
/// <c>model["src1.spectrum.main.Blackbody.K"]</c> are the same handle. <see cref="Clone"/> gives an independent copy.</para>
/// </remarks>
public sealed partial class Model
{
    private readonly PointSource[] _pointSources;
    private readonly Dictionary<string, PointSource> _sources = new(StringComparer.Ordinal);
    private readonly List<Parameter> _external = [];
    private readonly Dictionary<Parameter, bool> _freeBeforeLink = new(ReferenceEqualityComparer.Instance);
    private Parameter[] _parameters = [];
    private Dictionary<string, Parameter> _byPath = new(StringComparer.Ordinal);

    /// <summary>Creates a model from point sources.</summary>
    /// <param name="sources">The sources, kept in this order.</param>
    /// <exception cref="ArgumentException">Two sources share a name, or the same function instance is used by two sources.</exception>
    public Model(params PointSource[] sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var s in sources)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(sources));
            if (!_sources.TryAdd(s.Name, s))
            {
                throw new ArgumentException($"More than one source is called '{s.Name}'; source names must be unique in a model.", nameof(sources));
            }
        }

        _pointSources = [.. sources];
        var seen = new Dictionary<Parameter, string>(ReferenceEqualityComparer.Instance);
        foreach (var s in _pointSources)
        {
            foreach (var p in s.Parameters)
            {
                if (!seen.TryAdd(p, s.Name))
                {
                    throw new ArgumentException($"Sources '{seen[p]}' and '{s.Name}' share the same function instance (parameter '{p.Name}'); Clone() the function for the second source.", nameof(sources));
                }
            }
        }

        RebuildIndex();
    }

    /// <summary>The point sources, in the order given.</summary>
    public IReadOnlyList<PointSource> PointSources => _pointSources;

    /// <summary>The number of point sources.</summary>
    public int PointSourceCount => _pointSources.Length;

    /// <summary>The sources by name.</summary>
    public IReadOnlyDictionary<string, PointSource> Sources => _sources;

    /// <summary>Every parameter, in tree order (see the remarks on <see cref="Model"/>).</summary>
    public IReadOnlyList<Parameter> Parameters => _parameters;

    /// <summary>The free parameters in tree order (the order fits and samplers use); recomputed on every access.</summary>
    public IReadOnlyList<Parameter> FreeParameters => [.. _parameters.Where(p => p.Free)];

    /// <summary>The number of free parameters, without allocating.</summary>
    public int FreeParameterCount
    {
        get
        {
            var n = 0;
            foreach (var p in _parameters)
            {
                n += p.Free ? 1 : 0;
            }

            return n;
        }
    }

    /// <summary>The parameters that are neither free nor linked, in tree order.</summary>
    public IReadOnlyList<Parameter> FixedParameters => [.. _parameters.Where(p => !p.Free && !p.IsLinked)];

    /// <summary>The parameters whose value follows another parameter through a law, in tree order.</summary>
    public IReadOnlyList<Parameter> LinkedParameters => [.. _parameters.Where(p => p.IsLinked)];

    /// <summary>The parameters added with <see cref="AddExternalParameter"/>, in the order added.</summary>
    public IReadOnlyList<Parameter> ExternalParameters => [.. _external];

    /// <summary>Gets a parameter by its path, e.g. "src1.spectrum.main.Blackbody.kT" or "src1.position.ra".</summary>
    /// <exception cref="KeyNotFoundException">No such path; the message suggests the closest paths.</exception>
    public Parameter this[string path]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(path);
            if (_byPath.TryGetValue(path, out var p))
            {
                return p;
            }

            throw new KeyNotFoundException($"The model has no parameter '{path}'.{NameSuggester.DidYouMean(path, _byPath.Keys)}");
        }
    }

    /// <summary>Looks a parameter up by path without throwing.</summary>
    public bool TryGetParameter(string path, [MaybeNullWhen(false)] out Parameter parameter) => _byPath.TryGetValue(path, out parameter);

    /// <summary>Whether a parameter with this path exists.</summary>
    public bool Contains(string path) => path is not null && _byPath.ContainsKey(path);

    /// <summary>Whether this very parameter object belongs to the model.</summary>
    public bool Contains(Parameter parameter) =>
        parameter is not null && _byPath.TryGetValue(parameter.Path, out var p) && ReferenceEquals(p, parameter);

    /// <summary>Sets the free parameters, in <see cref="FreeParameters"/> order, without allocating.</summary>
    /// <param name="values">One value per free parameter.</param>
    /// <exception cref="ArgumentException">The number of values differs from the number of free parameters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its parameter's bounds.</exception>
    public void SetFreeParameterValues(ReadOnlySpan<double> values)
    {
        CheckFreeCount(values.Length, nameof(values));
        var i = 0;
        foreach (var p in _parameters)
        {
            if (p.Free)
            {
                p.Value = values[i++];
            }
        }
    }

    /// <summary>Copies the free parameters' values, in <see cref="FreeParameters"/> order, without allocating.</summary>
    /// <param name="destination">Receives one value per free parameter; must have exactly that length.</param>
    /// <exception cref="ArgumentException">The length differs from the number of free parameters.</exception>
    public void GetFreeParameterValues(Span<double> destination)
    {
        CheckFreeCount(destination.Length, nameof(destination));
        var i = 0;
        foreach (var p in _parameters)
        {
            if (p.Free)
            {
                destination[i++] = p.Value;
            }
        }
    }

    /// <summary>The sum of all point sources' differential photon fluxes at each energy, 1/(cm² keV s), as plugins use
    /// when no source is assigned to them; allocates nothing after warm-up.</summary>
    /// <param name="energiesKeV">Energies in keV.</param>
    /// <param name="destination">Receives the fluxes; at least as long as <paramref name="energiesKeV"/>.</param>
    public void Evaluate(ReadOnlySpan<double> energiesKeV, Span<double> destination) =>
        EvaluateAt(new SpanPoints(energiesKeV), destination);

    /// <summary>The sum of all point sources' differential photon fluxes at the energies of a grid, 1/(cm² keV s),
    /// using the grid's precomputations and the shapes of the caller's cache (see <see cref="ShapeCache"/>).</summary>
    /// <param name="grid">The energies, keV.</param>
    /// <param name="shapes">The caller's cache of shapes on the grid, read and filled.</param>
    /// <param name="destination">Receives the fluxes; at least as long as the grid.</param>
    /// <exception cref="ArgumentException">The destination is too short.</exception>
    public void Evaluate(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(shapes);
        EvaluateAt(new GridPoints(grid, shapes), destination);
    }

    private void EvaluateAt<TPoints>(TPoints points, Span<double> destination)
        where TPoints : ISpectrumPoints, allows ref struct
    {
        var n = points.Count;
        if (destination.Length < n)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values but {n} are needed.", nameof(destination));
        }

        var target = destination[..n];
        target.Clear();
        if (_pointSources.Length == 0)
        {
            return;
        }

        _pointSources[0].EvaluateAt(points, target);
        if (_pointSources.Length == 1)
        {
            return;
        }

        var rented = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var scratch = rented.AsSpan(0, n);
            for (var i = 1; i < _pointSources.Length; i++)
            {
                _pointSources[i].EvaluateAt(points, scratch);
                TensorPrimitives.Add(target, scratch, target);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>The model's summary table (see <see cref="ToString(bool)"/>), with the fixed parameters abridged.</summary>
    public override string ToString() => ToString(complete: false);

    private void CheckFreeCount(int given, string paramName)
    {
        var free = FreeParameterCount;
        if (given != free)
        {
            throw new ArgumentException($"The model has {free} free parameters but {given} values were given.", paramName);
        }
    }

    /// <summary>Recomputes the tree order and assigns every parameter its path; called after every structural change.</summary>
    private void RebuildIndex()
    {
        var list = new List<Parameter>();
        foreach (var s in _pointSources)
        {
            s.AssignPaths();
            foreach (var p in s.Parameters)
            {
                AddWithLaw(p, p.Path, list);
            }
        }

        foreach (var p in _external)
        {
            AddWithLaw(p, p.Name, list);
        }

        var byPath = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        foreach (var p in list)
        {
            if (!byPath.TryAdd(p.Path, p))
            {
                throw new InvalidOperationException($"Two parameters of the model have the path '{p.Path}'.");
            }
        }

        _parameters = [.. list];
        _byPath = byPath;
    }

    private static void AddWithLaw(Parameter p, string path, List<Parameter> list)
    {
        p.Path = path;
        list.Add(p);
        if (p.LinkLaw is { } law)
        {
            foreach (var q in law.Parameters)
            {
                AddWithLaw(q, $"{path}.{law.Name}.{q.Name}", list);
            }
        }
    }
}
