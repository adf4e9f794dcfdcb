using System.Runtime.Intrinsics.X86;

namespace Astromodels.Tests.TestSupport;

/// <summary>A fact that is skipped, with the reason, on a processor (or a runtime setting) without AVX-512.</summary>
public sealed class RequiresAvx512Fact : FactAttribute
{
    /// <summary>Skips the test unless AVX-512F instructions can run.</summary>
    public RequiresAvx512Fact()
    {
        if (!Avx512F.IsSupported)
        {
            Skip = "AVX-512 is not available here (or DOTNET_EnableAVX512=0): the table-driven path cannot run.";
        }
    }
}
