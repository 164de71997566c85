using CrampBot.Core.Intents;
using CrampBot.Core.Understanding.Intents;
using Xunit;

namespace CrampBot.Core.Tests.Intents;

/// <summary>
/// Sentences of our own, none of them in the training files, for every label in both languages: the classifier must
/// act on the right one. Plus the typos, text-speak, emoji and mixed-language messages people really send.
/// </summary>
public sealed class IntentClassifierTests
{
    private static readonly IntentClassifier Classifier = IntentClassifier.Default;

    public static TheoryData<string, string> English => new()
    {
        { "my left calf has just locked solid, it's happening this minute", "cramp_now" },
        { "my daughter's foot is cramping up right now and she's crying", "cramp_now" },
        { "I've been getting calf cramps about three nights a week since spring", "describe_symptoms" },
        { "do I need to get these night cramps looked at by a doctor?", "describe_symptoms" },
        { "what's the cause of cramps in the night?", "why" },
        { "could standing at the till all day be why my legs cramp", "why" },
        { "how can I stop these cramps from coming back?", "prevention" },
        { "will drinking more water during the day help prevent them", "prevention" },
        { "is it worth taking calcium tablets for night cramps?", "calcium" },
        { "would taking magnesium at bedtime help?", "magnesium" },
        { "does a shot of pickle juice really stop a cramp?", "pickle_juice" },
        { "could my statin tablets be causing the cramps?", "medicines" },
        { "is quinine ok to take for cramps?", "medicines" },
        { "I'm 28 weeks pregnant and my calves cramp every night", "pregnancy" },
        { "can you show me how to stretch my calf properly", "stretches" },
        { "is sleeping on my front bad for leg cramps?", "sleeping_posture" },
        { "what can this bot actually do?", "help" },
        { "I don't want to carry on with these questions", "cancel" },
        { "let's restart from the very beginning", "start_over" },
        { "could you switch to chinese please", "change_language" },
        { "please erase everything I've told you", "delete_data" },
        { "thank you, that was really helpful", "thanks" },
        { "ok I'm going to try to sleep now, goodbye", "goodbye" },
        { "hello, is anyone there?", "greeting" },
        { "yes, I do", "yes" },
        { "no, I don't think so", "no" },
        { "honestly I'm not sure", "unsure" },
        { "my shoulder has been aching for a week", "out_of_scope" },
        { "I get terrible cramps with my period", "out_of_scope" },
    };

    public static TheoryData<string, string> Chinese => new()
    {
        { "我小腿现在正在抽筋，硬得不行", "cramp_now" },
        { "我爸现在腿抽筋了，疼得直叫", "cramp_now" },
        { "这两个月晚上经常腿抽筋，一周三次左右", "describe_symptoms" },
        { "老是夜里抽筋，需要去医院看看吗", "describe_symptoms" },
        { "夜里腿抽筋一般是什么原因引起的", "why" },
        { "是不是走路太多才抽筋的", "why" },
        { "有什么方法能让晚上不再抽筋", "prevention" },
        { "睡前多喝点水能防止抽筋吗", "prevention" },
        { "抽筋要不要吃点钙片", "calcium" },
        { "睡前吃镁片对抽筋有帮助吗", "magnesium" },
        { "听说喝泡菜汁能止抽筋，真的假的", "pickle_juice" },
        { "我吃的他汀会不会引起腿抽筋", "medicines" },
        { "怀孕五个月了，晚上老抽筋", "pregnancy" },
        { "教我几个拉伸小腿的动作", "stretches" },
        { "睡觉的时候什么姿势不容易抽筋", "sleeping_posture" },
        { "这个机器人能干什么", "help" },
        { "不想继续回答了", "cancel" },
        { "我们从头再来一次吧", "start_over" },
        { "请换成英文回答", "change_language" },
        { "把我的记录都删掉", "delete_data" },
        { "非常感谢你的帮助", "thanks" },
        { "好的，我去睡了，再见", "goodbye" },
        { "你好，在吗", "greeting" },
        { "是的，有", "yes" },
        { "没有，一次都没有过", "no" },
        { "这个我真不知道", "unsure" },
        { "我最近肩膀一直疼", "out_of_scope" },
        { "来月经的时候肚子抽着疼", "out_of_scope" },
    };

    [Theory]
    [MemberData(nameof(English))]
    [MemberData(nameof(Chinese))]
    public void Acts_on_the_right_intent(string text, string label)
    {
        var prediction = Classifier.Classify(text);

        Assert.Equal(label, prediction.Label);
        Assert.Equal(IntentBand.Confident, prediction.Band);
        Assert.InRange(prediction.Confidence, Classifier.Thresholds.Confident, 1.0);
    }

    public static TheoryData<string, string> TyposAndTextSpeak => new()
    {
        { "cramppp in my calff rn owww", "cramp_now" },
        { "CALF CRAMP RIGHT NOW HELP", "cramp_now" },
        { "leg crampin atm 😭😭", "cramp_now" },
        { "idk tbh", "unsure" },
        { "ty so much!!", "thanks" },
        { "gn ttyl", "goodbye" },
        { "y do my legs cramp at nite", "why" },
        { "magnesuim any gud for cramps?", "magnesium" },
        { "wat stretches shud i do", "stretches" },
        { "nope nope", "no" },
        { "yep 👍", "yes" },
        { "抽经了好疼", "cramp_now" },
        { "腿cramp了，现在好疼", "cramp_now" },
        { "magnesium对抽筋有用吗", "magnesium" },
        { "能用English吗", "change_language" },
        { "3q", "thanks" },
        { "拜拜啦～", "goodbye" },
        { "我也搞不清楚诶", "unsure" },
    };

