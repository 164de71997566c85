using CrampBot.E2E.Tests.Infrastructure;
using Xunit;

// One Chromium for the whole run; tests one after another, since each drives a real browser on a small machine.
[assembly: AssemblyFixture(typeof(BrowserFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
