using System.Runtime.Intrinsics.X86;

namespace Astromodels.Tests.TestSupport;

/// <summary>A fact that is skipped, with the reason, on a processor (or a runtime setting) without AVX2.</summary>
public sealed class RequiresAvx2Fact : FactAttribute
{
    /// <summary>Skips the test unless AVX2 instructions can run.</summary>
    public RequiresAvx2Fact()
    {
        if (!Avx2.IsSupported)
        {
            Skip = "AVX2 is not available here (or DOTNET_EnableAVX2=0): the four-lane table-driven path cannot run.";
        }
    }
}
