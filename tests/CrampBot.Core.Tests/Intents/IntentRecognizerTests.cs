using CrampBot.Core.Intents;
using Xunit;

namespace CrampBot.Core.Tests.Intents;

/// <summary>
/// The bot's view (<see cref="IntentRecognizer"/>, backed by the trained classifier): utterance tables of what people
/// type, in both languages, and what CrampBot must understand from it.
/// </summary>
public sealed class IntentRecognizerTests
{
    public static TheoryData<string, Intent> EnglishUtterances => new()
    {
        { "Why do my legs cramp at night?", Intent.WhyCramps },
        { "what causes calf cramps", Intent.WhyCramps },
        { "why does this keep happening to me", Intent.WhyCramps },
        { "I have a cramp right now", Intent.CrampNow },
        { "ouch my calf!!", Intent.CrampNow },
        { "OWWW", Intent.CrampNow },
        { "my calf is cramping, help", Intent.CrampNow },
        { "I'm having a cramp", Intent.CrampNow },
        { "Check my symptoms", Intent.SymptomCheck },
        { "should I see a doctor about my cramps?", Intent.SymptomCheck },
        { "I get cramps most nights and they last a couple of minutes", Intent.SymptomCheck },
        { "I had a cramp last night", Intent.SymptomCheck },
        { "How to prevent cramps", Intent.Prevention },
        { "how do I stop getting them", Intent.Prevention },
        { "Should I take calcium?", Intent.Calcium },
        { "does pickle juice work", Intent.PickleJuice },
        { "is magnesium any good for cramps?", Intent.Magnesium },
        { "can my medicines cause cramps?", Intent.Medicines },
        { "my doctor mentioned quinine", Intent.Medicines },
        { "I'm pregnant, is that why?", Intent.Pregnancy },
        { "what stretches help", Intent.Stretches },
        { "what is the best sleeping position", Intent.SleepingPosture },
        { "help", Intent.Help },
        { "what can you do?", Intent.Help },
        { "cancel", Intent.Cancel },
        { "never mind", Intent.Cancel },
        { "start over", Intent.StartOver },
        { "let's start again", Intent.StartOver },
        { "中文 / English", Intent.ChangeLanguage },
        { "can you speak Chinese", Intent.ChangeLanguage },
        { "delete my data", Intent.DeleteData },
        { "please forget me", Intent.DeleteData },
        { "thanks!", Intent.Thanks },
        { "bye", Intent.Goodbye },
        { "good night", Intent.Goodbye },
        { "hello", Intent.Greeting },
        { "my knee hurts", Intent.OutOfScope },
        { "I have a headache", Intent.OutOfScope },
        { "what's the weather tomorrow", Intent.OutOfScope },
    };

    public static TheoryData<string, Intent> ChineseUtterances => new()
    {
        { "为什么晚上腿会抽筋？", Intent.WhyCramps },
        { "小腿抽筋是什么原因", Intent.WhyCramps },
        { "抽筋了", Intent.CrampNow },
        { "现在小腿正在抽筋", Intent.CrampNow },
        { "哎哟好疼，腿抽了", Intent.CrampNow },
        { "检查我的症状", Intent.SymptomCheck },
        { "要不要去看医生？", Intent.SymptomCheck },
        { "我几乎每晚都抽筋，每次两三分钟", Intent.SymptomCheck },
        { "前天半夜我腿抽过一回", Intent.SymptomCheck },
        { "怎么预防抽筋", Intent.Prevention },
        { "怎样才能不抽筋", Intent.Prevention },
        { "要不要补钙？", Intent.Calcium },
        { "泡菜汁有用吗", Intent.PickleJuice },
        { "吃镁有用吗", Intent.Magnesium },
        { "吃的药会引起抽筋吗", Intent.Medicines },
        { "怀孕了腿抽筋正常吗", Intent.Pregnancy },
        { "有什么拉伸动作", Intent.Stretches },
        { "睡姿有影响吗", Intent.SleepingPosture },
        { "帮助", Intent.Help },
        { "你能做什么？", Intent.Help },
        { "取消", Intent.Cancel },
        { "算了", Intent.Cancel },
        { "重新开始", Intent.StartOver },
        { "说英文", Intent.ChangeLanguage },
        { "中文", Intent.ChangeLanguage },
        { "删除我的数据", Intent.DeleteData },
        { "谢谢", Intent.Thanks },
        { "再见", Intent.Goodbye },
        { "晚安", Intent.Goodbye },
        { "你好", Intent.Greeting },
        { "我膝盖疼", Intent.OutOfScope },
        { "头疼怎么办", Intent.OutOfScope },
    };

