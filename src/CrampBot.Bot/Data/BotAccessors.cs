using CrampBot.BotFramework.Dialogs;
using CrampBot.BotFramework.State;

namespace CrampBot.Bot.Data;

/// <summary>The state properties the bot reads and writes, created once (dialogs are singletons and hold no user data).</summary>
public sealed class BotAccessors(ConversationState conversationState, UserState userState)
{
    public ConversationState ConversationState { get; } = conversationState;

    public UserState UserState { get; } = userState;

    public IStatePropertyAccessor<DialogState> DialogState { get; } = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public IStatePropertyAccessor<ConversationData> Conversation { get; } = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    public IStatePropertyAccessor<UserProfile> Profile { get; } = userState.CreateProperty<UserProfile>(nameof(UserProfile));
}
