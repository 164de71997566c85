using CrampBot.Bot.Checking;
using CrampBot.Bot.Data;
using CrampBot.Bot.Dialogs;
using CrampBot.Bot.Replies;
using CrampBot.Bot.Texts;
using CrampBot.Bot.Understanding;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Hosting;
using CrampBot.BotFramework.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrampBot.Bot;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>Where dialogs/ is read from unless <c>Content:DialogsFolder</c> says otherwise: next to the binaries.</summary>
    public static string DefaultDialogsFolder => Path.Combine(AppContext.BaseDirectory, "dialogs");

    /// <summary>
    /// Registers the conversation: its content (dialogs/, validated once at start-up), the dialogs as singletons
    /// (they hold no per-user data), and <see cref="CrampBot"/> as the <see cref="IBot"/>. Storage and state come
    /// from AddBotStorage when the host has called it; otherwise memory storage is used (the CLI, tests).
    /// </summary>
    public static IServiceCollection AddCrampBotConversation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var folder = configuration["Content:DialogsFolder"] is { Length: > 0 } configured ? configured : DefaultDialogsFolder;

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorage>(sp => new MemoryStorage(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));

        services.AddSingleton(_ => BotTexts.Load(folder));
        services.AddHostedService<DialogsContentCheck>();
        services.AddSingleton<BotAccessors>();
        services.AddSingleton<ISymptomReader, SymptomReader>();
        services.AddSingleton<AnswerWords>();
        services.AddSingleton<AnswerReader>();
        services.AddSingleton<Advisor>();
        services.AddSingleton<AnswerReplies>();
        services.AddSingleton<IntentRouter>();
        services.AddSingleton<SymptomCheckDialog>();
        services.AddSingleton<StretchNowDialog>();
        services.AddSingleton<MainDialog>();
        services.AddTransient<IBot, CrampBot>();
        services.AddSingleton<ITurnErrorReply, TurnErrorTexts>();
        return services;
    }
}
