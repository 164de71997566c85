using static CrampBot.Core.Triage.Facts;

namespace CrampBot.Core.Triage.Extraction;

/// <summary>
/// English phrasings of each fact, matched on lower-cased text with straight apostrophes. Order matters
/// within a group: the more specific phrase comes first and claims the words.
/// </summary>
internal static class EnglishTerms
{
    private const string Near = @"[^.;!?]{0,25}?";

    // A short gap within one clause that does not turn to another subject or a test ("pee is fine, my foot …").
    private const string NotAbout = @"(?:(?!\b(?:urine|pee|wee|foot|feet|legs?|toes?|test|sample|dipstick|but|though)\b)[^.;!?,]){0,25}?";

    public static IReadOnlyList<Term> All { get; } =
    [
        // Where.
        Term.Of(LocationCalf, @"\b(calf|calves|back of (my|the) (lower )?legs?|shin)\b"),
        Term.Of(LocationFoot, @"\b(foot|feet|toes?|arch|sole)\b"),
        Term.Of(LocationThigh, @"\b(thighs?|hamstrings?|quads?)\b"),
        Term.Of(OneLeg, @"\b(left|right|one) (leg|calf|foot|side|thigh)\b|\bsame (leg|side|calf)\b|\bonly (in )?one\b"),
        Term.Of(BothLegs, @"\bboth (legs|calves|feet|sides|thighs)\b|\beither (leg|side)\b|\balternat\w+ (legs|sides)\b"),

        // Swelling: both sides first, then one side, then a bare mention (taken as one leg, the cautious reading).
        Term.Of(SwellingBoth, @"\b(both|two) (legs|calves|ankles|feet)" + Near + @"(?<k>swollen|swell|swells|swelling|puffy)\b|\b(?<k>swollen|puffy|swelling (in|of)( my| both)?) (ankles|legs|feet|calves)\b|\b(ankles|legs|feet|calves) (are|get|look|become|go|feel)( a bit| quite| very| really| slightly)? (?<k>swollen|puffy)\b|\b(ankles|legs|feet) (?<k>swell)\b", "swelling", SwellingOneSide),
        Term.Of(SwellingOneSide, @"\b(one|left|right|single)\b" + Near + @"\b(?<k>swollen|swelling|puffy|swells?|bigger|larger|fatter)\b|\b(?<k>swollen|puffy) (left |right )?(calf|leg|ankle)\b|\b(calf|leg|ankle) (is|looks|got|has got|has|feels|seems)( a bit| quite| very| really| slightly)? (?<k>swollen|puffy|bigger|fatter)\b", "swelling"),
        Term.Of(SwellingOneSide, @"\b(?<k>swollen|swelling|puffy|puffiness)\b", "swelling", SwellingBoth),

        Term.Of(RednessWarmth, @"\b(red|redness|reddish|inflamed|warmth|hot to (the )?touch|warm to (the )?touch|feels (hot|warm)|(is|looks|gone|turned) (hot|warm))\b"),
        Term.Of(BreathlessChestPain, @"\b(short(ness)? of breath|breathless\w*|out of breath|can't (catch my )?breathe?|can't get my breath|(trouble|difficulty|struggling|struggle) (breathing|to breathe)|hard to breathe|chest (pain|pains|hurts|is tight|tightness)|pain in (my|the) chest|tight chest|cough\w* (up )?blood|fainted|passed out|collapsed)\b"),
        Term.Of(ColdPaleFoot, @"\b(foot|feet|legs?|toes?)\b" + Near + @"\b(?<k>pale|white|bluish|blue|purple|mottled|ice[- ]cold|suddenly cold|gone cold|turned cold|went cold)\b|\b(?<k>pale|white|bluish|blue|mottled|ice[- ]cold) (foot|feet|leg|toes)\b|\b(?<k>can't|cannot|unable to) move (my )?(foot|toes|leg|ankle)\b", "cold"),
        Term.Of(ColdExposure, @"\b(cold|chilly|freezing) (room|bedroom|house|night|nights|weather|floor)\b|\b(legs?|feet|foot) (get|gets|are|is|feel|feels|got) (cold|chilly|freezing)\b|\b(cold|freezing) (legs|feet)\b|\boutside the (covers|duvet|blanket|quilt)\b|\b(air[- ]?con|air conditioning)\b|\bthin (quilt|blanket|duvet)\b|\bno (blanket|duvet)\b|\bwinter\b", "cold"),
        // Denials and "normal" statements that name no symptom word the terms above know: "my foot isn't cold",
        // "no cold or pale feet", "foot is warm and a normal colour".
        Term.Denial(ColdPaleFoot, @"\b(foot|feet|legs?|toes?)\b[^.;!?,]{0,20}?\b(?<k>cold|cool|chilly|freezing|icy|pale|white|blue|bluish|purple|discolou?red)\b|\b(?<k>cold|cool|icy|pale|white|blue|bluish|purple) (foot|feet|legs?|toes)\b"),
        Term.Normal(ColdPaleFoot, @"\b(foot|feet|legs?|toes?)\b" + NotAbout + @"\b(?<k>warm|pink|(a |the )?normal (colou?r|temperature)|normal in colou?r)\b(?! to (the )?touch)|\b(foot|feet|legs?|toes?)\b" + NotAbout + @"\b(colou?r|temperature) (is|looks|seems) (?<k>normal|fine|ok|okay)\b|\b(colou?r|temperature) of (my|the|both) (foot|feet|legs?|toes) (is|are|looks?|seems?) (?<k>normal|fine|ok|okay)\b"),
        Term.Of(InjuryOrCast, @"\b(injur(y|ed|ies)|hurt my (leg|calf|ankle|knee|foot)|sprain(ed)?|fractur(e|ed)|broke my|broken (leg|ankle|foot)|(in a|plaster|leg) cast|a cast\b|tight bandage|crush(ed)?|was hit|got hit|knocked my|twisted my)\b"),
        Term.Of(PainWorsening, @"\b((getting|gets|got|getting|becoming|grown) (much |a lot |even )?worse|worse and worse|keeps getting worse|out of proportion|hurts? (a lot |badly )?(to|when i|if i) move (my )?toes|(rock[- ]hard|tense) and (swollen|tight)|tight and swollen|not easing at all|constant and severe)\b"),
        Term.Of(WoundRecent, @"\b(wound|puncture|rusty|nail went|stepped on (a|some)|dog bite|animal bite|bitten|gash|cut (my|myself|on)|(a|any) (deep |dirty )?(?<k>cuts?)|(?<k>cuts)|splinter|tetanus)\b"),
        Term.Of(JawStiffness, @"\b(jaw\b[^.;!?]{0,15}?\b(?<k>stiff|locked|tight|clenched)|stiff jaw|lock ?jaw|can't open my mouth|(trouble|difficulty|problems?) (opening my mouth|swallowing)|hard to swallow|spasms? (are |is )?spreading|spreading spasms|whole body (spasms?|stiff))\b"),
        Term.Of(DarkUrine, @"\b(dark|brown|cola|tea)[- ]?(colou?red )?(urine|pee|wee)|\b(urine|pee|wee)\b[^.;!?]{0,25}?\b(?<k>dark|brown|black|cola|coke|red|like (tea|cola|coke))\b|\bcola[- ]colou?red\b|\btea[- ]colou?red\b|\b(passing|peeing) (very |hardly any |much )?(little|less)\b"),
        // The urine named once, its colour later in the sentence: "urine was normal yesterday but today it's dark like cola".
        Term.Of(DarkUrine, @"\b(urine|pee|wee)\b[^.;!?]{0,60}?\b(it's|it is|it was|it looks|it's gone|it went|it turned|now|turned|gone|colou?r is) (very |quite |really |a bit )?(?<k>dark|brown|black|red|like (tea|cola|coke))\b|\b(?<k>dark|brown) like (cola|coke|tea)\b"),
        Term.Normal(DarkUrine, @"\b(urine|pee|wee)\b" + NotAbout + @"\b(?<k>normal|clear|pale|light( yellow)?|(pale|light|straw)[- ]colou?red|fine|ok|okay)\b|\b(?<k>normal|clear|pale|light)[- ]?(colou?red )?(urine|pee|wee)\b"),
        Term.Of(MuscleWeakness, @"\b(weak(er|ness)?|lost strength|losing strength|no strength|(trouble|struggle|struggling|hard) (climbing|walking up|getting up) (the )?stairs|keep (tripping|falling)|tripping|fell over|falling over|slurred speech)\b"),
        Term.Of(WastingTwitching, @"\b(wasting|(getting|got|gone|looks?) thinner|shrinking|lost muscle|muscle loss|twitch(es|ing|y)?|fasciculations?|jumping under the skin|flickering)\b"),
        Term.Of(TinglingMouth, @"\b(tingl\w*|numb\w*|pins and needles)\b" + Near + @"\b(mouth|lips?)\b|\b(mouth|lips?)\b" + Near + @"\b(tingl\w*|numb\w*)\b", "tingling"),
        Term.Of(NumbnessTingling, @"\b(numb(ness)?|tingl(e|es|ing|y)|pins and needles|burning (feeling|sensation|feet|pain)|feet burn|prickl\w*)\b", "tingling"),
        Term.Of(BruisingBleeding, @"\b(bruis\w*|(purple|red) spots|petechiae|bleeding (gums|nose)|gums (bleed|are bleeding)|nose ?bleeds?|blood in (my )?(urine|pee)|(heavy |unexplained )?bleeding)\b"),
        Term.Of(BackPainRadiating, @"\b(sciatica|slipped disc|herniated|bulging disc|disc (problem|prolapse)|spinal stenosis|(lower |low )?back (pain|ache|problems?|hurts)|my back (hurts|aches)|pain (goes|runs|shoots|radiates|spreads) (down|into))\b"),
        Term.Of(PainWalkingRelievedRest, @"\bclaudication\b|\b(when|after|while|if) (i )?walk(ing)?\b[^.;!?]{0,50}?\b(rest|stop|stand still|sit down|goes away|eases)\b|\b(calf|calves|legs?) (hurts?|aches?|pain) (when|if|after|while) (i )?walk"),
        Term.Of(RestPainEasedHanging, @"\b(hang(ing)?|dangl(e|ing)) (my |the )?(leg|foot|legs|feet) (over|down|off|out)|\b(sore|ulcer|wound) (on my (foot|toe) )?(that )?(won't|doesn't|isn't|will not|does not) heal|\bnon[- ]healing\b|\b(black|blackened) toes?\b|\btoes? (turning|turned|going) (black|dark)"),
        Term.Of(UrgeToMove, @"\b(urge to move|restless legs?|restless|(have|need|got) to (keep )?mov(e|ing) (my )?legs?|creepy[- ]crawly|crawling|creeping|can't keep (my )?legs? still|better when i (move|walk)|moving (them|it|my legs) helps)\b"),
        Term.Of(ToxinExposure, @"\b(lead (paint|pipes?|poisoning|exposure|dust|fumes|smelter)|exposed to lead|work with lead|mercury|arsenic|pesticides?|insecticides?|toxic|toxins?|chemicals?|chemical fumes|poison(ing|ed)?)\b"),
        Term.Of(PregnantOrPostpartum, @"\b(pregnan(t|cy)|expecting a baby|\d+ weeks pregnant|trimester|gave birth|had (a|my|our) baby|postpartum|post-partum|after (giving )?birth|newborn|just delivered)\b"),
        Term.Of(TakesStatin, @"\b(statins?|atorvastatin|simvastatin|rosuvastatin|pravastatin|lipitor|crestor|zocor|fenofibrate|gemfibrozil|fibrates?|cholesterol (pills?|tablets?|medic\w*|drugs?))\b"),
        Term.Of(TakesDiuretic, @"\b(diuretics?|water (pills?|tablets?)|furosemide|frusemide|lasix|bumetanide|hydrochlorothiazide|bendroflumethiazide|indapamide|thiazides?|spironolactone|chlortalidone)\b"),
        Term.Of(TakesBeta2Agonist, @"\b(salbutamol|albuterol|ventolin|inhalers?|salmeterol|formoterol|terbutaline|bronchodilators?|puffers?)\b"),
        Term.Of(TakesCalciumChannelBlocker, @"\b(nifedipine|amlodipine|felodipine|lercanidipine|diltiazem|verapamil|calcium[- ]channel blockers?)\b"),
        Term.Of(TakesOestrogen, @"\b(oestrogen|estrogen|hrt|hormone replacement|raloxifene|evista|the pill|contraceptive pill|birth control pill)\b"),
        Term.Of(TakesQuinine, @"(?<!\b(can|could|should|may|might|shall) i |\bto )\b(take|taking|takes|took|on|prescribed|using|use|given) (some |my )?quinine\b|\bquinine (tablets?|pills?) (that |which )?i (take|use|have)\b|\bmy quinine\b", "quinine"),
        Term.Of(AsksQuinine, @"\b(quinine|tonic water)\b", "quinine"),
        Term.Of(MedicineNew, @"\b(started|starting|began|begun|new|changed|switched|increased|upped)\b[^.;!?]{0,25}?\b(medic\w*|tablets?|pills?|dose|prescription|statin|inhaler|diuretic|drug)\b|\bsince (i )?(started|starting|began) (taking|on|the)\b"),
        Term.Of(TakesOtherMedicine, @"\b(medication|medications|medicines?|tablets|pills|prescriptions?|blood pressure (pills|tablets|medic\w*))\b"),
        Term.Of(HasDiabetes, @"\b(diabet\w*|type (1|2|one|two)|high blood sugar|insulin|metformin)\b"),
        Term.Of(HasThyroidDisease, @"\b(thyroid|hypothyroid\w*|hyperthyroid\w*|levothyroxine|thyroxine)\b"),
        Term.Of(HasKidneyDisease, @"\b(kidney (disease|problems?|failure|trouble)|renal|dialysis|ckd)\b"),
        Term.Of(HasLiverDisease, @"\b(liver (disease|problems?|trouble)|cirrhosis|hepatitis|fatty liver)\b"),
        Term.Of(SleepDisturbed, @"\b(wakes? me|woke me|waking me|wake up (in pain|screaming)|keeps? me (up|awake)|can't (get back to )?sleep|couldn't (get back to )?sleep|ruin(s|ing)? my sleep|los(e|ing) sleep|disturb(s|ing)? my sleep|tired all day|exhausted|affects? my (day|work))\b"),
        Term.Of(CrampsWidespread, @"\b(cramps?|spasms?) (all over|everywhere|in (my )?(hands|arms|back|stomach|belly|fingers|many muscles))|\bother muscles\b|\ball over (my )?body\b|\bwhole body cramps?\b"),
        Term.Of(Inactive, @"\b((don't|do not|rarely|never|hardly( ever)?) (exercise|work out|do (any )?sport|move much)|sit (at a desk )?all day|sitting all day|sedentary|desk job|not (very )?active|lack of exercise|couch potato|(little|no) exercise)\b", "exercise"),
        Term.Of(HardExercise, @"\b(ran|run|running|marathon|jog\w*|gym|work(ed)? out|workout|exercis\w*|training|trained|hik(e|ed|ing)|climb(ed|ing)?|cycl(ed|ing)|football|soccer|tennis|basketball|played \w+|on my feet all day|stand(ing)? (all day|for hours|a lot)|stood (all day|for hours)|long walk|walked (a lot|all day|miles|for hours))\b", "exercise"),
        Term.Of(LowFluid, @"\b((don't|do not|hardly|rarely|barely|never) drink (much|enough|a lot)?( of)? ?(water|fluids?)?|not drinking (much|enough)|dehydrat\w*|sweat(ing|ed)? (a lot|heavily|loads)|very sweaty|hot (day|weather)|heat ?wave|drink (very )?little)\b"),
        Term.Of(HeavyLegsVeins, @"\b(varicose|legs? (feel|feels|get|gets|are|is) (so |very |really )?heavy|heavy legs|heaviness in (my )?legs|achy legs by (the )?evening)\b"),
        Term.Of(PoorPosture, @"\b((sleep|lie|lying|sleeping) (on my )?(stomach|front|belly|face down)|toes pointed|point(ing)? my toes|heavy (duvet|blanket|covers|quilt)|tight (sheets|covers|blanket)|tucked in)\b"),
    ];
}
