namespace ThreeML.Cli.Output;

/// <summary>Draws the plots an analysis file asks for, through ThreeML.Plotting.</summary>
public static class PlotOutputs
{
    /// <summary>Whether this build can draw plots.</summary>
    public static bool Available => false;
}
