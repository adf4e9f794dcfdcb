using Astromodels;
using Astromodels.Functions;

namespace ThreeML.PublicApi.Tests;

/// <summary>A user's own spectral function, a + b·E, that counts how often it is evaluated on a span of energies.</summary>
public sealed class CountingLine : Function1D
{
    /// <summary>Creates the function with intercept <paramref name="a"/> and slope <paramref name="b"/>.</summary>
    public CountingLine(double a = 1.0, double b = 0.0)
        : base([new Parameter("a", a, -100, 100), new Parameter("b", b, -10, 10)])
    {
    }

    /// <summary>The number of span evaluations so far.</summary>
    public int SpanEvaluations { get; private set; }

    /// <inheritdoc />
    public override string Name => "CountingLine";

    /// <inheritdoc />
    public override double Evaluate(double x) => Parameters[0].Value + Parameters[1].Value * x;

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        SpanEvaluations++;
        base.Evaluate(x, destination);
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new CountingLine();
}
