namespace ThreeML.TableModels;

/// <summary>How a table-model parameter is interpolated between grid values (OGIP/92-009 PARAMETERS column METHOD).</summary>
public enum TableInterpolation
{
    /// <summary>METHOD = 0: linear in the parameter value.</summary>
    Linear = 0,

    /// <summary>METHOD = 1: linear in the logarithm of the parameter value (grid values must be positive).</summary>
    Logarithmic = 1,
}
