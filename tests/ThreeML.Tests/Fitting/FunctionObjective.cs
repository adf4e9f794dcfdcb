using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

/// <summary>An objective given by a delegate, for tests.</summary>
internal sealed class FunctionObjective(int dimension, FunctionObjective.Body body) : IObjectiveFunction
{
    public delegate double Body(ReadOnlySpan<double> x);

    public int Dimension { get; } = dimension;

    public int Calls { get; private set; }

    public double Evaluate(ReadOnlySpan<double> x)
    {
        Calls++;
        return body(x);
    }
}
