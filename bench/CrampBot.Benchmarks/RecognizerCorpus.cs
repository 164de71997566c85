namespace CrampBot.Benchmarks;

/// <summary>
/// A mixed English/Chinese corpus of patient-style messages for the recognizer benchmarks: answers with
/// quantities, answers without, and a few long ones. Written for the benchmark; not the shared cases.
/// </summary>
internal static class RecognizerCorpus
{
    public static readonly string[] Utterances =
    [
        "most nights, two or three minutes each time",
        "I get leg cramps about 4 times a week and they last 30 seconds to a minute.",
        "Every other night, like clockwork.",
        "It usually starts around 3 am and I'm 67 years old.",
        "once or twice a month at most",
        "The worst one lasted over an hour, the rest maybe 10-15 seconds.",
        "I take 400 mg of magnesium once a day.",
        "Not every night, but often enough to scare me.",
        "a minute and a half, give or take",
        "Several nights a week, for 20-30 seconds.",
        "My left calf cramps up really badly when I point my toes.",
        "It's been going on for about three months now.",
        "3x a week, 1-2 min",
        "I don't know how long it lasts.",
        "Mondays and Thursdays after tennis, a couple of minutes each time.",
        "Thanks, that helps a lot!",
        "一周三四次，每次半分钟左右",
        "每周抽筋三次",
        "隔一天抽一次，每次几秒钟",
        "不是每晚都抽筋",
        "一个月最多一次",
        "抽了一个多小时",
        "我今年六十五岁，一般是凌晨三点左右",
        "每天夜里两点左右抽一次",
        "两三分钟就过去了",
        "差不多每天都抽，一分钟都不到",
        "抽筋已经有三个月了，每周一两次",
        "小腿肚子硬得像石头",
        "镁片每天两次，每次一片",
        "一年也就两三次",
        "每周二和周四打完球就抽",
        "谢谢医生",
    ];
}
