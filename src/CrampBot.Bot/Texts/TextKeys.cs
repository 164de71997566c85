namespace CrampBot.Bot.Texts;

/// <summary>The conversation message keys the bot uses by name (dialogs/conversation.&lt;locale&gt;.yaml); checked at start-up.</summary>
internal static class TextKeys
{
    public const string FailureRestart = "conv.failure.restart";
    public const string FailureStoreUnavailable = "conv.failure.store_unavailable";
    public const string WelcomeIntro = "conv.welcome.intro";
    public const string WelcomeNotADoctor = "conv.welcome.not_a_doctor";
    public const string WelcomePrompt = "conv.welcome.prompt";
    public const string ChoiceWhy = "conv.choice.why";
    public const string ChoiceNow = "conv.choice.now";
    public const string ChoiceCheck = "conv.choice.check";
    public const string ChoicePrevent = "conv.choice.prevent";
    public const string ChoiceLanguage = "conv.choice.language";
    public const string ChoiceHelp = "conv.choice.help";
    public const string ChoiceYes = "conv.choice.yes";
    public const string ChoiceNo = "conv.choice.no";
    public const string ChoiceNotSure = "conv.choice.not_sure";
    public const string ChoiceNone = "conv.choice.none";
    public const string ChoiceDone = "conv.choice.done";
    public const string ChoiceStillHurts = "conv.choice.still_hurts";
    public const string ChoiceCalf = "conv.choice.calf";
    public const string ChoiceFoot = "conv.choice.foot";
    public const string ChoiceThigh = "conv.choice.thigh";
    public const string ChoiceShin = "conv.choice.shin";
    public const string ChoiceStatin = "conv.choice.statin";
    public const string ChoiceDiuretic = "conv.choice.diuretic";
    public const string ChoiceInhaler = "conv.choice.inhaler";
    public const string ChoiceOtherMedicine = "conv.choice.other_medicine";
    public const string ChoiceDeleteYes = "conv.choice.delete_yes";
    public const string ChoiceDeleteNo = "conv.choice.delete_no";
    public const string ChoiceRoutineYes = "conv.choice.routine_yes";
    public const string ChoiceRoutineNo = "conv.choice.routine_no";
    public const string ChoiceStretches = "conv.choice.stretches";
    public const string ChoiceMagnesium = "conv.choice.magnesium";
    public const string ChoiceCalcium = "conv.choice.calcium";
    public const string IntentWhyCramps = "conv.intent.WhyCramps";
    public const string IntentCrampNow = "conv.intent.CrampNow";
    public const string IntentSymptomCheck = "conv.intent.SymptomCheck";
    public const string IntentPrevention = "conv.intent.Prevention";
    public const string IntentCalcium = "conv.intent.Calcium";
    public const string IntentPickleJuice = "conv.intent.PickleJuice";
    public const string IntentMagnesium = "conv.intent.Magnesium";
    public const string IntentMedicines = "conv.intent.Medicines";
    public const string IntentPregnancy = "conv.intent.Pregnancy";
    public const string IntentStretches = "conv.intent.Stretches";
    public const string IntentSleepingPosture = "conv.intent.SleepingPosture";
    public const string HelpIntro = "conv.help.intro";
    public const string HelpCommands = "conv.help.commands";
    public const string HelpWhereNone = "conv.help.where_none";
    public const string HelpWhereCheck = "conv.help.where_check";
    public const string HelpWhereStretch = "conv.help.where_stretch";
    public const string HelpWhereConfirm = "conv.help.where_confirm";
    public const string CancelDone = "conv.cancel.done";
    public const string CancelNothing = "conv.cancel.nothing";
    public const string StartOverDone = "conv.start_over.done";
    public const string LanguageSwitched = "conv.language.switched";
    public const string DeleteConfirm = "conv.delete.confirm";
    public const string DeleteDone = "conv.delete.done";
    public const string DeleteKept = "conv.delete.kept";
    public const string ClarifyAsk = "conv.clarify.ask";
    public const string NotUnderstood = "conv.not_understood";
    public const string OutOfScope = "conv.out_of_scope";
    public const string SmallTalkGreeting = "conv.small_talk.greeting";
    public const string SmallTalkThanks = "conv.small_talk.thanks";
    public const string SmallTalkGoodbye = "conv.small_talk.goodbye";
    public const string CheckIntro = "conv.check.intro";
    public const string CheckKnown = "conv.check.known";
    public const string CheckQuestionFrequency = "conv.check.question_frequency";
    public const string CheckQuestionDuration = "conv.check.question_duration";
    public const string CheckQuestionLocation = "conv.check.question_location";
    public const string CheckQuestionMedicines = "conv.check.question_medicines";
    public const string CheckQuestionActivity = "conv.check.question_activity";
    public const string CheckRepromptFrequency = "conv.check.reprompt_frequency";
    public const string CheckRepromptDuration = "conv.check.reprompt_duration";
    public const string CheckRepromptLocation = "conv.check.reprompt_location";
    public const string CheckRepromptYesNo = "conv.check.reprompt_yes_no";
    public const string CheckRepromptMedicines = "conv.check.reprompt_medicines";
    public const string CheckGaveUp = "conv.check.gave_up";
    public const string CheckRepromptChecklist = "conv.check.reprompt_checklist";
    public const string CheckChecklistHint = "conv.check.checklist_hint";
    public const string ChoiceSend = "conv.choice.send";
    public const string AdviceTitle = "conv.advice.title";
    public const string AdviceLevelHeading = "conv.advice.level_heading";
    public const string AdviceCausesHeading = "conv.advice.causes_heading";
    public const string AdviceBecause = "conv.advice.because";
    public const string AdviceCauseLine = "conv.advice.cause_line";
    public const string AdviceTonightHeading = "conv.advice.tonight_heading";
    public const string AdviceDoctorHeading = "conv.advice.doctor_heading";
    public const string AdviceDoctorSelfCare = "conv.advice.doctor_self_care";
    public const string AdviceDoctorRoutine = "conv.advice.doctor_routine";
    public const string AdviceDoctorSoon = "conv.advice.doctor_soon";
    public const string AdviceDoctorEmergency = "conv.advice.doctor_emergency";
    public const string AdviceNoCause = "conv.advice.no_cause";
    public const string AdviceNext = "conv.advice.next";
    public const string AdviceUnknown = "advice.unknown";
    public const string FactFrequency = "conv.fact.frequency";
    public const string FactFrequencyOpen = "conv.fact.frequency_open";
    public const string FactDuration = "conv.fact.duration";
    public const string FactDurationOpen = "conv.fact.duration_open";
    public const string StretchIntro = "conv.stretch.intro";
    public const string StretchTimeHint = "conv.stretch.time_hint";
    public const string StretchCardTitle = "conv.stretch.card_title";
    public const string StretchStepCalf = "conv.stretch.step_calf";
    public const string StretchStepShin = "conv.stretch.step_shin";
    public const string StretchStepHold = "conv.stretch.step_hold";
    public const string StretchStepMassage = "conv.stretch.step_massage";
    public const string StretchStepWalk = "conv.stretch.step_walk";
    public const string StretchStepWarmth = "conv.stretch.step_warmth";
    public const string StretchEased = "conv.stretch.eased";
    public const string StretchTooLong = "conv.stretch.too_long";
    public const string StretchScreen = "conv.stretch.screen";
    public const string StretchScreenYes = "conv.stretch.screen_yes";
    public const string StretchScreenOfferCheck = "conv.stretch.screen_offer_check";
    public const string StretchOfferRoutine = "conv.stretch.offer_routine";
    public const string StretchRoutineDeclined = "conv.stretch.routine_declined";
    public const string AnswerWhy = "conv.answer.why";
    public const string AnswerWhyPersonal = "conv.answer.why_personal";
    public const string AnswerPrevention = "conv.answer.prevention";
    public const string AnswerCalcium = "conv.answer.calcium";
    public const string AnswerCalciumPregnant = "conv.answer.calcium_pregnant";
    public const string AnswerPickleJuice = "conv.answer.pickle_juice";
    public const string AnswerMagnesium = "conv.answer.magnesium";
    public const string AnswerMedicines = "conv.answer.medicines";
    public const string AnswerMedicinesPersonal = "conv.answer.medicines_personal";
    public const string AnswerPregnancy = "conv.answer.pregnancy";
    public const string AnswerStretches = "conv.answer.stretches";
    public const string AnswerSleepingPosture = "conv.answer.sleeping_posture";
    public const string AnswerOfferCheck = "conv.answer.offer_check";
    public const string AnswerOfferPrevention = "conv.answer.offer_prevention";

