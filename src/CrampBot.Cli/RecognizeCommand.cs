namespace CrampBot.Cli;

internal static class RecognizeCommand
{
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        Console.Error.WriteLine("not built yet");
        return Task.FromResult(1);
    }
}
