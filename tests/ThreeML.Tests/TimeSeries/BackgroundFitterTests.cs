using ThreeML.TimeSeries;

namespace ThreeML.Tests.TimeSeries;

public class BackgroundFitterTests
{
    private static readonly TimeInterval[] OffSource = [new(-100, -10), new(60, 300)];

    [Fact]
    public void Constant_rate_matches_the_closed_form_mle_and_its_variance()
    {
        var series = SimulatedSeries.Create(11, [[50.0]]);
        var model = BackgroundFitter.FitBinned(series, OffSource, polyOrder: 0);

        // Closed form for a constant rate: r̂ = N / E (N counts over live time E), Var r̂ = N / E².
        var bins = Enumerable.Range(0, series.BinCount).Where(i => (series.Starts[i] >= -100 && series.Stops[i] <= -10) || (series.Starts[i] >= 60 && series.Stops[i] <= 300)).ToArray();
        var n = bins.Sum(i => series.CountsOf(i)[0]);
        var e = bins.Sum(i => series.Exposures[i]);
        var poly = model.Polynomials[0];
        Assert.Equal(n / e, poly.Evaluate(0.0), 9);
        Assert.Equal(Math.Sqrt(n) / e * 10.0, poly.IntegralError(0, 10), 7);
        Assert.Equal(n / e * 10.0, poly.Integral(0, 10), 7);
    }

    [Theory]
    [InlineData(0, new[] { 400.0 })]
    [InlineData(1, new[] { 400.0, 0.8 })]
    [InlineData(2, new[] { 400.0, 0.8, 0.01 })]
    [InlineData(3, new[] { 400.0, 0.8, 0.01, 1e-4 })]
    public void Automatic_order_recovers_the_true_order_over_seeds(int trueOrder, double[] rate)
    {
        for (var seed = 1; seed <= 8; seed++)
        {
            var series = SimulatedSeries.Create(seed, [rate, rate.Select(a => a / 2).ToArray()]);
            var model = BackgroundFitter.FitBinned(series, OffSource, polyOrder: -1);
            Assert.True(model.OrderChosenAutomatically);
            Assert.Equal(trueOrder, model.Order);
        }
    }

    [Fact]
    public void Pulls_of_background_counts_in_the_source_interval_are_standard_normal_over_seeds()
    {
        double[] rate = [120.0, -0.3, 0.004];
        var pulls = new List<double>();
        for (var seed = 100; seed < 500; seed++)
        {
            var series = SimulatedSeries.Create(seed, [rate]);
            var model = BackgroundFitter.FitBinned(series, OffSource, polyOrder: 2);
            var (counts, errors) = model.Predict([0.0], [40.0], [0.95]);
            var truth = 0.95 * SimulatedSeries.TrueIntegral(rate, 0, 40);
            pulls.Add((counts[0] - truth) / errors[0]);
        }

        var mean = pulls.Average();
        var sd = Math.Sqrt(pulls.Sum(p => (p - mean) * (p - mean)) / (pulls.Count - 1));

        // 400 pulls: the mean's standard error is 0.05 and the sd's about 0.035; bounds are ~4σ.
        Assert.InRange(mean, -0.2, 0.2);
        Assert.InRange(sd, 0.86, 1.14);
    }

    [Fact]
    public void Choose_order_keeps_the_last_step_gaining_at_least_nine()
    {
        Assert.Equal(0, BackgroundFitter.ChooseOrder([100.0, 97.0, 96.0]));
        Assert.Equal(1, BackgroundFitter.ChooseOrder([100.0, 95.5, 95.0]));
        Assert.Equal(3, BackgroundFitter.ChooseOrder([100.0, 99.0, 98.0, 90.0, 89.0]));
    }

    [Fact]
    public void Saved_background_restores_the_same_predictions()
    {
        var series = SimulatedSeries.Create(5, [[200.0, 0.5, 0.002], [80.0, -0.1]]);
        var model = BackgroundFitter.FitBinned(series, OffSource, polyOrder: -1);
        var path = Path.Combine(Path.GetTempPath(), $"bkg_{Guid.NewGuid():N}.fits");
        try
        {
            model.Save(path);
            Assert.Throws<IOException>(() => model.Save(path));
            var restored = BackgroundModel.Restore(path);
            Assert.Equal(model.Order, restored.Order);
            Assert.Equal(model.Intervals, restored.Intervals);
            var a = model.Predict([0.0, 5.0], [5.0, 12.0], [0.9, 1.0]);
            var b = restored.Predict([0.0, 5.0], [5.0, 12.0], [0.9, 1.0]);
            Assert.Equal(a.Counts, b.Counts);
            Assert.Equal(a.Errors, b.Errors);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Too_few_background_bins_is_an_error_naming_the_intervals()
    {
        var series = SimulatedSeries.Create(1, [[10.0]]);
        var e = Assert.Throws<ArgumentException>(() => BackgroundFitter.FitBinned(series, [new TimeInterval(500, 600)]));
        Assert.Contains("500-600", e.Message);
        Assert.Contains("expected at least 2", e.Message);
    }
}
