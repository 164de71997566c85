using System.Text.RegularExpressions;

namespace CrampBot.Core.Intents;

/// <summary>
/// The recognizer's vocabulary in English and simplified Chinese. Weights: 0.95 = unmistakable,
/// 0.85–0.9 = clear, 0.8 = a topic mentioned in passing, 0.6 = a weak hint. Both tables run on every
/// message, so mixed-language messages ("中文 please") work.
/// </summary>
internal static class IntentCues
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    public static IReadOnlyList<IntentCue> All { get; } =
    [
        // A cramp happening now: the stretch walkthrough starts at once.
        En(Intent.CrampNow, 0.95, @"\bcramp\w*\b.*\b(right now|now)\b|\b(right now)\b.*\bcramp|\bcramping now\b|\bmid[- ]cramp\b"),
        En(Intent.CrampNow, 0.95, @"^(ouch|ow+|argh+|a+h+|oww+)\b|\b(ouch|owww*|argh+)\b"),
        En(Intent.CrampNow, 0.9, @"\b(i'm|i am|im) (having|getting) a cramp\b|\b(is|it's|its) cramping\b|\bcramping up\b|\bseiz(ed|ing) up\b|\bknotted up\b"),
        En(Intent.CrampNow, 0.9, @"\b(got|have|having) a (leg |calf |foot )?cramp\b|\b(cramp|cramping|calf|leg|foot)\s*!", CueKind.NowUnlessPast),
        Zh(Intent.CrampNow, 0.95, @"(现在|正在|此刻|这会儿).{0,6}抽|抽筋中|又抽了|又抽筋了|哎呀|哎哟|哎唷|好疼|好痛|疼死|痛死|救命"),
        Zh(Intent.CrampNow, 0.9, @"抽筋了|抽筋啦|抽起来了|腿抽了|抽上了", CueKind.NowUnlessPast),

        // Why it happens.
        En(Intent.WhyCramps, 0.9, @"\bwhy\b.*\b(cramp|cramps|leg|legs|calf|calves|spasm|night)|\bwhat (causes|caused|is causing)\b|\bcauses? of\b|\b(reason|reasons) (for|why)\b"),
        En(Intent.WhyCramps, 0.85, @"\bwhy (does|do|is|am|are|did|would) (this|it|they|i|that)\b"),
        En(Intent.WhyCramps, 0.6, @"\bwhy\b"),
        Zh(Intent.WhyCramps, 0.9, @"为什么|为啥|什么原因|啥原因|原因|怎么回事|怎么会"),

        // Symptom check: asked for, or the user describes their own cramps.
        En(Intent.SymptomCheck, 0.95, @"\b(check|assess|review|go through)\b.*\bsymptoms?\b|\bsymptom check|\bcheck me\b|\btriage\b"),
        En(Intent.SymptomCheck, 0.85, @"\bshould i (see|go to|visit|call) (a |the |my )?(doctor|gp|physician)\b|\bdo i need (a|to see a) doctor\b|\bis (it|this|that) (serious|normal|dangerous)\b|\bworried\b"),
        En(Intent.SymptomCheck, 0.85, @"\b(most|every|each|some) nights?\b|\b(times?|nights?) (a|per|each) (week|night|month)\b|\bnightly\b|\b\d+ ?(min|mins|minutes?|secs?|seconds?)\b|\b(a few|couple of|several|two|three) (minutes|seconds|times)\b|\b(i|my \w+) (get|gets|keep getting|have|had|has) (leg |calf |foot |thigh |bad |night )?(cramps|cramping)\b|\bwakes? me\b|\b(once|twice|\d+ times?|a few times|several times|a couple of times) (a|per|each|every) (week|night|month|day)\b|\blasts?\b|\blasting\b|\bhad (a |an )?(bad |leg |calf |foot |night )?cramps?\b"),
        Zh(Intent.SymptomCheck, 0.95, @"(检查|查一下|查查|评估|自查).{0,4}(症状|情况)?|症状自查"),
        Zh(Intent.SymptomCheck, 0.85, @"要不要.{0,2}看医生|需要.{0,2}看医生|该不该.{0,2}看医生|严重吗|要紧吗|担心|正常吗"),
        Zh(Intent.SymptomCheck, 0.85, @"每晚|每天晚上|每个晚上|几乎每|天天|一周|一个星期|每周|每星期|一个月|每个月|[一二两三四五六七八九十几\d]+次|分钟|秒|我经常|经常抽|老是抽|总是抽|常常抽|晚上.{0,4}抽筋"),

        // Topics the bot answers.
        En(Intent.Prevention, 0.9, @"\bprevent|\bavoid|\bstop (them|it|cramps?|the cramps?|getting|having)\b|\bkeep (them|cramps|it) (away|from)|\bfewer cramps\b|\bget rid of\b|\breduce (the )?(cramps|number)"),
        Zh(Intent.Prevention, 0.9, @"预防|避免|防止|(怎么|怎样|如何)(才能|可以|能)?不(再)?抽|不再抽筋|减少抽筋|少抽筋"),
        En(Intent.Calcium, 0.9, @"\bcalcium\b", CueKind.Topic),
        Zh(Intent.Calcium, 0.9, @"钙", CueKind.Topic),
        En(Intent.PickleJuice, 0.95, @"\bpickle", CueKind.Topic),
        Zh(Intent.PickleJuice, 0.95, @"泡菜汁|酸黄瓜|腌黄瓜|腌菜汁|酸菜汁|泡菜水", CueKind.Topic),
        En(Intent.Magnesium, 0.95, @"\bmagnesium\b", CueKind.Topic),
        Zh(Intent.Magnesium, 0.95, @"镁", CueKind.Topic),
        En(Intent.Medicines, 0.8, @"\b(medicines?|medications?|meds|drugs?|pills?|tablets?|quinine|tonic water|statins?|diuretics?|water pills?|painkillers?|ibuprofen|paracetamol|prescription)\b", CueKind.Topic),
        Zh(Intent.Medicines, 0.8, @"药|奎宁|他汀|利尿剂|止痛|布洛芬|对乙酰氨基酚|扑热息痛|汤力水|处方", CueKind.Topic),
        En(Intent.Pregnancy, 0.8, @"\bpregnan|\bexpecting (a baby)?\b|\bweeks? pregnant\b|\bpostpartum\b|\bgave birth\b", CueKind.Topic),
        Zh(Intent.Pregnancy, 0.8, @"怀孕|孕期|孕妇|怀宝宝|孕[\d一二三四五六七八九十]+周|妊娠|产后|生完孩子|坐月子", CueKind.Topic),
        En(Intent.Stretches, 0.9, @"\bstretch", CueKind.Topic),
        Zh(Intent.Stretches, 0.9, @"拉伸|伸展|牵拉|拉筋", CueKind.Topic),
        En(Intent.SleepingPosture, 0.9, @"\bsleep(ing)? (position|posture)s?\b|\bposture\b|\bhow (should|do) i (lie|sleep)\b|\bpositions? (in|for) (bed|sleep)|\b(blanket|blankets|duvet|bedsheets?|covers) (too )?tight\b|\bpillow\b", CueKind.Topic),
        Zh(Intent.SleepingPosture, 0.9, @"睡姿|睡觉.{0,2}姿势|怎么睡|被子|躺姿|垫枕头|枕头", CueKind.Topic),

        // Global commands. Whole-message forms are unmistakable; inside a sentence they are weaker.
        En(Intent.Help, 0.95, @"^(help|help me|menu|options|what can you do|what do you do|what can i ask|what can i say)[.!?。~ ]*$"),
        En(Intent.Help, 0.8, @"\bwhat can you (do|help with)\b|\bhow does this work\b|\bwhere are we\b|\bwhat are my options\b"),
        En(Intent.Help, 0.6, @"\bhelp\b"),
        Zh(Intent.Help, 0.95, @"^(帮助|帮忙|菜单|你能做什么|你会什么|怎么用|功能|你能干什么)[.!?。~ ]*$"),
        Zh(Intent.Help, 0.8, @"你能做什么|你能帮我什么|你会做什么|能帮我什么|你能干什么|怎么用|说到哪了|我们在哪一步"),
        En(Intent.Cancel, 0.95, @"^(cancel|stop|quit|exit|never ?mind|forget it|abort|cancel that|stop this|stop it|stop asking)[.!?。~ ]*$"),
        En(Intent.Cancel, 0.8, @"\bcancel\b|\bstop (asking|the questions)\b"),
        Zh(Intent.Cancel, 0.95, @"^(取消|算了|不用了|停|停止|退出|不问了|算了吧|别问了)[.!?。~ ]*$"),
        Zh(Intent.Cancel, 0.8, @"取消|别问了|不想回答了"),
        En(Intent.StartOver, 0.95, @"\b(start over|start again|restart|begin again|from the (beginning|start)|reset|start from scratch)\b"),
        Zh(Intent.StartOver, 0.95, @"重新开始|重来|从头开始|从头来|重置|再来一遍|再来一次"),
        En(Intent.ChangeLanguage, 0.95, @"\b(english|chinese|mandarin|language)\b"),
        Zh(Intent.ChangeLanguage, 0.95, @"中文|英文|英语|汉语|普通话|语言"),
        En(Intent.DeleteData, 0.95, @"\b(delete|erase|remove|wipe|clear)\b.*\b(data|information|info|history|everything|records?|details)\b|\bforget (me|everything|about me|what i said)\b"),
        Zh(Intent.DeleteData, 0.95, @"(删除|清除|删掉|清空|抹掉).{0,4}(数据|资料|记录|信息|内容)|忘掉我|忘记我"),
        En(Intent.Thanks, 0.95, @"\b(thanks|thank you|thank u|thx|ty|cheers|much appreciated)\b"),
        Zh(Intent.Thanks, 0.95, @"谢谢|多谢|感谢|谢啦|谢了"),
        En(Intent.Goodbye, 0.95, @"\b(bye|goodbye|good night|goodnight|see you|cya|night night)\b"),
        Zh(Intent.Goodbye, 0.95, @"再见|拜拜|晚安|回头见"),
        En(Intent.Greeting, 0.9, @"^(hi|hello|hey|hiya|howdy|good (morning|evening|afternoon))\b"),
        Zh(Intent.Greeting, 0.9, @"^(你好|您好|嗨|哈喽|在吗|早上好|晚上好)"),

        // Outside CrampBot's scope: other body parts and unrelated topics. Dropped when the message is about legs.
        En(Intent.OutOfScope, 0.8, @"\b(knees?|back|head|headaches?|migraine|stomach|tummy|arms?|shoulders?|neck|tooth|teeth|toothache|ears?|eyes?|hips?|wrists?|elbows?|throat)\b|\b(weather|joke|recipe|covid|flu|fever|football|stocks?|homework)\b"),
        Zh(Intent.OutOfScope, 0.8, @"膝盖|腰|背疼|背痛|后背|头疼|头痛|偏头痛|胃|肚子疼|肩膀|脖子|牙|眼睛|耳朵|嗓子|喉咙|感冒|发烧|天气|笑话|手腕|胳膊|菜谱|股票"),
    ];

    /// <summary>Anything about cramps or legs: keeps a message in scope and, alone, makes the bot ask what the user wants.</summary>
    public static Regex CrampTerm { get; } = new(
        @"\b(cramps?|cramping|cramped|spasms?|charley horse|charlie horse)\b|抽筋|痉挛|腿抽|抽了",
        Options);

    public static Regex LegTerm { get; } = new(
        @"\b(legs?|calf|calves|foot|feet|thighs?|shins?|toes?|hamstrings?|muscles?)\b|腿|小腿|腿肚|脚|足|大腿|脚趾|肌肉",
        Options);

    /// <summary>The past or a habit: "抽筋了" then means it happened, not that it is happening.</summary>
    public static Regex PastOrHabit { get; } = new(
        @"\b(last night|yesterday|usually|often|always|every night|most nights|sometimes|used to|keep getting|again and again|at night)\b|昨晚|昨天|前天|上次|以前|经常|总是|每晚|每天|老是|常常|一周|几乎|晚上",
        Options);

    /// <summary>A question form: a topic named in a question is what the user wants answered.</summary>
    public static Regex QuestionForm { get; } = new(
        @"\?|？|^(can|does|do|is|are|should|will|would|how|what|which)\b|\b(help with|good for|work for|safe)\b|吗|么|能不能|可不可以|可以吗|有用|有效|管用|好不好|怎么样|要不要|该不该",
        Options);

    public static Regex EnglishTarget { get; } = new(@"\benglish\b|英文|英语", Options);

    public static Regex ChineseTarget { get; } = new(@"\b(chinese|mandarin)\b|中文|汉语|普通话", Options);

    private static IntentCue En(Intent intent, double weight, string pattern, CueKind kind = CueKind.Plain) =>
        new(intent, weight, new Regex(pattern, Options), kind);

    private static IntentCue Zh(Intent intent, double weight, string pattern, CueKind kind = CueKind.Plain) =>
        new(intent, weight, new Regex(pattern, Options), kind);
}
