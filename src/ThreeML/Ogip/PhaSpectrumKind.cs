namespace ThreeML.Ogip;

/// <summary>What a PHA file's spectrum holds (HDUCLAS2, OGIP/92-007).</summary>
public enum PhaSpectrumKind
{
    /// <summary>Source plus background ('TOTAL').</summary>
    Total,

    /// <summary>A background spectrum ('BKG').</summary>
    Background,

    /// <summary>A background-subtracted spectrum ('NET').</summary>
    Net,
}
