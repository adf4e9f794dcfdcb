namespace ThreeML.Tests.Results.Persistence;

/// <summary>Shares <see cref="AnalysedResults"/> between the results-file test classes.</summary>
[CollectionDefinition(Name)]
public sealed class AnalysedResultsCollection : ICollectionFixture<AnalysedResults>
{
    public const string Name = "analysed results";
}
