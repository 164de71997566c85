using BenchmarkDotNet.Running;
using CrampBot.Benchmarks;

// `first-call` is a bare fresh-process probe and `turn-loop` a target for a profiler; everything else goes to BenchmarkDotNet.
if (args is ["first-call"])
{
    return FirstCallProbe.Run();
}

if (args is ["turn-loop", ..])
{
    return await TurnLoop.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
