namespace ThreeML.Fitting;

/// <summary>An objective that hands out independent copies, so that several local fits of a global search can run at once.</summary>
/// <remarks>
/// A copy must return bit-identical values for identical arguments: the global search then gives the same
/// result whatever the number of threads. <see cref="JointLikelihood"/>'s objective implements it with a cloned
/// model and its own bound plugins; any other <see cref="IObjectiveFunction"/> is simply searched on one thread.
/// </remarks>
public interface IConcurrentObjective : IObjectiveFunction
{
    /// <summary>Returns a copy that may be evaluated on another thread while this one is in use.</summary>
    /// <returns>An objective with the same <see cref="IObjectiveFunction.Dimension"/> and the same values.</returns>
    IObjectiveFunction CreateWorker();
}
