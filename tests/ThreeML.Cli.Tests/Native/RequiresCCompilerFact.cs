namespace ThreeML.Cli.Tests.Native;

/// <summary>A fact that runs only where a C compiler (<c>cc</c>) is on the path, as NativeAOT's link needs one, and with
/// <c>qemu: true</c> only where <c>qemu-x86_64</c> is too; elsewhere it is skipped with the reason.</summary>
internal sealed class RequiresCCompilerFact : FactAttribute
{
    /// <summary>Skips the fact without a C compiler, or (<paramref name="qemu"/>) without Debian's qemu-user.</summary>
    public RequiresCCompilerFact(bool qemu = false)
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            Skip = "The native pre-start is Linux x86-64 code, as the shipped tool is.";
        }
        else if (!Support.CommandProbe.Answers("cc", "--version"))
        {
            Skip = "No C compiler answers 'cc --version' here: install gcc or clang (the native tool's link needs one too).";
        }
        else if (qemu && !Support.CommandProbe.Answers("qemu-x86_64", "--version"))
        {
            Skip = "No 'qemu-x86_64' here to emulate older CPUs: install Debian's qemu-user.";
        }
    }
}