    [Theory]
    [MemberData(nameof(TyposAndTextSpeak))]
    public void Reads_typos_text_speak_emoji_and_mixed_language(string text, string label)
    {
        var prediction = Classifier.Classify(text);

        Assert.Equal(label, prediction.Label);
        Assert.NotEqual(IntentBand.None, prediction.Band);
    }

    [Theory]
    [InlineData("so last night I wake up and my calf is a rock for five minutes")]
    [InlineData("yesterday my calf cramped so hard it's still sore")]
    [InlineData("昨天夜里小腿抽了好几分钟，现在还酸")]
    [InlineData("上周连着三个晚上抽筋")]
    public void A_cramp_told_about_afterwards_is_a_description_not_a_cramp_now(string text)
    {
        Assert.Equal("describe_symptoms", Classifier.Classify(text).Label);
    }

    [Theory]
    [InlineData("my calf is cramping right now")]
    [InlineData("cramp in my foot atm!!")]
    [InlineData("小腿正在抽，怎么办")]
    [InlineData("woke up a minute ago with a cramp and it won't let go")]
    public void A_cramp_now_is_acted_on_at_once(string text)
    {
        var prediction = Classifier.Classify(text);

        Assert.Equal("cramp_now", prediction.Label);
        Assert.Equal(IntentBand.Confident, prediction.Band);
    }

    [Theory]
    [InlineData("cancel please", "cancel")]
    [InlineData("  Start over!  ", "start_over")]
    [InlineData("重来吧", "start_over")]
    [InlineData("取消", "cancel")]
    [InlineData("forget me", "delete_data")]
    public void Whole_message_commands_are_rules_with_full_confidence(string text, string label)
    {
        var prediction = Classifier.Classify(text);

        Assert.Equal(label, prediction.Label);
        Assert.Equal(IntentSource.Rule, prediction.Source);
        Assert.Equal(1.0, prediction.Confidence);
    }

    [Theory]
    [InlineData("English please", "en")]
    [InlineData("can we do this in mandarin", "zh-Hans")]
    [InlineData("说英语", "en")]
    [InlineData("换成中文吧", "zh-Hans")]
    [InlineData("change language", null)]
    public void A_language_switch_names_its_target(string text, string? target)
    {
        var prediction = Classifier.Classify(text);

        Assert.Equal("change_language", prediction.Label);
        Assert.Equal(target, prediction.LanguageTarget);
    }

    [Fact]
    public void Ranked_candidates_are_probabilities_best_first()
    {
        var prediction = Classifier.Classify("is magnesium or calcium better for cramps?");

        Assert.Equal(IntentClassifier.RankedCount, prediction.Ranked.Count);
        Assert.Equal(prediction.Ranked.OrderByDescending(r => r.Probability).Select(r => r.Label), prediction.Ranked.Select(r => r.Label));
        Assert.Contains(prediction.Ranked.Take(2), r => r.Label == "magnesium");
        Assert.Contains(prediction.Ranked.Take(2), r => r.Label == "calcium");
        Assert.All(prediction.Ranked, r => Assert.InRange(r.Probability, 0.0, 1.0));
    }

    [Fact]
    public void The_compiled_in_copy_matches_the_dialogs_folder_and_training_is_deterministic()
    {
        var fromFolder = IntentClassifier.Load(RepoPaths.Dialogs);
        var again = IntentClassifier.Load(RepoPaths.Dialogs);
        var probes = English.Select(r => r.Data.Item1).Concat(Chinese.Select(r => r.Data.Item1));

        Assert.Equal(Classifier.ExampleCount, fromFolder.ExampleCount);
        foreach (var text in probes)
        {
            Assert.Equal(Classifier.Classify(text), fromFolder.Classify(text), PredictionComparer.Instance);
            Assert.Equal(fromFolder.Classify(text), again.Classify(text), PredictionComparer.Instance);
        }
    }

    [Fact]
    public void Every_label_maps_to_a_distinct_intent_and_back()
    {
        Assert.Equal(23, IntentLabels.All.Count);
        Assert.Equal(IntentLabels.All.Count, IntentLabels.All.Select(IntentLabels.ToIntent).Distinct().Count());
        Assert.All(IntentLabels.All, l => Assert.Equal(l, IntentLabels.ToLabel(IntentLabels.ToIntent(l))));
        Assert.Equal(Intent.None, IntentLabels.ToIntent(IntentLabels.None));
    }

    private sealed class PredictionComparer : IEqualityComparer<IntentPrediction>
    {
        public static readonly PredictionComparer Instance = new();

        public bool Equals(IntentPrediction? x, IntentPrediction? y) =>
            x is not null && y is not null && x.Label == y.Label && x.Band == y.Band && x.Confidence.Equals(y.Confidence)
            && x.Ranked.SequenceEqual(y.Ranked);

        public int GetHashCode(IntentPrediction obj) => obj.Label.GetHashCode(StringComparison.Ordinal);
    }
}
