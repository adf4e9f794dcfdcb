namespace ThreeML.Fitting;

/// <summary>One named status flag of a fit (e.g. <c>HasReachedCallLimit</c>) with the sentence that explains it.</summary>
/// <param name="Name">The flag's name, a C# identifier as in iminuit's <c>FMin</c> (e.g. <c>IsSaddlePoint</c>).</param>
/// <param name="Explanation">One sentence saying what it means for this fit.</param>
public sealed record FitFlag(string Name, string Explanation);
