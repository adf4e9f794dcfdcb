namespace ThreeML.Fitting;

/// <summary>How the search for one side of a profile-likelihood interval ended.</summary>
public enum ProfileCrossingStatus
{
    /// <summary>A crossing was found and an independent constrained refit confirmed Δ within the verification tolerance.</summary>
    Verified,

    /// <summary>The parameter reached one of its bounds before the profiled objective rose by Δ; the interval is open on this side.</summary>
    AtParameterBound,

    /// <summary>A fit lower than the best fit appeared while profiling; the fit must be redone from it before the errors mean anything.</summary>
    BetterMinimumFound,

    /// <summary>No crossing could be established (inner fits failed, the search stalled, or refinement ran out of iterations); the reason says which.</summary>
    NotEstablished,
}
