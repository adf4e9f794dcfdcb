using ThreeML.Responses;

namespace ThreeML.Ogip;

/// <summary>How <see cref="ResponseWriter"/> labels and encodes an OGIP response file. Immutable; <see cref="Default"/>
/// writes single-precision values as real RSP files do.</summary>
public sealed record ResponseWriteOptions
{
    /// <summary>Single precision, channels numbered from 1, CHANTYPE 'PI', TELESCOP/INSTRUME from the response.</summary>
    public static ResponseWriteOptions Default { get; } = new();

    /// <summary>TELESCOP; null takes <see cref="ResponseInfo.Telescope"/> of the response.</summary>
    public string? Telescope { get; init; }

    /// <summary>INSTRUME; null takes <see cref="ResponseInfo.Instrument"/> of the response.</summary>
    public string? Instrument { get; init; }

    /// <summary>FILTER ('none' when the instrument has no filter).</summary>
    public string Filter { get; init; } = "none";

    /// <summary>CHANTYPE: 'PI' (gain-corrected channels) or 'PHA' (raw channels).</summary>
    public string ChannelType { get; init; } = "PI";

    /// <summary>The number of the first channel (TLMIN of F_CHAN and of EBOUNDS CHANNEL): 1 (the OGIP default) or 0.</summary>
    public int FirstChannel { get; init; } = 1;

    /// <summary>When true, MATRIX and the energy columns are written in double precision (TFORM D), so any response
    /// reads back bit for bit; when false (the default) they are single precision (E), as real RSPs, and values read
    /// back rounded to the nearest float.</summary>
    public bool DoublePrecision { get; init; }
}
