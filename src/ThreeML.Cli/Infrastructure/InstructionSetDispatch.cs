using System.Runtime.CompilerServices;

namespace ThreeML.Cli.Infrastructure;

/// <summary>The managed side of the natively compiled <c>threeml</c>'s choice of binary for the CPU: the check of the
/// variable that caps it.</summary>
/// <remarks>NativeAOT fixes the instruction set of a whole binary when it is compiled, so the tool ships
/// <c>ThreeML.Cli</c> (baseline x86-64) with <c>ThreeML.Cli.x86-64-v3</c> (AVX2, FMA) and <c>ThreeML.Cli.x86-64-v4</c>
/// (AVX-512) beside it (design record 0022). The baseline binary hands over to the widest one the CPU runs before the
/// .NET runtime starts, in <c>Native/prestart.c</c> (design record 0028), which cannot report errors: a cap that names no
/// level makes it stay on the baseline binary, and <see cref="CheckCap()"/> reports the value here.</remarks>
internal static class InstructionSetDispatch
{
    /// <summary>Environment variable that caps the level chosen ("x86-64", "x86-64-v3" or "x86-64-v4"): for tests and for
    /// comparing the binaries on one machine.</summary>
    public const string CapVariable = "THREEML_INSTRUCTION_SET";

    /// <summary>The file-name endings of the instruction-set siblings of the baseline binary, widest first.</summary>
    public static readonly IReadOnlyList<string> SiblingSuffixes = [".x86-64-v4", ".x86-64-v3"];

    /// <summary>The command that picks the binary for the CPU it runs on: for a sibling the pre-start handed over to
    /// (<paramref name="processPath"/> ends in <see cref="SiblingSuffixes"/>), the baseline binary beside it; any other
    /// path as it is.</summary>
    /// <remarks>A job script must name the baseline binary: a cluster's nodes need not have the login node's CPU, and an
    /// AVX-512 binary does not start where there is none.</remarks>
    public static string Launcher(string processPath)
    {
        foreach (var suffix in SiblingSuffixes)
        {
            if (processPath.EndsWith(suffix, StringComparison.Ordinal) && File.Exists(processPath[..^suffix.Length]))
            {
                return processPath[..^suffix.Length];
            }
        }

        return processPath;
    }

    /// <summary>Throws a usage error when the natively compiled tool runs with a cap that names no level; does nothing in
    /// the JIT build, which compiles for the CPU it runs on and ignores the cap.</summary>
    public static void CheckCap()
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            CheckCap(Environment.GetEnvironmentVariable(CapVariable));
        }
    }

    /// <summary>Throws a usage error when <paramref name="cap"/> is set and names no level the pre-start knows.</summary>
    internal static void CheckCap(string? cap)
    {
        if (cap is not (null or "" or "x86-64-v4" or "x86-64-v3" or "x86-64" or "x86-64-v2" or "x86-64-v1"))
        {
            throw new CliException($"{CapVariable}='{cap}' is not a level: use x86-64, x86-64-v3 or x86-64-v4.");
        }
    }
}
