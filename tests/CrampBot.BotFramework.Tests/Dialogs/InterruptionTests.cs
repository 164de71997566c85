using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Dialogs.Prompts;
using CrampBot.BotFramework.Testing;
using Xunit;

namespace CrampBot.BotFramework.Tests.Dialogs;

/// <summary>The samples' cancel-and-help pattern: a component sees every message before its active step.</summary>
public sealed class InterruptionTests
{
    private class CancelAndHelpDialog(string id) : ComponentDialog(id)
    {
        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
            {
                case "help" or "帮助":
                    await innerDc.Context.SendActivityAsync("Answer the question, or say cancel.", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case "cancel" or "取消":
                    await innerDc.Context.SendActivityAsync("Cancelled.", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                case "start over":
                    await innerDc.CancelAllDialogsAsync(cancellationToken);
                    return await innerDc.BeginDialogAsync(InitialDialogId!, null, cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }

    private sealed class SurveyDialog : CancelAndHelpDialog
    {
        public SurveyDialog()
            : base("survey")
        {
            AddDialog(new WaterfallDialog("steps",
            [
                async (step, ct) => await step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text("Cramps at night?") }, ct),
                async (step, ct) => await step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("How many per week?") }, ct),
                async (step, ct) => await step.EndDialogAsync(step.GetResult<int>(), ct),
            ]));
            AddDialog(new ConfirmPrompt("confirm"));
            AddDialog(new NumberPrompt<int>("number"));
        }
    }

    [Fact]
    public async Task Help_interrupts_any_step_and_the_question_is_asked_again()
    {
        var client = new DialogTestClient(new SurveyDialog());
        await client.Flow()
            .Send("hi").AssertReply("Cramps at night?")
            .Send("yes").AssertReply("How many per week?")
            .Send("help").AssertReply("Answer the question, or say cancel.").AssertReply("How many per week?")
            .Send("3").AssertNoReply()
            .StartTestAsync();
        Assert.Equal(3, client.DialogTurnResult!.GetResult<int>());
    }

    [Fact]
    public async Task Cancel_ends_the_dialog_from_any_step()
    {
        var client = new DialogTestClient(new SurveyDialog());
        await client.Flow()
            .Send("hi").AssertReply("Cramps at night?")
            .Send("取消").AssertReply("Cancelled.").AssertNoReply()
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);

        // The stack is empty, so the next message starts over.
        await client.Flow().Send("again").AssertReply("Cramps at night?").StartTestAsync();
    }

    [Fact]
    public async Task Start_over_restarts_the_component_at_its_first_step()
    {
        var client = new DialogTestClient(new SurveyDialog());
        await client.Flow()
            .Send("hi").AssertReply("Cramps at night?")
            .Send("yes").AssertReply("How many per week?")
            .Send("start over").AssertReply("Cramps at night?")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }
}
