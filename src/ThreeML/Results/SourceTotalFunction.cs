using Astromodels;
using Astromodels.Functions;

namespace ThreeML.Results;

/// <summary>A point source with several named components seen as one function (their sum), so its flux integral is
/// the sum of the components' exact integrals.</summary>
internal sealed class SourceTotalFunction(PointSource source) : Function1D([])
{
    public override string Name => source.Name;

    public override double Evaluate(double x) => source.Evaluate(x);

    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
    }

    protected override Function1D CreateDefault() => this;

    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        foreach (var c in source.Components)
        {
            value += c.Shape.Integral(a, b, energyPower);
        }

        return true;
    }
}
