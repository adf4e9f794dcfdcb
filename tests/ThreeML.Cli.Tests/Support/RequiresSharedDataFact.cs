namespace ThreeML.Cli.Tests.Support;

/// <summary>A fact that is skipped when the shared instrument data are not in this checkout.</summary>
internal sealed class RequiresSharedDataFact : FactAttribute
{
    public RequiresSharedDataFact()
    {
        if (SharedData.Folder is null)
        {
            Skip = "The shared instrument data (../shared/data) are not present.";
        }
    }
}
