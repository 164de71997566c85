using CrampBot.Bot.Data;
using CrampBot.Bot.Dialogs;
using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.Bot.Understanding;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.Schema;
using CrampBot.Core.Content;

namespace CrampBot.Bot;

/// <summary>
/// The bot (the samples' DialogAndWelcomeBot): decides the turn's language, welcomes each conversation once,
/// and hands every message to <see cref="MainDialog"/>. State is saved at the end of the turn by the
/// AutoSaveStateMiddleware the adapter runs.
/// </summary>
public sealed class CrampBot(BotTexts texts, BotAccessors accessors, MainDialog mainDialog) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message) && activity.Text is { } text)
        {
            // In a Teams channel the bot's @mention is part of the text; it is not what the user said.
            activity.Text = activity.RemoveMentionText(activity.Recipient?.Id) ?? text;
        }

        var profile = await accessors.Profile.GetAsync(turnContext, cancellationToken);
        var conversation = await accessors.Conversation.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        var language = IsLanguageToggle(activity.Text) && profile?.Language is null
            ? conversation.Language ?? LanguagePicker.Pick(null, activity.Locale, null)
            : LanguagePicker.Pick(activity.Text, activity.Locale, profile?.Language);
        new TurnLanguage(language, LanguagePicker.EmergencyLocale(activity.Locale, language)).SetOn(turnContext);
        await base.OnTurnAsync(turnContext, cancellationToken);

        // After a "delete my data" this instance is no longer cached for the turn, so nothing is written back.
        conversation.Language = TurnLanguage.Of(turnContext).Language;
    }

    /// <summary>The "中文 / English" quick reply: its label is in both scripts, so it says nothing about the language.</summary>
    private bool IsLanguageToggle(string? text) =>
        text is not null && Locales.All.Any(locale => string.Equals(text.Trim(), texts.Get(TextKeys.ChoiceLanguage, locale), StringComparison.OrdinalIgnoreCase));

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        mainDialog.RunAsync(turnContext, accessors.DialogState, cancellationToken);

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    /// <summary>Teams: the app was installed in a personal chat, group or team.</summary>
    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await accessors.Conversation.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        if (data.Welcomed)
        {
            return;
        }

        data.Welcomed = true;
        var text = string.Join(
            "\n\n",
            texts.Say(turnContext, TextKeys.WelcomeIntro),
            texts.Say(turnContext, TextKeys.WelcomeNotADoctor),
            texts.Say(turnContext, TextKeys.WelcomePrompt));
        await turnContext.SendActivityAsync(Reply.Text(text, texts.MainChoices(turnContext)).Asking(QuestionTag.Choice), cancellationToken);
    }
}
