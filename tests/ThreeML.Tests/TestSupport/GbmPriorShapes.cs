using Astromodels;
using Astromodels.Functions;
using Astromodels.Priors;

namespace ThreeML.Tests.TestSupport;

/// <summary>The spectral shapes with priors that the GBM sampler batteries and the sampler benchmark share.</summary>
public static class GbmPriorShapes
{
    /// <summary>Band (log-uniform K in [1e-4, 10] 1/(cm² keV s) and xp in [10, 10⁴] keV, uniform α in [−1.5, 1] and β in
    /// [−5, −1.6]) or Cutoff_powerlaw at a 100 keV pivot (log-uniform K and xc over the same ranges, uniform index in [−2, 1]).</summary>
    public static Function1D Shape(bool band)
    {
        if (band)
        {
            var b = new Band();
            b.K.Prior = new LogUniformPrior(1e-4, 10);
            b.Alpha.Prior = new UniformPrior(-1.5, 1);
            b.Xp.Prior = new LogUniformPrior(10, 1e4);
            b.Beta.Prior = new UniformPrior(-5, -1.6);
            return b;
        }

        var c = new CutoffPowerlaw(piv: 100);
        c.K.Prior = new LogUniformPrior(1e-4, 10);
        c.Index.Prior = new UniformPrior(-2, 1);
        c.Xc.Prior = new LogUniformPrior(10, 1e4);
        return c;
    }
}
