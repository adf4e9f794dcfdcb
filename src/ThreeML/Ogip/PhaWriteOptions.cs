namespace ThreeML.Ogip;

/// <summary>How <see cref="PhaWriter"/> labels a PHA file: the associated files, channel numbering and spectrum kind.
/// Immutable; <see cref="Default"/> writes a total spectrum with channels numbered from 1 and no associated files.</summary>
public sealed record PhaWriteOptions
{
    /// <summary>A total spectrum, CHANTYPE 'PI', channels from 1, FILTER/BACKFILE/RESPFILE/ANCRFILE 'none', with EBOUNDS.</summary>
    public static PhaWriteOptions Default { get; } = new();

    /// <summary>HDUCLAS2: total, background or net spectrum.</summary>
    public PhaSpectrumKind Kind { get; init; } = PhaSpectrumKind.Total;

    /// <summary>The number of the first channel (TLMIN1 of CHANNEL): 1 (the OGIP default) or 0.</summary>
    public int FirstChannel { get; init; } = 1;

    /// <summary>CHANTYPE: 'PI' (gain-corrected channels) or 'PHA' (raw channels).</summary>
    public string ChannelType { get; init; } = "PI";

    /// <summary>FILTER ('none' when the instrument has no filter).</summary>
    public string Filter { get; init; } = "none";

    /// <summary>BACKFILE: the background file name (relative to the PHA file's folder), or 'none'.</summary>
    public string BackgroundFile { get; init; } = "none";

    /// <summary>RESPFILE: the response (RMF or RSP) file name (relative to the PHA file's folder), or 'none'.</summary>
    public string ResponseFile { get; init; } = "none";

    /// <summary>ANCRFILE: the ancillary response (ARF) file name, or 'none'.</summary>
    public string AncillaryFile { get; init; } = "none";

    /// <summary>Whether to add an EBOUNDS extension with the channel energy bounds (keV) after SPECTRUM. OGIP does not
    /// require it and XSPEC takes the bounds from the response, but it keeps a spectrum without a response
    /// self-describing; readers that do not know it skip it.</summary>
    public bool WriteEbounds { get; init; } = true;
}
