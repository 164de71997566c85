namespace CrampBot.Core.Tests.Triage;

/// <summary>
/// Short patient stories written for CrampBot (not taken from any source), each with the level and the
/// leading cause a clinician would expect from the rules. Half English, half simplified Chinese; every red
/// flag appears at least once; the benign ones use vague wording and negations on purpose.
/// </summary>
internal static class Vignettes
{
    public sealed record Vignette(string Id, string Locale, string Text, string Level, string Cause, string Flag);

    public static IReadOnlyList<Vignette> All { get; } =
    [
        // English.
        new("en-01", "en-US", "Every now and then my calf cramps at night, it goes after a minute. No swelling or redness, I feel fine otherwise.", "self-care", "idiopathic_nocturnal_cramp", ""),
        new("en-02", "en-US", "I ran a half marathon yesterday and last night both calves cramped for a few seconds.", "self-care", "exercise_associated", ""),
        new("en-03", "en-GB", "My bedroom is freezing and I sleep on my stomach; my foot cramped a couple of times this month.", "self-care", "cold_or_posture", ""),
        new("en-04", "en-US", "I'm 30 weeks pregnant and get calf cramps at night, about once a week. No swelling in my legs.", "self-care", "pregnancy_associated", ""),
        new("en-05", "en-US", "Occasional cramps, not swollen, not short of breath, no numbness or tingling.", "self-care", "idiopathic_nocturnal_cramp", ""),
        new("en-06", "en-GB", "Cramps most nights for two months now, they last about 2 minutes.", "see-doctor-routine", "idiopathic_nocturnal_cramp", "YF-01"),
        new("en-07", "en-GB", "My left calf is swollen, warm and aches all the time since my long flight last week.", "see-doctor-soon", "deep_vein_thrombosis", "RF-01"),
        new("en-08", "en-US", "My right calf is swollen and now I suddenly feel short of breath with chest pain.", "emergency", "pulmonary_embolism", "RF-02"),
        new("en-09", "en-US", "My foot suddenly went pale and cold and I can't move my toes.", "emergency", "acute_limb_ischaemia", "RF-03"),
        new("en-10", "en-GB", "The cramp in my thigh has lasted 25 minutes and stretching isn't helping.", "see-doctor-soon", "prolonged_unrelieved_cramp", "RF-04"),
        new("en-11", "en-US", "I stepped on a rusty nail two weeks ago and now my leg keeps going into spasm.", "see-doctor-soon", "tetanus", "RF-05"),
        new("en-12", "en-US", "I cut my hand gardening ten days ago and now my jaw is stiff and I get painful spasms.", "emergency", "tetanus", "RF-05"),
        new("en-13", "en-GB", "I work at a battery recycling plant with lead dust and I've started getting cramps.", "see-doctor-soon", "toxin_exposure", "RF-06"),
        new("en-14", "en-US", "I started atorvastatin a month ago and now I get leg cramps and my thighs ache.", "see-doctor-soon", "statin_myopathy", "RF-07"),
        new("en-15", "en-US", "After a very long run in the heat my legs hurt badly and my pee is dark brown like cola.", "emergency", "rhabdomyolysis", "RF-08"),
        new("en-16", "en-GB", "Cramps for months, my legs are getting weaker, I keep tripping, and I see twitching in my calves.", "see-doctor-soon", "neuromuscular_disease", "RF-09"),
        new("en-17", "en-US", "I smoke and have diabetes; my toes hurt at night and it helps to hang my foot over the side of the bed.", "see-doctor-soon", "critical_limb_ischaemia", "RF-10"),
        new("en-18", "en-GB", "I broke my ankle and I'm in a cast; the calf pain is getting worse and worse.", "emergency", "compartment_syndrome", "RF-11"),
        new("en-19", "en-US", "Since my thyroid operation I've had tingling around my lips and my feet cramp.", "see-doctor-soon", "electrolyte_metabolic", "RF-12"),
        new("en-20", "en-GB", "I take quinine for my cramps and I have bruises I can't explain and my gums bleed.", "see-doctor-soon", "quinine_adverse_effect", "RF-13"),
        new("en-21", "en-GB", "I had my baby three weeks ago and now one calf is swollen and sore.", "see-doctor-soon", "deep_vein_thrombosis", "RF-14"),
        new("en-22", "en-US", "In the evening my legs feel creepy-crawly and I have to keep moving them; walking about helps.", "see-doctor-routine", "restless_legs_syndrome", "YF-04"),
        new("en-23", "en-US", "My calf hurts when I walk to the shops and it goes away when I stop and rest.", "see-doctor-routine", "peripheral_arterial_disease_claudication", "YF-03"),
        new("en-24", "en-US", "Can I take quinine for my leg cramps? They come about once a week.", "see-doctor-routine", "idiopathic_nocturnal_cramp", "YF-08"),
        new("en-25", "en-US", "My lips are tingling after neck surgery and now my throat feels tight and I'm struggling to breathe.", "emergency", "electrolyte_metabolic", "RF-12"),

        // 简体中文.
        new("zh-01", "zh-CN", "偶尔小腿抽筋，一两分钟就好了，腿不肿也不红。", "self-care", "idiopathic_nocturnal_cramp", ""),
        new("zh-02", "zh-CN", "昨天爬山走了很远，晚上两条小腿都抽筋了，几十秒就好。", "self-care", "exercise_associated", ""),
        new("zh-03", "zh-CN", "冬天屋里很冷，我又喜欢趴着睡，脚偶尔抽筋。", "self-care", "cold_or_posture", ""),
        new("zh-04", "zh-CN", "我怀孕七个月了，晚上小腿抽筋，一周一次左右，腿不肿。", "self-care", "pregnancy_associated", ""),
        new("zh-05", "zh-CN", "偶尔抽一下，没有肿，也不麻，没有胸痛，也不喘。", "self-care", "idiopathic_nocturnal_cramp", ""),
        new("zh-06", "zh-CN", "几乎每晚都抽筋，已经三个月了，每次两三分钟。", "see-doctor-routine", "idiopathic_nocturnal_cramp", "YF-01"),
        new("zh-07", "zh-CN", "左小腿肿了，摸着发热，一直胀痛。", "see-doctor-soon", "deep_vein_thrombosis", "RF-01"),
        new("zh-08", "zh-CN", "右腿又肿又红，现在喘不上气，胸口疼。", "emergency", "pulmonary_embolism", "RF-02"),
        new("zh-09", "zh-CN", "脚突然冰凉发白，脚趾动不了，疼得厉害。", "emergency", "acute_limb_ischaemia", "RF-03"),
        new("zh-10", "zh-CN", "抽筋二十分钟了，拉伸也没用，还没好。", "see-doctor-soon", "prolonged_unrelieved_cramp", "RF-04"),
        new("zh-11", "zh-CN", "十天前被生锈的钉子扎了脚，现在腿老抽搐。", "see-doctor-soon", "tetanus", "RF-05"),
        new("zh-12", "zh-CN", "一周前脚被划破了，现在下巴发僵，张嘴困难。", "emergency", "tetanus", "RF-05"),
        new("zh-13", "zh-CN", "我在电池厂上班，经常接触铅，最近腿老抽筋。", "see-doctor-soon", "toxin_exposure", "RF-06"),
        new("zh-14", "zh-CN", "吃他汀两个月了，最近大腿酸痛，还抽筋。", "see-doctor-soon", "statin_myopathy", "RF-07"),
        new("zh-15", "zh-CN", "跑完马拉松后腿疼得厉害，尿像酱油一样。", "emergency", "rhabdomyolysis", "RF-08"),
        new("zh-16", "zh-CN", "这半年腿越来越没力气，上楼梯吃力，小腿肌肉一跳一跳的。", "see-doctor-soon", "neuromuscular_disease", "RF-09"),
        new("zh-17", "zh-CN", "我有糖尿病，晚上脚趾疼，把腿垂到床边才好一点。", "see-doctor-soon", "critical_limb_ischaemia", "RF-10"),
        new("zh-18", "zh-CN", "小腿骨折打了石膏，现在疼得越来越厉害。", "emergency", "compartment_syndrome", "RF-11"),
        new("zh-19", "zh-CN", "甲状腺手术后嘴唇周围发麻，脚也抽筋。", "see-doctor-soon", "electrolyte_metabolic", "RF-12"),
        new("zh-20", "zh-CN", "我在吃奎宁，最近身上莫名其妙有淤青，刷牙牙龈出血。", "see-doctor-soon", "quinine_adverse_effect", "RF-13"),
        new("zh-21", "zh-CN", "刚生完孩子一个月，一条腿肿了，小腿疼。", "see-doctor-soon", "deep_vein_thrombosis", "RF-14"),
        new("zh-22", "zh-CN", "傍晚腿里像有蚂蚁爬，总想动，一动就舒服些。", "see-doctor-routine", "restless_legs_syndrome", "YF-04"),
        new("zh-23", "zh-CN", "走几百米小腿就疼，停下来歇一会就好。", "see-doctor-routine", "peripheral_arterial_disease_claudication", "YF-03"),
        new("zh-24", "zh-CN", "听说奎宁能治抽筋，我能吃吗？一周抽一次。", "see-doctor-routine", "idiopathic_nocturnal_cramp", "YF-08"),
        new("zh-25", "zh-CN", "小腿抽筋一周两次，不知道腿有没有肿。", "see-doctor-soon", "deep_vein_thrombosis", "RF-01"),
    ];
}
