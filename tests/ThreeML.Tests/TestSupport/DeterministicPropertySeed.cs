using System.Runtime.CompilerServices;

namespace ThreeML.Tests.TestSupport;

/// <summary>Makes every CsCheck property in this assembly reproducible: CsCheck reads its seed from the
/// CsCheck_Seed environment variable when a property has none of its own. A run can still be explored with
/// another seed by setting the variable before starting the tests.</summary>
internal static class DeterministicPropertySeed
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("CsCheck_Seed") is null)
        {
            Environment.SetEnvironmentVariable("CsCheck_Seed", "0N0XIzNsQ0O2");
        }
    }
}
