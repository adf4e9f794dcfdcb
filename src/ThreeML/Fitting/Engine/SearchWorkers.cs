namespace ThreeML.Fitting;

/// <summary>The copies of a problem that the local fits of a global search run on, one per thread.</summary>
/// <remarks>
/// Slot 0 is the problem itself; the others evaluate a worker copy of its objective
/// (<see cref="IConcurrentObjective.CreateWorker"/>), made before the first parallel run that needs it. Work item
/// <c>i</c> of a run always goes to slot <c>i mod slots</c> and writes only its own result, and every copy returns
/// identical values, so the results do not depend on the number of threads.
/// </remarks>
internal sealed class SearchWorkers
{
    private readonly MinimizationProblem[] _problems;
    private readonly IConcurrentObjective? _source;
    private int _created = 1;

    public SearchWorkers(MinimizationProblem problem, int maxDegreeOfParallelism)
    {
        _source = problem.Objective as IConcurrentObjective;
        _problems = new MinimizationProblem[_source is null ? 1 : Math.Max(1, maxDegreeOfParallelism)];
        _problems[0] = problem;
    }

    /// <summary>Runs <paramref name="body"/> for items 0 … <paramref name="count"/> − 1, each with the problem copy of its slot.</summary>
    public void Run(int count, Action<int, MinimizationProblem> body, CancellationToken cancellationToken)
    {
        int slots = Math.Min(count, _problems.Length);
        for (; _created < slots; _created++)
        {
            _problems[_created] = _problems[0].WithObjective(_source!.CreateWorker());
        }

        if (slots <= 1)
        {
            for (int i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(i, _problems[0]);
            }

            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = slots, CancellationToken = cancellationToken };
        Parallel.For(0, slots, options, slot =>
        {
            for (int i = slot; i < count; i += slots)
            {
                body(i, _problems[slot]);
            }
        });
    }
}
