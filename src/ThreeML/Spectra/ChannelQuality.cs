namespace ThreeML.Spectra;

/// <summary>The OGIP quality flag of a channel (PHA QUALITY column or keyword).</summary>
/// <remarks>OGIP/92-007: 0 good, 1 bad (set by software), 2 dubious (warn), 5 bad (set by user). As 3ML, 0 is good,
/// 2 is warn and every other value is bad; warn channels are excluded from the fit by default.</remarks>
public enum ChannelQuality
{
    /// <summary>Good data (0).</summary>
    Good = 0,

    /// <summary>Bad, set by the processing software (1).</summary>
    BadBySoftware = 1,

    /// <summary>Dubious data (2): 3ML's "warn", excluded by default.</summary>
    Warn = 2,

    /// <summary>Bad, set by the user (5).</summary>
    Bad = 5,
}
