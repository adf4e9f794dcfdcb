namespace Astromodels;

/// <summary>The transformation between a parameter's external (physical) value and the internal value a minimizer sees.</summary>
/// <remarks>astromodels knows only one transformation, <c>LogarithmicTransformation</c> (internal = log10(external)).
/// Samplers never see transformations: priors are always evaluated on the external value.</remarks>
public enum ParameterTransformation
{
    /// <summary>Internal value equals the external value.</summary>
    None = 0,

    /// <summary>Internal value is log10 of the external value (astromodels' <c>LogarithmicTransformation</c>).</summary>
    Log10 = 1,
}
