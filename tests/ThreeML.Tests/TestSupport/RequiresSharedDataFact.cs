namespace ThreeML.Tests.TestSupport;

/// <summary>A fact that is skipped, with the reason, when a file of the shared reference data (../shared) is absent.</summary>
public sealed class RequiresSharedDataFact : FactAttribute
{
    /// <summary>Skips the test unless ../shared/<paramref name="relativePath"/> exists.</summary>
    /// <param name="relativePath">A path relative to the shared folder, for example "data/ogip/ogip_powerlaw.pha".</param>
    public RequiresSharedDataFact(string relativePath)
    {
        if (!SharedData.Exists(relativePath))
        {
            Skip = $"Shared reference file '../shared/{relativePath}' not found next to the repository "
                + $"(looked from root '{SharedData.RepositoryRoot ?? "<no ThreeML.slnx above the test binaries>"}').";
        }
    }
}
