
namespace Astromodels;

/// <summary>Where a sum of spectral shapes is evaluated: plain energies or an <see cref="EnergyGrid"/> with a <see cref="ShapeCache"/>, so one summing
/// routine serves both without allocating.</summary>
internal interface ISpectrumPoints
{
    /// <summary>The number of energies.</summary>
    int Count { get; }

    /// <summary>Evaluates <paramref name="shape"/> at the energies.</summary>
    void Evaluate(Function1D shape, Span<double> destination);
}

/// <summary>Energies given as a span, keV.</summary>
internal readonly ref struct SpanPoints(ReadOnlySpan<double> energies) : ISpectrumPoints
{
    private readonly ReadOnlySpan<double> _energies = energies;

    public int Count => _energies.Length;

    public void Evaluate(Function1D shape, Span<double> destination) => shape.Evaluate(_energies, destination);
}

/// <summary>Energies given as a grid with its precomputations, and the caller's cache of shapes on it.</summary>
internal readonly struct GridPoints(EnergyGrid grid, ShapeCache shapes) : ISpectrumPoints
{
    public int Count => grid.Length;

    public void Evaluate(Function1D shape, Span<double> destination) => shape.EvaluateOnGrid(grid, shapes, destination);
}