    [Theory]
    [MemberData(nameof(EnglishUtterances))]
    [MemberData(nameof(ChineseUtterances))]
    public void Recognizes_the_intent_confidently(string utterance, Intent expected)
    {
        var result = IntentRecognizer.Recognize(utterance);

        Assert.Equal(expected, result.Intent);
        Assert.Equal(IntentBand.Confident, result.Band);
    }

    public static TheoryData<string, Intent[]> UnsureUtterances => new()
    {
        // A bare mention of cramps (intent-rules.yaml, ask_which): the bot asks which path the user wants.
        { "leg cramps", [Intent.SymptomCheck, Intent.WhyCramps, Intent.CrampNow] },
        { "抽筋", [Intent.SymptomCheck, Intent.WhyCramps, Intent.CrampNow] },
        { "小腿", [Intent.SymptomCheck, Intent.WhyCramps, Intent.CrampNow] },
    };

    [Theory]
    [MemberData(nameof(UnsureUtterances))]
    public void Is_unsure_and_offers_the_options(string utterance, Intent[] options)
    {
        var result = IntentRecognizer.Recognize(utterance);

        Assert.Equal(IntentBand.Unsure, result.Band);
        var offered = result.Candidates.Select(c => c.Intent).ToList();
        Assert.All(options, o => Assert.Contains(o, offered));
    }

    [Theory]
    [InlineData("why do I get cramps and how can I prevent them")]
    [InlineData("为什么会抽筋，怎么预防")]
    public void Two_questions_at_once_keep_both_among_the_candidates(string utterance)
    {
        var offered = IntentRecognizer.Recognize(utterance).Candidates.Select(c => c.Intent).ToList();

        Assert.Contains(Intent.WhyCramps, offered);
        Assert.Contains(Intent.Prevention, offered);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("asdfgh")]
    [InlineData("qwertyuiop zxcv")]
    [InlineData("42")]
    [InlineData("3.5")]
    public void Recognizes_nothing_in_noise(string utterance)
    {
        Assert.Equal(IntentBand.None, IntentRecognizer.Recognize(utterance).Band);
    }

    [Theory]
    [InlineData("...")]
    [InlineData("ok")]
    [InlineData("k")]
    public void Acts_on_nothing_it_cannot_read(string utterance)
    {
        Assert.NotEqual(IntentBand.Confident, IntentRecognizer.Recognize(utterance).Band);
    }

    [Theory]
    [InlineData("中文 / English", null)]
    [InlineData("English please", "en")]
    [InlineData("说英文", "en")]
    [InlineData("can you speak Chinese", "zh-Hans")]
    [InlineData("中文", "zh-Hans")]
    public void Change_language_names_the_target(string utterance, string? target)
    {
        var result = IntentRecognizer.Recognize(utterance);

        Assert.Equal(Intent.ChangeLanguage, result.Intent);
        Assert.Equal(target, result.LanguageTarget);
    }

    [Theory]
    [InlineData("my calf cramps, and my knee hurts too")]
    [InlineData("我小腿抽筋，膝盖也疼")]
    public void A_message_about_legs_is_never_out_of_scope(string utterance)
    {
        Assert.NotEqual(Intent.OutOfScope, IntentRecognizer.Recognize(utterance).Intent);
    }

    [Theory]
    [InlineData("help, my calf is cramping right now")]
    [InlineData("救命，现在小腿抽筋")]
    public void A_cramp_now_outranks_a_call_for_help(string utterance)
    {
        Assert.Equal(Intent.CrampNow, IntentRecognizer.Recognize(utterance).Intent);
    }
}
