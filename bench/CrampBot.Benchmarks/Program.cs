using BenchmarkDotNet.Running;
using CrampBot.Benchmarks;

// `first-call` is a bare fresh-process probe; everything else goes to BenchmarkDotNet.
if (args is ["first-call"])
{
    return FirstCallProbe.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
