using CrampBot.Cli;

// Each sub-command lives in its own file; this only dispatches.
return args.FirstOrDefault() switch
{
    "recognize" => await RecognizeCommand.RunAsync(args[1..], Console.In, Console.Out),
    "understand" => await UnderstandCommand.RunAsync(args[1..], Console.In, Console.Out),
    "triage" => await TriageCommand.RunAsync(args[1..], Console.In, Console.Out),
    "chat" => await ChatCommand.RunAsync(args[1..], Console.In, Console.Out),
    "evaluate" => await EvaluateCommand.RunAsync(args[1..], Console.Out, Console.Error),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run --project src/CrampBot.Cli -- <command>
          recognize              JSON lines {"id","lang","input"} on stdin -> recognized durations and frequencies
          understand             JSON lines {"id","text","locale"} on stdin -> intent, confidence, facts (status, time, subject), quantities
          triage                 JSON lines {"id","text","locale"} on stdin -> triage level, causes, rules, missing facts
          chat [--locale zh-CN]  talk to the bot in this terminal
        """);
    return 2;
}
