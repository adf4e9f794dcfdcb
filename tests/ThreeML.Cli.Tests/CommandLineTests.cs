using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void Unknown_subcommand_suggests_the_closest()
    {
        var run = Threeml.Run("fti", "x.yml");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("threeml: unknown command 'fti' (did you mean 'fit'?).", run.Stderr.Trim());
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [InlineData(new[] { "fitt", "--help" }, "threeml: unknown command 'fitt' (did you mean 'fit'?).")]
    [InlineData(new[] { "nosuchcommand", "run", "--help" }, "threeml: unknown command 'nosuchcommand'; run 'threeml --help'.")]
    [InlineData(new[] { "tutorial", "flux-exampels", "--help" }, "threeml: unknown command 'flux-exampels' (did you mean 'flux-examples'?).")]
    public void Unknown_command_with_help_is_an_error_not_the_root_help(string[] args, string message)
    {
        var run = Threeml.Run(args);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal(message, run.Stderr.Trim());
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_described_in_words_and_the_hint_names_the_nested_command()
    {
        var run = Threeml.Run("tutorial", "flux-examples", "--seed", "1.5");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("threeml: cannot parse argument '1.5' for option '--seed' as a whole number (run 'threeml tutorial flux-examples --help').", run.Stderr.Trim());
        Assert.DoesNotContain("System.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_suggests_the_closest_even_where_an_argument_could_swallow_it()
    {
        var run = Threeml.Run("info", "--jsn", "file.fits");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Equal("threeml: unknown option '--jsn' (did you mean '--json'?).", run.Stderr.Trim());
    }

    [Fact]
    public void Unknown_option_of_a_subcommand_suggests_its_own_options()
    {
        var run = Threeml.Run("flux", "r.fits", "--emn", "1keV");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("'--emin'", run.Stderr);
    }

    [Fact]
    public void No_command_lists_the_commands()
    {
        var run = Threeml.Run();
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("threeml: a command is required: fit, flux, info, simulate", run.Stderr);
    }

    [Fact]
    public void Help_goes_to_stdout_and_succeeds()
    {
        var run = Threeml.Run("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("simulate", run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Help_names_the_tool_threeml()
    {
        var run = Threeml.Run("fit", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("threeml fit <analysis> [options]", run.Stdout);
    }

    [Fact]
    public void Missing_argument_names_the_command()
    {
        var run = Threeml.Run("info");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("(run 'threeml info --help')", run.Stderr);
    }

    [Fact]
    public void Missing_required_option_is_one_line_with_exit_code_2()
    {
        var run = Threeml.Run("simulate", "--response", "x.rsp", "--out", "a");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains("--model", run.Stderr);
    }

    [Fact]
    public void Every_command_is_registered_once_in_the_catalog()
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, false, GlobalOptions.CreateJson(), GlobalOptions.CreateVerbose());
        var names = CommandCatalog.Factories.Select(f => f(context).Name).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal(["fit", "flux", "info", "simulate", "lightcurve", "tutorial", "batch"], names);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace_only_when_asked()
    {
        var quiet = Threeml.Run("info", "/nonexistent/file.fits");
        var verbose = Threeml.Run("info", "/nonexistent/file.fits", "--verbose");
        Assert.Single(quiet.Stderr.Trim().Split('\n'));
        Assert.Contains(" at ", verbose.Stderr);
    }

    [Theory]
    [InlineData("fit", "fti", true)]
    [InlineData("ultranest", "ultranst", true)]
    [InlineData("simulate", "xyz", false)]
    public void Suggestions_tolerate_typos_not_unrelated_words(string known, string typed, bool suggested) =>
        Assert.Equal(suggested, Suggestions.Closest(typed, [known, "info"]).Contains(known));
}
