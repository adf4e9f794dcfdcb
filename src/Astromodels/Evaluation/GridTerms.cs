using System.Runtime.CompilerServices;

namespace Astromodels;

/// <summary>A spectrum on an <see cref="EnergyGrid"/> as a short sum c₀·s₀ + c₁·s₁ + … of coefficients and shapes held
/// by the caller's <see cref="ShapeCache"/>, summed left to right: what a source of memoised shapes (a blackbody, a
/// power law, their sums) is, gathered so that one pass over the grid writes the whole spectrum
/// (<see cref="LinearCombination.Write"/>) instead of one pass per multiplication and per sum.</summary>
/// <remarks>
/// <para>The terms are kept in the order in which the unfused evaluation combines the products (a left-nested sum:
/// ((c₀s₀ + c₁s₁) + c₂s₂)), and a difference enters as the term −c·s (negation is exact, and t + (−p) is t − p): the
/// fused pass gives the unfused values bit for bit. A sum whose right operand is itself a sum is not left-nested and is
/// not gathered (<see cref="Function1D.TryAddGridTerms"/> answers false and the caller evaluates the usual way).</para>
/// <para>At most <see cref="Capacity"/> terms (<see cref="ShapeCache.MaxShapesInUse"/>), so fetching the later shapes
/// never replaces an earlier one in the cache.</para>
/// </remarks>
internal struct GridTerms
{
    /// <summary>The most terms one spectrum may gather.</summary>
    public const int Capacity = ShapeCache.MaxShapesInUse;

    private Coefficients _coefficients;
    private Shapes _shapes;

    /// <summary>The number of terms gathered.</summary>
    public int Count { get; private set; }

    /// <summary>Appends c·s; false (nothing appended) when the terms are full.</summary>
    /// <param name="coefficient">c.</param>
    /// <param name="shape">s, at every energy of the grid (a cache entry, not copied).</param>
    public bool TryAdd(double coefficient, double[] shape)
    {
        if (Count == Capacity)
        {
            return false;
        }

        _coefficients[Count] = coefficient;
        _shapes[Count] = shape;
        Count++;
        return true;
    }

    /// <summary>Negates the last term's coefficient (a difference: t − c·s is t + (−c)·s exactly).</summary>
    public void NegateLast() => _coefficients[Count - 1] = -_coefficients[Count - 1];

    /// <summary>The coefficient of term <paramref name="i"/>.</summary>
    public readonly double Coefficient(int i) => _coefficients[i];

    /// <summary>The shape of term <paramref name="i"/>.</summary>
    public readonly double[] Shape(int i) => _shapes[i];

    [InlineArray(Capacity)]
    private struct Coefficients
    {
        private double _element;
    }

    [InlineArray(Capacity)]
    private struct Shapes
    {
        private double[] _element;
    }
}
