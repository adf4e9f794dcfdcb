using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Tests.Infrastructure;

/// <summary>The managed check of the cap on the shipped tool's choice of binary (the choice itself is native code:
/// Native/PrestartTests).</summary>
public sealed class InstructionSetDispatchTests
{
    [Fact]
    public void Every_level_name_and_no_value_are_accepted()
    {
        foreach (var cap in new[] { null, "", "x86-64", "x86-64-v1", "x86-64-v2", "x86-64-v3", "x86-64-v4" })
        {
            InstructionSetDispatch.CheckCap(cap);
        }
    }

    [Fact]
    public void A_cap_that_names_no_level_is_a_usage_error()
    {
        var e = Assert.Throws<CliException>(() => InstructionSetDispatch.CheckCap("avx512"));
        Assert.Equal("THREEML_INSTRUCTION_SET='avx512' is not a level: use x86-64, x86-64-v3 or x86-64-v4.", e.Message);
    }

    [Fact]
    public void A_job_script_names_the_baseline_binary_beside_the_sibling_this_process_runs_as()
    {
        using var temp = new Support.TempFolder();
        File.WriteAllText(temp.File("ThreeML.Cli"), "");
        File.WriteAllText(temp.File("ThreeML.Cli.x86-64-v4"), "");
        File.WriteAllText(temp.File("Lone.x86-64-v3"), "");

        Assert.Equal(temp.File("ThreeML.Cli"), InstructionSetDispatch.Launcher(temp.File("ThreeML.Cli.x86-64-v4")));
        Assert.Equal(temp.File("ThreeML.Cli"), InstructionSetDispatch.Launcher(temp.File("ThreeML.Cli")));
        // Without its baseline binary a sibling stays as it is, and other programs are not touched.
        Assert.Equal(temp.File("Lone.x86-64-v3"), InstructionSetDispatch.Launcher(temp.File("Lone.x86-64-v3")));
        Assert.Equal("/usr/bin/dotnet", InstructionSetDispatch.Launcher("/usr/bin/dotnet"));
    }
}
