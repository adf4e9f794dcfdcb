namespace ThreeML.Bayesian.Samplers;

/// <summary>Keys that separate the random streams used for different purposes within one run.</summary>
internal static class RandomPurpose
{
    public const ulong InitialLivePoints = 1;
    public const ulong Proposal = 2;
    public const ulong RegionBootstrap = 3;
    public const ulong EvidenceError = 4;
    public const ulong Resampling = 5;
    public const ulong WalkerStart = 6;
    public const ulong StretchMove = 7;
    public const ulong RedBlueSplit = 8;
    public const ulong PhysicalEllipsoid = 9;
    public const ulong AffineCheck = 10;
}
