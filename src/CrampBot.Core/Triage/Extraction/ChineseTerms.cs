using static CrampBot.Core.Triage.Facts;

namespace CrampBot.Core.Triage.Extraction;

/// <summary>
/// Simplified Chinese phrasings of each fact. Chinese negation sits right before the word it denies, so most
/// patterns mark that word with the group "k" ("左腿不<k>肿</k>"). Order matters within a group, as in English.
/// </summary>
internal static class ChineseTerms
{
    // Up to a few characters within one clause.
    private const string Near = @"[^，。；！？,.;!?\n]{0,8}?";

    public static IReadOnlyList<Term> All { get; } =
    [
        // Where.
        Term.Of(LocationCalf, @"小腿|腿肚|腓肠肌"),
        Term.Of(LocationFoot, @"脚|足|脚趾|脚底|脚掌|脚心"),
        Term.Of(LocationThigh, @"大腿"),
        Term.Of(OneLeg, @"[左右](腿|小腿|脚|边|侧)|一条腿|一侧|单侧|一边|同一条腿|一只脚"),
        Term.Of(BothLegs, @"两条腿|双腿|两腿|两边|两侧|左右(腿|两边)?都|两只脚|双脚"),

        // Swelling: both sides first, then one side, then a bare mention (taken as one leg, the cautious reading).
        Term.Of(SwellingBoth, @"(两条腿|双腿|两腿|两侧|两边|两只脚|双脚|脚踝|脚脖子)" + Near + @"(?<k>肿|浮肿|水肿)|(?<k>浮肿|水肿)", "swelling", SwellingOneSide),
        Term.Of(SwellingOneSide, @"([左右](腿|小腿|脚|边|侧)|一条腿|一侧|单侧|一边|一只脚)" + Near + @"(?<k>肿|粗|胀大)", "swelling"),
        Term.Of(SwellingOneSide, @"(?<k>肿)(?!瘤)", "swelling", SwellingBoth),

        Term.Of(RednessWarmth, @"(?<k>发红|红肿|变红|发烫|发热|烫手)|(?<k>摸着?)(有点|很|发)?[热烫]|[腿脚肤也不又有点很]{1}(?<k>红)"),
        Term.Of(BreathlessChestPain, @"喘不(上|过)气|(?<k>气喘|气短|气促|气急|呼吸困难|憋气|胸(口)?(痛|疼|闷)|咳血|咯血|晕倒|昏倒|晕过去)|(?<k>(?<!哮)喘)"),
        Term.Of(ColdPaleFoot, @"(脚|腿|脚趾|足)" + Near + @"(?<k>发白|苍白|惨白|发紫|青紫|发青|花斑|突然(变)?(凉|冷|冰))|(脚|腿|脚趾)(突然)?(动不了|不能动|无法(活)?动)|突然(变得)?冰凉", "cold"),
        Term.Of(ColdExposure, @"(?<k>受凉|着凉|房间(很|太)?冷|屋里(很|太)?冷|天(气)?(很|太)?冷|冬天|露在(被子)?外|被子(太)?薄|空调|没盖(被子)?|脚(很|总是|老是)?(冷|凉)|腿(很|总是|老是)?(冷|凉))", "cold"),
        // Denials and "normal" statements with no symptom word the terms above know: "脚不凉", "脚不冰", "脚的颜色正常",
        // "脚不凉，颜色也正常".
        Term.Denial(ColdPaleFoot, @"(脚|腿|脚趾|足|脚丫)" + Near + @"(?<k>冰凉|发凉|凉(?!席|水|快)|冷(?!敷|水)|冰(?!敷|箱|袋|块|水))"),
        Term.Normal(ColdPaleFoot, @"(脚|腿|脚趾|足|脚丫)(的)?(颜色|肤色|皮肤颜色|皮肤|温度)(看着|看起来|摸着)?(也|都|还)?(很|挺|比较|完全)?(?<k>正常|红润)|(脚|脚趾|足|脚丫)(摸着|摸起来)?(也|都|还)?(很|挺|比较)?(?<k>暖和|温暖|暖乎乎|热乎乎|是暖的|是热的)|(脚|腿|脚趾|足)[^。；！？\n尿便]{0,8}?[，,](颜色|肤色|温度)(看着|看起来|摸着)?(也|都|还)?(很|挺|比较|完全)?(?<k>正常|红润)"),
        Term.Of(InjuryOrCast, @"(?<k>受伤|受过伤|伤到|扭伤|骨折|摔伤|摔了一跤|撞伤|撞了|石膏|绷带|挤压伤|砸伤|崴了)"),
        Term.Of(PainWorsening, @"(?<k>越来越(疼|痛|重|厉害|严重)|疼得越来越|持续加重|一动脚趾就(疼|痛)|动脚趾(时)?(更|很|特别)?(疼|痛)|绷得(很|特别)?紧|硬邦邦)"),
        Term.Of(WoundRecent, @"(?<k>伤口|割伤|扎伤|划伤|刺伤|钉子|铁钉|生锈|铁锈|被狗咬|被猫|咬伤|抓伤|破伤风|扎破|划破)"),
        Term.Of(JawStiffness, @"下巴[^，。；！？,.;!?\n]{0,4}?(?<k>僵|紧|硬)|(?<k>牙关(发)?紧|张不开嘴|张嘴困难|张口困难|嘴张不开|吞咽困难|咽不下|抽搐.{0,3}蔓延|全身抽搐|全身僵)"),
        Term.Normal(DarkUrine, @"(尿|小便)(液)?(的)?(颜色|色)?(看着|看起来)?(也|都|还|倒)?(很|挺|比较|完全|一切)?(?<k>正常|清亮|清澈|淡黄|透明|没问题|没什么问题)|(尿|小便)[^。；！？\n脚腿趾]{0,8}?[，,](颜色|色)(看着|看起来)?(也|都|还)?(很|挺|比较|完全)?(?<k>正常|清亮|淡黄)"),
        Term.Of(DarkUrine, @"(尿|小便)(色|的颜色|颜色|液|液的颜色)?(不|没|并不)?(很|特别|发|变|偏|有点)?(?<k>深|黑|褐|浓)|(?<k>尿|小便)(像|跟|和)(浓茶|可乐|酱油)|(?<k>可乐|酱油|浓茶)(色|一样|似)的?(尿|小便)|(?<k>尿|小便)(量)?(很少|少了|变少|特别少)"),
        // 先说尿，后面再说颜色："尿量正常，但是颜色很深"。
        Term.Of(DarkUrine, @"(尿|小便)[^。；！？\n脚腿趾]{0,10}?[，,][^。；！？\n脚腿趾]{0,4}?(颜色|色)(也|都|还)?(很|特别|发|变|偏|有点)?(?<k>深|黑|褐|浓)"),
        Term.Of(MuscleWeakness, @"(?<k>无力|没力气|没劲|乏力|力气(变小|越来越小)|越来越弱|上楼(梯)?(吃力|困难|费劲)|容易(摔|绊)|经常摔|老摔|摔倒|说话(不清|含糊))"),
        Term.Of(WastingTwitching, @"(?<k>萎缩|变细|肌肉(变)?(少|瘦)|肉跳|一跳一跳|颤动|肌束)|肌肉[^，。；！？,.;!?\n]{0,4}?(?<k>跳)"),
        Term.Of(TinglingMouth, @"(嘴|嘴唇|嘴角|口周|口唇|嘴巴)(周围|附近|四周)?" + Near + @"(?<k>麻|刺)", "tingling"),
        Term.Of(NumbnessTingling, @"(?<k>麻木|发麻|麻麻|针刺|针扎|刺痛|烧灼|灼热感|烧得慌|火辣辣|有点麻|腿麻|脚麻|麻(?!烦|辣|将))", "tingling"),
        Term.Of(BruisingBleeding, @"(?<k>淤青|瘀青|瘀斑|淤血|出血点|紫斑|红点|牙龈出血|流鼻血|鼻出血|血尿|出血)"),
        Term.Of(BackPainRadiating, @"(?<k>腰(痛|疼|不好|酸)|腰椎|椎间盘|坐骨神经|放射)"),
        Term.Of(PainWalkingRelievedRest, @"(?<k>间歇性跛行)|走(路|一段|了一段|几百米|不远|一会儿?|得远)[^。；！？\n]{0,10}?(小腿|腿)?[^。；！？\n]{0,3}?(?<k>疼|痛)"),
        Term.Of(RestPainEasedHanging, @"(?<k>垂(下|到床边|在床边|在床沿|下来)|腿放下来|耷拉|久治不愈|伤口(一直)?(不|难以)愈合|不愈合|脚趾(发黑|变黑|变色))"),
        Term.Of(UrgeToMove, @"(?<k>不宁腿|不安腿|总想动|想动一动|老想动|忍不住(要)?动|蚁(爬|走)|虫爬|动一动(就)?(舒服|好)|放哪儿都不舒服)"),
        Term.Of(ToxinExposure, @"(?<k>铅(?!笔)|汞|水银|砷|农药|杀虫剂|有毒|毒物|化学品|中毒)"),
        Term.Of(PregnantOrPostpartum, @"(?<k>怀孕|孕(期|妇|中|晚|早)|孕\d+周|孕[一二三四五六七八九十]+周|怀了|妊娠|产后|生完(孩子|宝宝)?|刚生|坐月子|月子|分娩)"),
        Term.Of(TakesStatin, @"(?<k>他汀|降脂药|降血脂的药|降胆固醇)"),
        Term.Of(TakesDiuretic, @"(?<k>利尿(剂|药)|呋塞米|速尿|氢氯噻嗪|吲达帕胺|螺内酯|双氢克尿噻)"),
        Term.Of(TakesBeta2Agonist, @"(?<k>沙丁胺醇|万托林|吸入剂|喷雾剂|哮喘(的)?(药|喷)|沙美特罗|福莫特罗|特布他林)"),
        Term.Of(TakesCalciumChannelBlocker, @"(?<k>硝苯地平|氨氯地平|非洛地平|地尔硫卓|维拉帕米|钙通道阻滞剂|钙拮抗剂)"),
        Term.Of(TakesOestrogen, @"(?<k>雌激素|激素替代|雷洛昔芬|避孕药)"),
        Term.Of(TakesQuinine, @"(?<k>(在)?(吃|服|用|服用|吃着|开了)(着|的)?奎宁)", "quinine"),
        Term.Of(AsksQuinine, @"(?<k>奎宁|汤力水|通宁水)", "quinine"),
        Term.Of(MedicineNew, @"(?<k>(开始|新)(吃|用|服)?" + Near + @"药|换(了)?药|加(了)?药量|用药后|吃药后|吃了.{0,6}药(以|之)?后)"),
        Term.Of(TakesOtherMedicine, @"(?<k>降压药|吃药|服药|在吃.{0,4}药|长期(吃|服)药)"),
        Term.Of(HasDiabetes, @"(?<k>糖尿病|血糖(高|偏高)|胰岛素|二甲双胍)"),
        Term.Of(HasThyroidDisease, @"(?<k>甲状腺|甲减|甲亢|优甲乐)"),
        Term.Of(HasKidneyDisease, @"(?<k>肾(病|功能|衰|不好)|透析|尿毒症)"),
        Term.Of(HasLiverDisease, @"(?<k>肝(病|硬化|炎|不好|功能)|脂肪肝)"),
        Term.Of(SleepDisturbed, @"(?<k>疼醒|痛醒|抽醒|惊醒|(弄|疼|抽)醒|睡不(好|着)|影响睡眠|失眠|无法入睡|影响(白天|工作|生活))"),
        Term.Of(CrampsWidespread, @"(?<k>全身(都)?(抽筋|痉挛)|浑身(都)?(抽筋|痉挛)|很多(地方|肌肉)(都)?(会)?抽筋|手(也|都)?(会)?抽筋|其他(地方|肌肉)(也)?(会)?抽)"),
        Term.Of(Inactive, @"(?<k>久坐|不(怎么|太|爱)?运动|很少运动|缺乏(运动|锻炼)|不锻炼|坐(一整天|一天)|整天坐|一天到晚坐)", "exercise"),
        Term.Of(HardExercise, @"(?<k>剧烈运动|运动(量)?(太大|过度|过量)|运动(完|后|之后)|跑(步|了|完)|马拉松|健身|锻炼(太|过)|爬山|打球|踢球|徒步|走了(很|好)?(远|久|多)|站了?(一整天|一天|很久|好久|很长时间)|久站|长时间站|站着上班|累了一天)", "exercise"),
        Term.Of(LowFluid, @"(?<k>(喝水|饮水)(很|太|比较)?少|不(怎么|太|爱)?喝水|很少喝水|脱水|出汗(很|特别)?多|大量出汗|出了很多汗|(天气|夏天)(很|太|特别)?热|天(很|太|特别)热|高温)"),
        Term.Of(HeavyLegsVeins, @"(?<k>静脉曲张|青筋(凸|突)起|腿(发|很)?沉|腿(很)?重|沉重|发沉|腿(发)?酸胀)"),
        Term.Of(PoorPosture, @"(?<k>趴(着)?睡|俯卧|脚尖(绷|朝下|伸直)|被子(太)?(重|紧|压)|睡姿)"),
    ];
}
