using System.Diagnostics;
using System.Runtime.Versioning;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests.Native;

/// <summary>The native pre-start of the shipped tool (src/ThreeML.Cli/Native/prestart.c, design record 0028), compiled
/// as its test program: the level chosen from CPUID and XCR0 words of real and emulated CPUs, the siblings tried and the
/// cap.</summary>
[SupportedOSPlatform("linux")]
public sealed class PrestartTests : IClassFixture<PrestartTests.SelfTest>
{
    // CPUID.1:ECX, CPUID.7.0:EBX, CPUID.80000001h:ECX and XCR0 as read on real and emulated CPUs.
    private const string Zen4 = "fffa3203 f1bf07ab 004003f3 e7";           // the development machine (AMD EPYC, Zen 4, KVM)
    private const string QemuHaswell = "fed83203 000003a9 00000021 7";     // qemu-x86_64 7.2 -cpu Haswell
    private const string QemuNehalem = "80982201 00000000 00000001 0";     // qemu-x86_64 7.2 -cpu Nehalem
    private const string QemuSkylakeServer = "fed83203 019803a9 00000021 207"; // -cpu Skylake-Server: TCG has no AVX-512

    private readonly SelfTest _program;

    public PrestartTests(SelfTest program) => _program = program;

    [RequiresCCompilerFact]
    public void Real_and_emulated_cpus_get_their_level()
    {
        Assert.Contains("level 4", _program.Run(Zen4));
        Assert.Contains("level 3", _program.Run(QemuHaswell));
        Assert.Contains("level 1", _program.Run(QemuNehalem));
        Assert.Contains("level 3", _program.Run(QemuSkylakeServer));
    }

    [RequiresCCompilerFact]
    public void Avx512_needs_all_five_subsets_and_the_kernel_saving_the_registers()
    {
        // Zen 4 without AVX-512 BW, DQ and VL (what a Knights Landing Xeon Phi has): v3.
        Assert.Contains("level 3", _program.Run("fffa3203 31bd07ab 004003f3 e7"));
        // Zen 4 under a kernel that saves no opmask or ZMM state (XCR0 = x87, SSE, AVX): v3.
        Assert.Contains("level 3", _program.Run("fffa3203 f1bf07ab 004003f3 7"));
        // Nor AVX state (XCR0 = x87, SSE): the baseline.
        Assert.Contains("level 1", _program.Run("fffa3203 f1bf07ab 004003f3 3"));
        // XSAVE not enabled by the OS (no OSXSAVE; XGETBV would fault, so the word reads 0): the baseline.
        Assert.Contains("level 1", _program.Run("f7fa3203 f1bf07ab 004003f3 0"));
        // Without LZCNT: the baseline.
        Assert.Contains("level 1", _program.Run("fffa3203 f1bf07ab 004003d3 e7"));
    }

    [RequiresCCompilerFact]
    public void Siblings_are_tried_widest_first_within_the_cpu_level()
    {
        using var folder = Folder("ThreeML.Cli.x86-64-v4", "ThreeML.Cli.x86-64-v3");
        var self = folder.File("ThreeML.Cli");
        var zen4 = _program.Run(Zen4, self, "--help");
        Assert.Equal([$"try {self}.x86-64-v4 as {self}.x86-64-v4", $"try {self}.x86-64-v3 as {self}.x86-64-v3"], Tries(zen4));
        // Neither sibling ran (the test program's exec only prints): the baseline binary keeps its own argv[0].
        Assert.Contains($"argv0 {self}\n", zen4);
        Assert.Equal([$"try {self}.x86-64-v3 as {self}.x86-64-v3"], Tries(_program.Run(QemuHaswell, self, "--help")));
        Assert.Empty(Tries(_program.Run(QemuNehalem, self, "--help")));
    }

