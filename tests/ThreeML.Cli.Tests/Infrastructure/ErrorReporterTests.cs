using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Tests.Infrastructure;

/// <summary>Failures gathered from several threads are reported one by one, each as itself.</summary>
public sealed class ErrorReporterTests
{
    [Fact]
    public void An_aggregate_of_one_failure_reads_as_that_failure()
    {
        var error = new StringWriter();
        var aggregate = new AggregateException(new AggregateException(new InvalidDataException("task 000001: the record cannot be read.")));
        Assert.Equal(ExitCodes.UsageError, ErrorReporter.Report(aggregate, error, verbose: false));
        Assert.Equal("threeml: task 000001: the record cannot be read.", error.ToString().TrimEnd());
        Assert.Equal(ExitCodes.UsageError, ErrorReporter.ExitCodeOf(aggregate));
    }

    [Fact]
    public void An_aggregate_of_several_failures_gives_each_its_line_and_the_first_one_s_exit_code()
    {
        var error = new StringWriter();
        var aggregate = new AggregateException(new InvalidOperationException("the disk is full."), new FileNotFoundException("no such file: 'a.pha'."));
        Assert.Equal(ExitCodes.AnalysisFailure, ErrorReporter.Report(aggregate, error, verbose: false));
        Assert.Equal(["threeml: the disk is full.", "threeml: no such file: 'a.pha'."], error.ToString().TrimEnd().Split(Environment.NewLine));
    }
}
