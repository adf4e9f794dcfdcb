using ThreeML.Results;

namespace ThreeML.Tests.Results;

public sealed class InformationCriteriaTests
{
    [Fact]
    public void Maximum_likelihood_criteria_follow_the_corrected_AIC_and_BIC()
    {
        // ln L = −350.625, k = 2, n = 240 by hand: AIC = 701.25 + 4 + 12/237; BIC = 701.25 + 2 ln 240
        // (ln 240 = 5.480638923341991 from python3 math.log(240)).
        var c = InformationCriteria.ForMaximumLikelihood(-350.625, 2, 240);
        Assert.Equal(705.25 + (12.0 / 237), c.Aic, 12);
        Assert.Equal(701.25 + (2 * 5.480638923341991), c.Bic, 12);
        Assert.Null(c.Dic);
        Assert.Null(c.LnZ);
        Assert.Equal(["AIC", "BIC"], c.Labelled.Select(m => m.Key));
        Assert.True(double.IsNaN(InformationCriteria.ComputeAic(-1, 3, 4)));
    }

    [Fact]
    public void The_evidence_is_kept_as_ln_Z_with_log10_Z_beside_it_in_3ML_order()
    {
        var c = new InformationCriteria { Aic = 1, Bic = 2, Dic = 3, EffectiveParameters = 4, LnZ = -2.302585092994046 };
        Assert.Equal(-1.0, c.Log10Z!.Value, 15);
        Assert.Equal(["AIC", "BIC", "DIC", "PDIC", "ln(Z)", "log10(Z)"], c.Labelled.Select(m => m.Key));
        var exact = c with { Log10Z = -1.0 };
        Assert.Equal(-1.0, exact.Labelled[^1].Value);
    }
}
