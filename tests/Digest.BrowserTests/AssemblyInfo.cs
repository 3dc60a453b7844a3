using Digest.BrowserTests.Fixtures;

// One site build and one browser for the whole run keeps the suite fast.
[assembly: AssemblyFixture(typeof(BrowserSite))]