    public const string StretchIntroLong = "conv.stretch.intro_long";
    public const string StretchTimeStarted = "conv.stretch.time_started";
    public const string StretchAllSteps = "conv.stretch.all_steps";
    public const string StretchCheckAfter = "conv.stretch.check_after";
    public const string BackToStep = "conv.back_to_step";
    public const string OfferDeclined = "conv.offer.declined";
    public const string OfferCheck = "conv.offer.check";
    public const string ClarifyUnsure = "conv.clarify.unsure";
    public const string AnswerAgain = "conv.answer.again";
    public const string NotUnderstoodAgain = "conv.not_understood_again";
    public const string CheckIntroRedFlag = "conv.check.intro_red_flag";

    public static IReadOnlyList<string> All { get; } =
    [
        FailureRestart,
        FailureStoreUnavailable,
        StretchIntroLong,
        StretchTimeStarted,
        StretchAllSteps,
        StretchCheckAfter,
        BackToStep,
        OfferDeclined,
        OfferCheck,
        ClarifyUnsure,
        AnswerAgain,
        NotUnderstoodAgain,
        CheckIntroRedFlag,
        WelcomeIntro,
        WelcomeNotADoctor,
        WelcomePrompt,
        ChoiceWhy,
        ChoiceNow,
        ChoiceCheck,
        ChoicePrevent,
        ChoiceLanguage,
        ChoiceHelp,
        ChoiceYes,
        ChoiceNo,
        ChoiceNotSure,
        ChoiceNone,
        ChoiceDone,
        ChoiceStillHurts,
        ChoiceCalf,
        ChoiceFoot,
        ChoiceThigh,
        ChoiceShin,
        ChoiceStatin,
        ChoiceDiuretic,
        ChoiceInhaler,
        ChoiceOtherMedicine,
        ChoiceDeleteYes,
        ChoiceDeleteNo,
        ChoiceRoutineYes,
        ChoiceRoutineNo,
        ChoiceStretches,
        ChoiceMagnesium,
        ChoiceCalcium,
        IntentWhyCramps,
        IntentCrampNow,
        IntentSymptomCheck,
        IntentPrevention,
        IntentCalcium,
        IntentPickleJuice,
        IntentMagnesium,
        IntentMedicines,
        IntentPregnancy,
        IntentStretches,
        IntentSleepingPosture,
        HelpIntro,
        HelpCommands,
        HelpWhereNone,
        HelpWhereCheck,
        HelpWhereStretch,
        HelpWhereConfirm,
        CancelDone,
        CancelNothing,
        StartOverDone,
        LanguageSwitched,
        DeleteConfirm,
        DeleteDone,
        DeleteKept,
        ClarifyAsk,
        NotUnderstood,
        OutOfScope,
        SmallTalkGreeting,
        SmallTalkThanks,
        SmallTalkGoodbye,
        CheckIntro,
        CheckKnown,
        CheckQuestionFrequency,
        CheckQuestionDuration,
        CheckQuestionLocation,
        CheckQuestionMedicines,
        CheckQuestionActivity,
        CheckRepromptFrequency,
        CheckRepromptDuration,
        CheckRepromptLocation,
        CheckRepromptYesNo,
        CheckRepromptMedicines,
        CheckGaveUp,
        CheckRepromptChecklist,
        CheckChecklistHint,
        ChoiceSend,
        AdviceTitle,
        AdviceLevelHeading,
        AdviceCausesHeading,
        AdviceBecause,
        AdviceCauseLine,
        AdviceTonightHeading,
        AdviceDoctorHeading,
        AdviceDoctorSelfCare,
        AdviceDoctorRoutine,
        AdviceDoctorSoon,
        AdviceDoctorEmergency,
        AdviceNoCause,
        AdviceNext,
        FactFrequency,
        FactFrequencyOpen,
        FactDuration,
        FactDurationOpen,
        StretchIntro,
        StretchTimeHint,
        StretchCardTitle,
        StretchStepCalf,
        StretchStepShin,
        StretchStepHold,
        StretchStepMassage,
        StretchStepWalk,
        StretchStepWarmth,
        StretchEased,
        StretchTooLong,
        StretchScreen,
        StretchScreenYes,
        StretchScreenOfferCheck,
        StretchOfferRoutine,
        StretchRoutineDeclined,
        AnswerWhy,
        AnswerWhyPersonal,
        AnswerPrevention,
        AnswerCalcium,
        AnswerCalciumPregnant,
        AnswerPickleJuice,
        AnswerMagnesium,
        AnswerMedicines,
        AnswerMedicinesPersonal,
        AnswerPregnancy,
        AnswerStretches,
        AnswerSleepingPosture,
        AnswerOfferCheck,
        AnswerOfferPrevention,
    ];
}
