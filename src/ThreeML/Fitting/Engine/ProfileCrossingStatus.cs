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

    /// <summary>The profiled objective levels off below Δ as the parameter moves away from the best fit (it has no bound on this side): the data do not limit the parameter here at this level, e.g. the temperature of a component whose normalization can vanish.</summary>
    Unconstrained,

    /// <summary>No crossing could be established (inner fits failed, the search stalled, or refinement ran out of iterations); the reason says which.</summary>
    NotEstablished,
}
