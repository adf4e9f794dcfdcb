using System.Buffers;
using System.Numerics.Tensors;
using Astromodels.Internal;

namespace Astromodels;

/// <summary>A point source: a sky position and one or more spectral components (astromodels' <c>PointSource</c>).</summary>
/// <remarks>The position is either equatorial (ra, dec) or galactic (l, b), in degrees, with astromodels' bounds
/// (0–360 and −90–90) and fixed by default. The flux is the sum of the components.</remarks>
public sealed class PointSource
{
    private readonly SpectralComponent[] _components;
    private readonly Dictionary<string, SpectralComponent> _byName;
    private readonly Parameter[] _position;

    /// <summary>Creates a point source.</summary>
    /// <param name="name">The source name, used as the first element of parameter paths ("src1").</param>
    /// <param name="ra">Right ascension (J2000), degrees in [0, 360]; give it with <paramref name="dec"/>.</param>
    /// <param name="dec">Declination (J2000), degrees in [−90, 90].</param>
    /// <param name="spectralShape">The spectrum, wrapped in a component called "main"; or give <paramref name="components"/>.</param>
    /// <param name="l">Galactic longitude, degrees in [0, 360]; give it with <paramref name="b"/> instead of ra/dec.</param>
    /// <param name="b">Galactic latitude, degrees in [−90, 90].</param>
    /// <param name="components">Several named spectral components, instead of <paramref name="spectralShape"/>.</param>
    /// <exception cref="ArgumentException">Not exactly one position pair or not exactly one of shape/components was given,
    /// a coordinate is out of range, the name is not a valid identifier, or components repeat a name or a shape.</exception>
    public PointSource(
        string name,
        double? ra = null,
        double? dec = null,
        Function1D? spectralShape = null,
        double? l = null,
        double? b = null,
        IEnumerable<SpectralComponent>? components = null)
    {
        Identifiers.Check(name, "source", nameof(name));
        Name = name;
        var equatorial = ra is not null || dec is not null;
        var galactic = l is not null || b is not null;
        if (equatorial == galactic || (equatorial && (ra is null || dec is null)) || (galactic && (l is null || b is null)))
        {
            throw new ArgumentException($"Point source '{name}': give exactly one position, either both ra and dec or both l and b (got ra={Show(ra)}, dec={Show(dec)}, l={Show(l)}, b={Show(b)}).");
        }

        _position = equatorial
            ? [Coordinate(name, "ra", ra!.Value, 0, 360, "Right Ascension"), Coordinate(name, "dec", dec!.Value, -90, 90, "Declination")]
            : [Coordinate(name, "l", l!.Value, 0, 360, "Galactic longitude"), Coordinate(name, "b", b!.Value, -90, 90, "Galactic latitude")];
        IsGalactic = galactic;

        if ((spectralShape is null) == (components is null))
        {
            throw new ArgumentException($"Point source '{name}': give either a spectral shape or a list of components, not both and not neither.");
        }

        _components = spectralShape is not null ? [new SpectralComponent("main", spectralShape)] : components!.ToArray();
        if (_components.Length == 0)
        {
            throw new ArgumentException($"Point source '{name}' needs at least one spectral component.", nameof(components));
        }

        _byName = new Dictionary<string, SpectralComponent>(StringComparer.Ordinal);
        foreach (var c in _components)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(components));
            if (!_byName.TryAdd(c.Name, c))
            {
                throw new ArgumentException($"Point source '{name}' has two spectral components called '{c.Name}'.", nameof(components));
            }
        }

        var seen = new HashSet<Parameter>(ReferenceEqualityComparer.Instance);
        foreach (var p in _components.SelectMany(c => c.Shape.Parameters))
        {
            if (!seen.Add(p))
            {
                throw new ArgumentException($"Point source '{name}' uses the same function instance in two components; Clone() it for the second one.", nameof(components));
            }
        }

        foreach (var c in _components)
        {
            c.Shape.SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        }

        AssignPaths();
    }

    /// <summary>The source name.</summary>
    public string Name { get; }

    /// <summary>Whether the position is galactic (l, b) rather than equatorial (ra, dec).</summary>
    public bool IsGalactic { get; }

    /// <summary>The equinox of the coordinates, as astromodels writes it.</summary>
    public string Equinox => "J2000";

    /// <summary>Right ascension in degrees, or null for a galactic position.</summary>
    public Parameter? Ra => IsGalactic ? null : _position[0];

    /// <summary>Declination in degrees, or null for a galactic position.</summary>
    public Parameter? Dec => IsGalactic ? null : _position[1];

    /// <summary>Galactic longitude in degrees, or null for an equatorial position.</summary>
    public Parameter? L => IsGalactic ? _position[0] : null;

    /// <summary>Galactic latitude in degrees, or null for an equatorial position.</summary>
    public Parameter? B => IsGalactic ? _position[1] : null;

    /// <summary>The two position parameters, (ra, dec) or (l, b).</summary>
    public IReadOnlyList<Parameter> PositionParameters => _position;

    /// <summary>The spectral components in the order given.</summary>
    public IReadOnlyList<SpectralComponent> Components => _components;

    /// <summary>The spectral components by name, e.g. <c>ps.Spectrum["main"]</c>.</summary>
    public IReadOnlyDictionary<string, SpectralComponent> Spectrum => _byName;

    /// <summary>The position parameters followed by every component's parameters, in astromodels' tree order.</summary>
    public IReadOnlyList<Parameter> Parameters => [.. _position, .. _components.SelectMany(c => c.Shape.Parameters)];

    /// <summary>The total differential photon flux at <paramref name="energyKeV"/>, 1/(cm² keV s).</summary>
    public double Evaluate(double energyKeV)
    {
        var sum = 0.0;
        foreach (var c in _components)
        {
            sum += c.Shape.Evaluate(energyKeV);
        }

        return sum;
    }

    /// <summary>The total differential photon flux at each energy, 1/(cm² keV s), without allocating after warm-up.</summary>
    /// <param name="energiesKeV">Energies in keV.</param>
    /// <param name="destination">Receives the fluxes; at least as long as <paramref name="energiesKeV"/>.</param>
    /// <exception cref="ArgumentException">The destination is too short.</exception>
    public void Evaluate(ReadOnlySpan<double> energiesKeV, Span<double> destination) =>
        EvaluateAt(new SpanPoints(energiesKeV), destination);

    /// <summary>The total differential photon flux at the energies of a grid, 1/(cm² keV s), using the grid's
    /// precomputations and the shapes of the caller's cache, which it reads and fills (see <see cref="ShapeCache"/>).</summary>
    /// <param name="grid">The energies, keV.</param>
    /// <param name="shapes">The caller's cache: sources and components evaluated on one grid with one cache compute a
    /// shared shape (e.g. a blackbody of linked temperature) once.</param>
    /// <param name="destination">Receives the fluxes; at least as long as the grid.</param>
    /// <exception cref="ArgumentException">The destination is too short.</exception>
    public void Evaluate(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(shapes);
        if (destination.Length >= grid.Length && TryGatherGridTerms(grid, shapes, out var terms))
        {
            LinearCombination.Write(terms, destination[..grid.Length]);
            return;
        }

        EvaluateAt(new GridPoints(grid, shapes), destination);
    }

    // The components as one left-nested sum of memoised shapes (the first component's terms, then one term per further
    // component, the order of EvaluateAt's sums), so one pass writes the spectrum with EvaluateAt's values bit for bit.
    private bool TryGatherGridTerms(EnergyGrid grid, ShapeCache shapes, out GridTerms terms)
    {
        terms = default;
        if (!_components[0].Shape.TryAddGridTerms(grid, shapes, ref terms))
        {
            return false;
        }

        for (var i = 1; i < _components.Length; i++)
        {
            var before = terms.Count;
            if (!_components[i].Shape.TryAddGridTerms(grid, shapes, ref terms) || terms.Count != before + 1)
            {
                return false;
            }
        }

        return true;
    }

    internal void EvaluateAt<TPoints>(TPoints points, Span<double> destination)
        where TPoints : ISpectrumPoints, allows ref struct
    {
        var n = points.Count;
        if (destination.Length < n)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values but {n} are needed.", nameof(destination));
        }

        var target = destination[..n];
        points.Evaluate(_components[0].Shape, target);
        if (_components.Length == 1)
        {
            return;
        }

        var rented = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var scratch = rented.AsSpan(0, n);
            for (var i = 1; i < _components.Length; i++)
            {
                points.Evaluate(_components[i].Shape, scratch);
                TensorPrimitives.Add(target, scratch, target);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>A deep copy: cloned spectral shapes and position parameters with the same values, bounds, steps, free
    /// states and priors (links belong to the <see cref="Model"/> and are not copied here).</summary>
    public PointSource Clone()
    {
        var components = _components.Select(c => new SpectralComponent(c.Name, c.Shape.Clone()));
        var copy = IsGalactic
            ? new PointSource(Name, l: Math.Clamp(_position[0].Value, 0, 360), b: Math.Clamp(_position[1].Value, -90, 90), components: components)
            : new PointSource(Name, ra: Math.Clamp(_position[0].Value, 0, 360), dec: Math.Clamp(_position[1].Value, -90, 90), components: components);
        // The constructor only takes in-range coordinates; the exact state (bounds the user widened included) comes next.
        for (var i = 0; i < _position.Length; i++)
        {
            copy._position[i].CopyStateFrom(_position[i]);
        }

        return copy;
    }

    /// <summary>"name (ra, dec) = (..): components".</summary>
    public override string ToString()
    {
        var pos = IsGalactic ? $"(l, b) = ({PythonFloat.Repr(_position[0].Value)}, {PythonFloat.Repr(_position[1].Value)})"
                             : $"(ra, dec) = ({PythonFloat.Repr(_position[0].Value)}, {PythonFloat.Repr(_position[1].Value)})";
        return $"{Name} {pos}: {string.Join("; ", _components.Select(c => c.ToString()))}";
    }

    /// <summary>Sets the paths "name.position.ra", "name.spectrum.main.Blackbody.kT" of the source's own parameters.</summary>
    internal void AssignPaths()
    {
        foreach (var p in _position)
        {
            p.Path = $"{Name}.position.{p.Name}";
        }

        foreach (var c in _components)
        {
            foreach (var p in c.Shape.Parameters)
            {
                p.Path = $"{Name}.spectrum.{c.Name}.{c.Shape.Name}.{p.Name}";
            }
        }
    }

    private static Parameter Coordinate(string source, string name, double value, double min, double max, string description)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentException($"Point source '{source}': {name} cannot be {PythonFloat.Repr(value)}; it must be {PythonFloat.Repr(min)} <= {name} <= {PythonFloat.Repr(max)} (degrees).", name);
        }

        return new Parameter(name, value, min, max, description: description, unit: Units.deg, free: false);
    }

    private static string Show(double? v) => v is { } x ? PythonFloat.Repr(x) : "None";
}
