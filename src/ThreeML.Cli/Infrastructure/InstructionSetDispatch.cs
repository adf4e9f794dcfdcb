using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace ThreeML.Cli.Infrastructure;

/// <summary>Start-up choice of the natively compiled <c>threeml</c> for the CPU: the shipped folder holds one binary per
/// x86-64 level, and the baseline one (the command) replaces itself with the widest one this CPU runs.</summary>
/// <remarks>NativeAOT fixes the instruction set of a whole binary when it is compiled: <c>Vector512.IsHardwareAccelerated</c>
/// and <c>Avx2.IsSupported</c> are constants there, and a binary compiled for x86-64-v4 refuses to start on a CPU without
/// AVX-512. So the tool ships <c>ThreeML.Cli</c> (baseline x86-64, runs everywhere) with <c>ThreeML.Cli.x86-64-v3</c>
/// (AVX2, FMA) and <c>ThreeML.Cli.x86-64-v4</c> (AVX-512) beside it, and the baseline binary <c>execv</c>s the widest
/// companion whose instruction sets the kernel lists for this CPU in <c>/proc/cpuinfo</c> (the kernel drops the AVX
/// flags when it does not save the wider registers, so the list is what programs may use). Same process, arguments,
/// standard streams and exit code; about a millisecond. Design record 0022.</remarks>
internal static class InstructionSetDispatch
{
    /// <summary>Environment variable that caps the level chosen ("x86-64", "x86-64-v3" or "x86-64-v4"): for tests and for
    /// comparing the binaries on one machine.</summary>
    public const string CapVariable = "THREEML_INSTRUCTION_SET";

    /// <summary>The companion binaries, widest first: the level's name (the file name's suffix) and the
    /// <c>/proc/cpuinfo</c> flags its compiled code may use (the x86-64 psABI levels).</summary>
    internal static readonly (int Level, string Name, string[] Flags)[] Levels =
    [
        (4, "x86-64-v4", ["avx", "avx2", "bmi1", "bmi2", "fma", "abm", "movbe", "f16c", "avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"]),
        (3, "x86-64-v3", ["avx", "avx2", "bmi1", "bmi2", "fma", "abm", "movbe", "f16c"]),
    ];

    /// <summary>Replaces this process with the widest companion binary the CPU runs, when this is the natively compiled
    /// baseline binary and such a companion lies beside it; returns (doing nothing) otherwise.</summary>
    public static void ExecWidest(string[] args)
    {
        // The JIT build compiles for the CPU it runs on, and a binary compiled for a wider level has nothing to gain.
        if (RuntimeFeature.IsDynamicCodeSupported || OwnLevel >= 3 || !OperatingSystem.IsLinux())
        {
            return;
        }

        var self = Environment.ProcessPath;
        if (string.IsNullOrEmpty(self))
        {
            return;
        }

        var flags = CpuFlags();
        var cap = Environment.GetEnvironmentVariable(CapVariable);
        foreach (var path in Candidates(self, flags, cap, File.Exists))
        {
            Exec(path, args);
        }
    }

    /// <summary>The level this binary was compiled for: NativeAOT folds these checks to constants.</summary>
    private static int OwnLevel => Avx512F.IsSupported ? 4 : Avx2.IsSupported ? 3 : 1;

    /// <summary>The companion binaries worth trying, widest first: present beside <paramref name="self"/>, every flag of
    /// their level in <paramref name="flags"/>, and not above the level named by <paramref name="cap"/>.</summary>
    internal static IEnumerable<string> Candidates(string self, IReadOnlySet<string> flags, string? cap, Func<string, bool> exists)
    {
        var highest = cap switch
        {
            null or "" => 4,
            "x86-64-v4" => 4,
            "x86-64-v3" => 3,
            "x86-64" or "x86-64-v2" or "x86-64-v1" => 1,
            _ => throw new CliException($"{CapVariable}='{cap}' is not a level: use x86-64, x86-64-v3 or x86-64-v4."),
        };
        var folder = Path.GetDirectoryName(self) ?? ".";
        var stem = Path.GetFileName(self);
        foreach (var (level, name, required) in Levels)
        {
            var path = Path.Combine(folder, stem + "." + name);
            if (level <= highest && required.All(flags.Contains) && exists(path))
            {
                yield return path;
            }
        }
    }

    /// <summary>The flags of the first processor in <c>/proc/cpuinfo</c> (every core of an x86-64 machine has the same).</summary>
    internal static IReadOnlySet<string> CpuFlags(string cpuinfo = "/proc/cpuinfo")
    {
        try
        {
            foreach (var line in File.ReadLines(cpuinfo))
            {
                if (line.StartsWith("flags", StringComparison.Ordinal) && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
                {
                    return line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No /proc (a container without it): the baseline binary runs everywhere.
        }

        return new HashSet<string>();
    }

    // execv returns only when it failed (a companion that is not executable, say): the caller then tries the next
    // level, and finally runs on in this baseline binary.
    private static void Exec(string path, string[] args)
    {
        var argv = new nint[args.Length + 2];
        try
        {
            argv[0] = Marshal.StringToCoTaskMemUTF8(path);
            for (var i = 0; i < args.Length; i++)
            {
                argv[i + 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
            }

            _ = ExecV(argv[0], argv);
        }
        finally
        {
            foreach (var p in argv)
            {
                Marshal.FreeCoTaskMem(p);
            }
        }
    }

    // DllImport rather than LibraryImport, whose generated stub needs unsafe code: nint and nint[] are blittable, so
    // NativeAOT calls execv directly with the array pinned.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "execv")]
    private static extern int ExecV(nint path, [In] nint[] argv);
#pragma warning restore SYSLIB1054
}
