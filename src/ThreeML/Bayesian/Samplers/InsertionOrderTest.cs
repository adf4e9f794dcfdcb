namespace ThreeML.Bayesian.Samplers;

/// <summary>Result of the insertion-order (rank) test of a nested-sampling run.</summary>
/// <remarks>
/// If new live points are drawn correctly from the constrained prior, the rank of each new likelihood
/// among the current live points is uniform (Fowlie, Handley &amp; Su 2020, MNRAS 497, 5256). UltraNest
/// (Buchner 2023, arXiv:2101.09675 §4.5.2) tests this with a Mann-Whitney-Wilcoxon U statistic against a
/// uniform distribution, restarting the accumulation whenever |z| exceeds 4 and recording the run length.
/// </remarks>
/// <param name="ZScore">z-score of the U statistic over the whole run (|z| ≫ 3 signals biased sampling).</param>
/// <param name="Iterations">Number of ranks accumulated.</param>
/// <param name="ShortestRunLength">Shortest number of iterations between two detections at |z| &gt; 4, or null if none was detected.</param>
/// <param name="Detections">Number of detections at |z| &gt; 4.</param>
/// <param name="Converged">True when detections do not exceed max(1, ⌈iterations/10^5.5⌉), UltraNest's criterion.</param>
public sealed record InsertionOrderTest(double ZScore, long Iterations, long? ShortestRunLength, int Detections, bool Converged);