    [RequiresCCompilerFact]
    public void Missing_and_non_executable_siblings_are_skipped()
    {
        using var folder = Folder("ThreeML.Cli.x86-64-v3");
        var self = folder.File("ThreeML.Cli");
        Assert.Equal([$"try {self}.x86-64-v3 as {self}.x86-64-v3"], Tries(_program.Run(Zen4, self)));
        File.WriteAllText(self + ".x86-64-v4", "");
        File.SetUnixFileMode(self + ".x86-64-v3", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Empty(Tries(_program.Run(Zen4, self)));
    }

    [RequiresCCompilerFact]
    public void The_cap_variable_limits_the_level_and_a_bad_cap_stays_on_the_baseline()
    {
        using var folder = Folder("ThreeML.Cli.x86-64-v4", "ThreeML.Cli.x86-64-v3");
        var self = folder.File("ThreeML.Cli");
        Assert.Equal([$"try {self}.x86-64-v3 as {self}.x86-64-v3"], Tries(_program.Run(Zen4, self, cap: "x86-64-v3")));
        Assert.Empty(Tries(_program.Run(Zen4, self, cap: "x86-64")));
        Assert.Empty(Tries(_program.Run(QemuHaswell, self, cap: "x86-64-v2")));
        var bad = _program.Run(Zen4, self, cap: "avx512");
        Assert.Contains("cap 0", bad);
        Assert.Empty(Tries(bad));
    }

    [RequiresCCompilerFact]
    public void This_cpu_gets_the_level_of_the_flags_the_kernel_lists()
    {
        // The kernel's /proc/cpuinfo flags (it drops the AVX flags where it does not save the registers) as the oracle,
        // with the x86-64 psABI's list of each level.
        var flags = File.ReadLines("/proc/cpuinfo").First(l => l.StartsWith("flags", StringComparison.Ordinal))
            .Split(':')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        string[] v3 = ["avx", "avx2", "bmi1", "bmi2", "fma", "abm", "movbe", "f16c"];
        string[] v4 = [.. v3, "avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"];
        var expected = v4.All(flags.Contains) ? 4 : v3.All(flags.Contains) ? 3 : 1;
        Assert.Contains($"level {expected}", _program.RunHost());
    }

    [RequiresCCompilerFact(qemu: true)]
    public void Emulated_cpus_read_their_own_level()
    {
        Assert.Contains("level 1", _program.RunHost("Nehalem"));
        Assert.Contains("level 3", _program.RunHost("Haswell"));
    }

    private static TempFolder Folder(params string[] executables)
    {
        var folder = new TempFolder();
        foreach (var name in executables)
        {
            File.WriteAllText(folder.File(name), "");
            File.SetUnixFileMode(folder.File(name), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }

    private static string[] Tries(string output) =>
        [.. output.Split('\n').Where(l => l.StartsWith("try ", StringComparison.Ordinal))];

    /// <summary>prestart.c compiled once for the class as its test program (THREEML_PRESTART_SELFTEST).</summary>
    public sealed class SelfTest : IDisposable
    {
        private readonly TempFolder _folder = new();
        private string? _program;

        /// <summary>Runs the test program on feature words ("ECX1 EBX7 ECX81 XCR0") for the tool at <paramref name="self"/>.</summary>
        public string Run(string words, string self = "/x/ThreeML.Cli", params string[] args) =>
            Run(words, self, args, cap: null);

        /// <summary>Runs the test program with a cap in its environment.</summary>
        public string Run(string words, string self, string[]? args = null, string? cap = null) =>
            Execute(null, [.. words.Split(' '), self, .. args ?? []], cap);

        /// <summary>Runs the test program on this CPU's own words, or under qemu-x86_64 -cpu <paramref name="model"/>.</summary>
        public string RunHost(string? model = null) => Execute(model, ["host", "/x/ThreeML.Cli"], null);

        private string Execute(string? model, string[] args, string? cap)
        {
            var program = Program();
            var start = new ProcessStartInfo(model is null ? program : "qemu-x86_64")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (model is not null)
            {
                start.ArgumentList.Add("-cpu");
                start.ArgumentList.Add(model);
                start.ArgumentList.Add(program);
            }

            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            start.Environment.Remove("THREEML_INSTRUCTION_SET");
            if (cap is not null)
            {
                start.Environment["THREEML_INSTRUCTION_SET"] = cap;
            }

            using var p = Process.Start(start)!;
            var output = p.StandardOutput.ReadToEnd();
            var errors = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, $"prestart test program exited with {p.ExitCode}: {errors}");
            return output;
        }

        private string Program()
        {
            if (_program is not null)
            {
                return _program;
            }

            var source = Path.Combine(SharedData.RepositoryRoot ?? throw new InvalidOperationException("no repository root"),
                "src", "ThreeML.Cli", "Native", "prestart.c");
            var output = _folder.File("prestart-selftest");
            var start = new ProcessStartInfo("cc") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-O2", "-std=c11", "-Wall", "-Wextra", "-Werror", "-DTHREEML_PRESTART_SELFTEST", source, "-o", output })
            {
                start.ArgumentList.Add(a);
            }

            using var cc = Process.Start(start)!;
            var errors = cc.StandardError.ReadToEnd();
            cc.StandardOutput.ReadToEnd();
            cc.WaitForExit();
            Assert.True(cc.ExitCode == 0, $"cc could not compile {source}: {errors}");
            return _program = output;
        }

        /// <summary>Deletes the compiled program.</summary>
        public void Dispose() => _folder.Dispose();
    }
}
