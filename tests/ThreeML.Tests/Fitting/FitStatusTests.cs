using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

public sealed class FitStatusTests
{
    public static TheoryData<string> Flags() =>
    [
        FitStatus.NonFiniteFlag, FitStatus.CallLimitFlag, FitStatus.EdmAboveGoalFlag, FitStatus.SaddlePointFlag, FitStatus.DegenerateFlag,
        FitStatus.MadePositiveDefiniteFlag, FitStatus.NotPositiveDefiniteFlag, FitStatus.TooFewDataPointsFlag,
    ];

    [Theory]
    [MemberData(nameof(Flags))]
    public void Every_problem_flag_makes_a_fit_invalid_and_round_trips_by_name(string flag)
    {
        var status = FitStatus.FromFlags([flag], null, [], 1e-6);
        Assert.False(status.IsValid);
        Assert.Equal([flag], status.Flags);
        Assert.StartsWith("Fit is NOT valid.", status.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_inaccurate_covariance_or_a_parameter_at_a_bound_is_a_caveat_not_a_failure()
    {
        var status = FitStatus.FromFlags([FitStatus.InaccurateCovarianceFlag, "A_FLAG_FROM_A_NEWER_VERSION"], null, ["src.K"], 1e-6);
        Assert.True(status.IsValid);
        Assert.False(status.HasAccurateCovariance);
        Assert.Equal([FitStatus.InaccurateCovarianceFlag], status.Flags);
        Assert.Contains("  note at a bound (errors unreliable; widen the bound or fix the parameter): src.K", status.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_has_one_line_per_condition()
    {
        var status = new FitStatus { TooFewDataPoints = true, Edm = 2e-5, EdmGoal = 1e-4 };
        Assert.Equal(
            "Fit is NOT valid.\n" +
            "  ok   objective finite at the minimum\n" +
            "  ok   within the call limit\n" +
            "  ok   EDM 2E-05 below its goal\n" +
            "  ok   a minimum, not a saddle point\n" +
            "  ok   no flat direction\n" +
            "  ok   Hessian positive definite as computed\n" +
            "  ok   covariance positive definite\n" +
            "  ok   covariance from a full Hessian\n" +
            "  FAIL no more bins than free parameters: the data do not constrain the model\n" +
            "  ok   no parameter at a bound\n",
            status.ToString());
    }
}
