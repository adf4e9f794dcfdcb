using System.Buffers;

namespace Astromodels;

/// <summary>Two functions combined by an operator, as astromodels' <c>CompositeFunction</c>.</summary>
/// <remarks>
/// <para>The components (leaves) are numbered 1, 2, ... in expression order and every parameter is renamed
/// <c>&lt;name&gt;_&lt;n&gt;</c>: <c>Blackbody() + Powerlaw_flux()</c> has K_1, kT_1, F_2, index_2, a_2, b_2. The parameter
/// objects are shared with the components, so <c>bb.K</c> and <c>composite["K_1"]</c> are the same handle.</para>
/// <para>The span evaluation borrows its scratch buffer from <see cref="ArrayPool{T}.Shared"/>, so repeated
/// evaluation allocates nothing after warm-up.</para>
/// </remarks>
public sealed class CompositeFunction : Function1D
{
    /// <summary>Combines <paramref name="left"/> and <paramref name="right"/> with <paramref name="op"/>.</summary>
    /// <exception cref="ArgumentException">An operand already belongs to another composite, or the same function appears twice.</exception>
    public CompositeFunction(FunctionOperator op, Function1D left, Function1D right)
        : base(CollectParameters(left, right), indexByDeclaredName: false)
    {
        Operator = op;
        Left = left;
        Right = right;
        left.Parent = this;
        right.Parent = this;
        Leaves = [.. LeavesOf(left), .. LeavesOf(right)];
        for (var i = 0; i < Leaves.Count; i++)
        {
            foreach (var p in Leaves[i].Parameters)
            {
                p.Name = $"{p.BaseName}_{i + 1}";
            }
        }
    }

    /// <inheritdoc />
    public override string Name => "composite";

    /// <summary>The operator combining <see cref="Left"/> and <see cref="Right"/>.</summary>
    public FunctionOperator Operator { get; }

    /// <summary>The left operand (the outer function for <see cref="FunctionOperator.Compose"/>).</summary>
    public Function1D Left { get; }

    /// <summary>The right operand (the inner function for <see cref="FunctionOperator.Compose"/>).</summary>
    public Function1D Right { get; }

    /// <summary>The non-composite components in expression order (component n carries the suffix _n).</summary>
    public IReadOnlyList<Function1D> Leaves { get; }

    /// <summary>The expression in astromodels' notation, e.g. "(Blackbody{1} + Powerlaw_flux{2})".</summary>
    public string Expression
    {
        get
        {
            var index = 0;
            return Render(this, ref index);
        }
    }

    /// <summary>Gets a parameter by its composite name ("K_1").</summary>
    /// <exception cref="KeyNotFoundException">No such parameter; the message suggests the closest names.</exception>
    public override Parameter this[string name] =>
        Parameters.FirstOrDefault(p => p.Name == name) ?? throw UnknownParameter(name, Parameters.Select(p => p.Name));

    /// <inheritdoc />
    public override bool IsMultiplicative => Operator switch
    {
        FunctionOperator.Add or FunctionOperator.Subtract => Left.IsMultiplicative && Right.IsMultiplicative,
        FunctionOperator.Compose => Left.IsMultiplicative,
        _ => Left.IsMultiplicative && Right.IsMultiplicative,
    };

