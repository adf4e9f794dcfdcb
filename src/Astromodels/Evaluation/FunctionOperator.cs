namespace Astromodels;

/// <summary>How a <see cref="CompositeFunction"/> combines its two operands.</summary>
public enum FunctionOperator
{
    /// <summary>left(x) + right(x).</summary>
    Add,

    /// <summary>left(x) − right(x).</summary>
    Subtract,

    /// <summary>left(x) · right(x).</summary>
    Multiply,

    /// <summary>left(x) / right(x).</summary>
    Divide,

    /// <summary>left(right(x)).</summary>
    Compose,
}
