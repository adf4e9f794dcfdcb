using Spectre.Console;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Tests;

public class ProgressPhasesTests
{
    private static (ProgressPhases Phases, List<ProgressTask> Bars) Recording()
    {
        var bars = new List<ProgressTask>();
        var phases = new ProgressPhases(label =>
        {
            var task = new ProgressTask(bars.Count, label, 1.0);
            bars.Add(task);
            return task;
        });
        return (phases, bars);
    }

    [Fact]
    public void Each_phase_gets_its_own_bar_and_beginning_one_completes_the_last()
    {
        var (phases, bars) = Recording();
        phases.Begin("Burn-in").Report(0.4);
        phases.Begin("Burn-in").Report(0.8);
        phases.Begin("Sampling").Report(0.1);
        Assert.Equal(["Burn-in", "Sampling"], bars.Select(b => b.Description));
        Assert.Equal(1.0, bars[0].Value);
        Assert.True(bars[0].IsFinished);
        Assert.Equal(0.1, bars[1].Value);
        phases.Complete();
        Assert.Equal(1.0, bars[1].Value);
    }

    [Fact]
    public void A_bar_never_goes_backwards_nor_past_its_end()
    {
        var (phases, bars) = Recording();
        var bar = phases.Begin("Nested sampling");
        bar.Report(0.6);
        bar.Report(0.3);
        bar.Report(double.NaN);
        Assert.Equal(0.6, bars[0].Value);
        bar.Report(7);
        Assert.Equal(1.0, bars[0].Value);
    }

    [Fact]
    public void A_finished_phase_ignores_late_reports()
    {
        var (phases, bars) = Recording();
        var first = phases.Begin("Global search");
        phases.Begin("Local fit");
        first.Report(0.2);
        Assert.Equal(1.0, bars[0].Value);
        Assert.Equal(0.0, bars[1].Value);
    }

    [Fact]
    public void Without_a_terminal_no_bar_is_made()
    {
        var output = new CommandOutput(new StringWriter(), json: false, terminal: false);
        var labels = ProgressRunner.RunPhases(output, phases =>
        {
            phases.Begin("Burn-in").Report(0.5);
            return phases == ProgressPhases.Quiet;
        });
        Assert.True(labels);
    }
}