    /// <inheritdoc />
    public override double Evaluate(double x) => Operator switch
    {
        FunctionOperator.Add => Left.Evaluate(x) + Right.Evaluate(x),
        FunctionOperator.Subtract => Left.Evaluate(x) - Right.Evaluate(x),
        FunctionOperator.Multiply => Left.Evaluate(x) * Right.Evaluate(x),
        FunctionOperator.Divide => Left.Evaluate(x) / Right.Evaluate(x),
        _ => Left.Evaluate(Right.Evaluate(x)),
    };

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        EvaluateAt(new SpanPoints(x), destination);
    }

    /// <inheritdoc />
    /// <remarks>Both operands are evaluated on the grid (with the cache), except the inner function's output of a
    /// composition, which is not a grid.</remarks>
    protected internal override void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        CheckDestination(grid.Length, destination.Length);
        var terms = default(GridTerms);
        if (TryAddGridTerms(grid, shapes, ref terms))
        {
            LinearCombination.Write(terms, destination[..grid.Length]);
            return;
        }

        EvaluateAt(new GridPoints(grid, shapes), destination);
    }

    /// <inheritdoc />
    /// <remarks>A sum or difference whose right operand is one term: the left operand's terms, then the right one
    /// (negated for a difference), the order in which <see cref="EvaluateOnGrid"/> would combine them.</remarks>
    internal override bool TryAddGridTerms(EnergyGrid grid, ShapeCache shapes, ref GridTerms terms)
    {
        if (Operator is not (FunctionOperator.Add or FunctionOperator.Subtract) || Right is CompositeFunction || !Left.TryAddGridTerms(grid, shapes, ref terms))
        {
            return false;
        }

        var before = terms.Count;
        if (!Right.TryAddGridTerms(grid, shapes, ref terms) || terms.Count != before + 1)
        {
            return false;
        }

        if (Operator == FunctionOperator.Subtract)
        {
            terms.NegateLast();
        }

        return true;
    }

    private void EvaluateAt<TPoints>(TPoints points, Span<double> destination)
        where TPoints : ISpectrumPoints, allows ref struct
    {
        var n = points.Count;
        var rented = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var scratch = rented.AsSpan(0, n);
            var target = destination[..n];
            if (Operator == FunctionOperator.Compose)
            {
                points.Evaluate(Right, scratch);
                Left.Evaluate(scratch, target);
                return;
            }

            points.Evaluate(Left, target);
            points.Evaluate(Right, scratch);
            switch (Operator)
            {
                case FunctionOperator.Add:
                    System.Numerics.Tensors.TensorPrimitives.Add(target, scratch, target);
                    break;
                case FunctionOperator.Subtract:
                    System.Numerics.Tensors.TensorPrimitives.Subtract(target, scratch, target);
                    break;
                case FunctionOperator.Multiply:
                    System.Numerics.Tensors.TensorPrimitives.Multiply(target, scratch, target);
                    break;
                default:
                    System.Numerics.Tensors.TensorPrimitives.Divide(target, scratch, target);
                    break;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>Sets units: sums pass both units to both operands; a product or quotient gives the right operand a
    /// dimensionless output; a composition feeds the inner output (in x units) to the outer function.</summary>
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        Left.SetUnits(xUnit, yUnit);
        switch (Operator)
        {
            case FunctionOperator.Add or FunctionOperator.Subtract:
                Right.SetUnits(xUnit, yUnit);
                break;
            case FunctionOperator.Compose:
                Right.SetUnits(xUnit, xUnit);
                break;
            default:
                Right.SetUnits(xUnit, Unit.Dimensionless);
                break;
        }
    }

    /// <summary>A deep copy of the whole expression tree with the same parameter states.</summary>
    public override Function1D Clone() => new CompositeFunction(Operator, Left.Clone(), Right.Clone());

    /// <inheritdoc />
    protected override Function1D CreateDefault() => Clone();

    /// <summary>Sums and differences of components with closed forms have a closed form; a photoelectric absorber times
    /// a continuum is integrated on the absorber's fixed rule around σ's edges when that meets its error bound.</summary>
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        if (Operator == FunctionOperator.Multiply && (Left.IntegratesProducts ? Left : Right.IntegratesProducts ? Right : null) is { } absorber)
        {
            return absorber.TryIntegrateProduct(ReferenceEquals(absorber, Left) ? Right : Left, a, b, energyPower, out value);
        }

        if (Operator is not (FunctionOperator.Add or FunctionOperator.Subtract))
        {
            return false;
        }

        if (!Left.TryIntegrateAnalyticInternal(a, b, energyPower, out var l) || !Right.TryIntegrateAnalyticInternal(a, b, energyPower, out var r))
        {
            return false;
        }

        value = Operator == FunctionOperator.Add ? l + r : l - r;
        return true;
    }

    private static IEnumerable<Parameter> CollectParameters(Function1D left, Function1D right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        foreach (var f in new[] { left, right })
        {
            if (f.Parent is not null)
            {
                throw new ArgumentException($"The function {f.Name} is already part of a composite function; use Clone() to reuse it.");
            }
        }

        var leaves = LeavesOf(left).Concat(LeavesOf(right)).ToList();
        if (leaves.Distinct(ReferenceEqualityComparer.Instance).Count() != leaves.Count)
        {
            throw new ArgumentException("The same function instance appears twice in a composite; use Clone() for the second occurrence.");
        }

        return leaves.SelectMany(l => l.Parameters);
    }

    private static IEnumerable<Function1D> LeavesOf(Function1D f) =>
        f is CompositeFunction c ? c.Leaves : [f];

    private static string Render(Function1D f, ref int index)
    {
        if (f is not CompositeFunction c)
        {
            index++;
            return $"{f.Name}{{{index}}}";
        }

        var left = Render(c.Left, ref index);
        var right = Render(c.Right, ref index);
        var symbol = c.Operator switch
        {
            FunctionOperator.Add => "+",
            FunctionOperator.Subtract => "-",
            FunctionOperator.Multiply => "*",
            FunctionOperator.Divide => "/",
            _ => "of",
        };
        return $"({left} {symbol} {right})";
    }
}
