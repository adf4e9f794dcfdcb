namespace ThreeML.Fits.Tests.Support;

/// <summary>A fact that is skipped, with a reason, when the shared instrument files are absent.</summary>
public sealed class RequiresSharedDataFactAttribute : FactAttribute
{
    public RequiresSharedDataFactAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = "The shared instrument files (../shared/data next to the repository) are absent on this machine.";
        }
    }
}
