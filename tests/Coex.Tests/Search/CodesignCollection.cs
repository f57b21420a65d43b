namespace Coex.Tests.Search;

/// <summary>
/// The co-design tests that train or cost thousands of machines run alone, after the parallel tests, so they neither
/// slow the suite's other training tests down (some of which check their own run time) nor get slowed by them.
/// </summary>
[CollectionDefinition("Codesign", DisableParallelization = true)]
public sealed class CodesignCollection;
