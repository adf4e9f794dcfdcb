namespace Astromodels;

/// <summary>The transformation between a parameter's physical value and the scaled value a minimizer sees.</summary>
/// <remarks>astromodels knows only one transformation, <c>LogarithmicTransformation</c> (scaled = log10(physical); its
/// "internal" value). Samplers never see transformations: priors are always evaluated on the physical value.</remarks>
public enum ParameterTransformation
{
    /// <summary>The scaled value equals the physical value.</summary>
    None = 0,

    /// <summary>The scaled value is log10 of the physical value (astromodels' <c>LogarithmicTransformation</c>).</summary>
    Log10 = 1,
}
