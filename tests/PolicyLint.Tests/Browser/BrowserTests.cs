using Xunit;

namespace PolicyLint.Tests.Browser;

/// <summary>Browser tests (this collection) share one Chromium and run one after another (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Browser";
}
