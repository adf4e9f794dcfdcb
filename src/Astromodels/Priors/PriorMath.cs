namespace Astromodels.Priors;

/// <summary>Small numerical helpers shared by the priors.</summary>
internal static class PriorMath
{
    /// <summary>c ln y, taken as 0 when c = 0 so that a flat factor y⁰ stays 1 at y = 0 instead of giving 0 × −∞.</summary>
    internal static double XLogY(double c, double y) => c == 0 ? 0 : c * Math.Log(y);
}
