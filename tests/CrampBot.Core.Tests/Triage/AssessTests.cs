using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Core.Tests.Triage;

/// <summary>How rules combine: the highest level wins, negations never fire, unknowns become questions.</summary>
public sealed class AssessTests
{
    [Fact]
    public void Nothing_stated_is_self_care_with_ordinary_cramp_and_questions_most_urgent_first()
    {
        var advice = Some.Rules.Assess(SymptomReport.Empty);

        Assert.Equal(TriageLevel.SelfCare, advice.Level);
        Assert.Empty(advice.FiredRules);
        Assert.Equal("idiopathic_nocturnal_cramp", advice.LeadingCause);
        Assert.Equal(TriageLevel.Emergency, advice.Missing[0].CouldRaiseTo);
        Assert.Equal("breathless_chest_pain", advice.Missing[0].Fact);
        var levels = advice.Missing.Select(m => (int)m.CouldRaiseTo).ToList();
        Assert.Equal(levels.OrderByDescending(l => l), levels);
        Assert.DoesNotContain(advice.Missing, m => m.Fact == Facts.AsksQuinine);
    }

    [Fact]
    public void Highest_level_wins()
    {
        var advice = Some.Rules.Assess(Some.Report("frequency_per_week=5", "swelling_one_side", "breathless_chest_pain", "hard_exercise"));

        Assert.Equal(TriageLevel.Emergency, advice.Level);
        Assert.Equal("pulmonary_embolism", advice.LeadingCause);
        Assert.Contains(advice.FiredRules, r => r.Id == "RF-01");
        Assert.Contains(advice.FiredRules, r => r.Id == "YF-01");
        Assert.Equal("level.emergency", advice.AdviceKeys[0]);
    }

    [Fact]
    public void Only_questions_that_could_raise_the_level_are_left()
    {
        var advice = Some.Rules.Assess(Some.Report("swelling_one_side"));

        Assert.Equal(TriageLevel.SeeDoctorSoon, advice.Level);
        Assert.All(advice.Missing, m => Assert.Equal(TriageLevel.Emergency, m.CouldRaiseTo));
        Assert.Contains(advice.Missing, m => m.Fact == "breathless_chest_pain");
        Assert.Contains(advice.Missing, m => m.Fact == "injury_or_cast");
        Assert.DoesNotContain(advice.Missing, m => m.Fact == "frequency_per_week");
    }

    [Fact]
    public void At_emergency_nothing_is_left_to_ask()
    {
        Assert.Empty(Some.Rules.Assess(Some.Report("cold_pale_foot")).Missing);
    }

    [Fact]
    public void Denied_facts_never_fire_and_are_not_asked_again()
    {
        var denied = Facts.All.Where(f => f.Kind == FactKind.Flag).Select(f => "!" + f.Name).ToArray();
        var advice = Some.Rules.Assess(Some.Report(denied));

        Assert.Empty(advice.FiredRules);
        Assert.Equal(TriageLevel.SelfCare, advice.Level);
        Assert.All(advice.Missing, m => Assert.Equal(FactKind.Number, Facts.Get(m.Fact).Kind));
    }

    [Fact]
    public void A_fact_asked_by_a_compound_rule_is_only_asked_while_the_rule_is_open()
    {
        var withoutQuinine = Some.Rules.Assess(Some.Report("!takes_quinine"));
        Assert.DoesNotContain(withoutQuinine.Missing, m => m.Fact == "bruising_bleeding");

        var onQuinine = Some.Rules.Assess(Some.Report("takes_quinine"));
        Assert.Contains(onQuinine.Missing, m => m.Fact == "bruising_bleeding");
    }

    [Fact]
    public void Dont_know_to_a_red_flag_leaves_it_not_ruled_out_and_says_so()
    {
        var advice = Some.Rules.Assess(Some.Report("?breathless_chest_pain", "frequency_per_week=1"));

        // Section 0: an emergency sign still "not sure" is see-a-doctor-today with a safety net, not an ambulance.
        Assert.Equal(TriageLevel.SelfCare, advice.StatedLevel);
        Assert.Equal(TriageLevel.SeeDoctorSoon, advice.Level);
        Assert.Contains(TriageRules.UnsureEmergencyAdviceKey, advice.AdviceKeys);
        Assert.DoesNotContain("advice.pe_emergency", advice.AdviceKeys);
        var notRuledOut = Assert.Single(advice.NotRuledOut, n => n.Rule.Id == "RF-02");
        Assert.Equal(["breathless_chest_pain"], notRuledOut.DontKnowFacts);
        Assert.Contains("advice.not_ruled_out", advice.AdviceKeys);
        Assert.DoesNotContain(advice.Missing, m => m.Fact == "breathless_chest_pain");
        Assert.True(advice.Causes[0].NotRuledOut);
    }

    [Fact]
    public void Causes_carry_the_facts_that_support_them()
    {
        var advice = Some.Rules.Assess(Some.Report("pregnant_or_postpartum", "swelling_one_side", "!redness_warmth"));

        var dvt = advice.Causes[0];
        Assert.Equal("deep_vein_thrombosis", dvt.Cause);
        Assert.Contains("swelling_one_side", dvt.SupportingFacts);
        Assert.Contains("pregnant_or_postpartum", dvt.SupportingFacts);
        Assert.DoesNotContain("redness_warmth", dvt.SupportingFacts);
        Assert.Equal(["RF-01", "RF-14"], dvt.RuleIds);
    }

    [Fact]
    public void No_reassuring_advice_while_a_doctor_is_needed_soon()
    {
        var advice = Some.Rules.Assess(Some.Report("swelling_one_side", "cold_exposure", "hard_exercise", "frequency_per_week=5"));

        Assert.DoesNotContain("advice.warmth_posture", advice.AdviceKeys);
        Assert.DoesNotContain("advice.safety_net", advice.AdviceKeys);
        Assert.DoesNotContain("level.self_care", advice.AdviceKeys);
        Assert.DoesNotContain(advice.Causes, c => c.Cause == "idiopathic_nocturnal_cramp");
    }

    [Fact]
    public void Everyday_causes_lead_the_ordinary_cramp_when_nothing_is_urgent()
    {
        var advice = Some.Rules.Assess(Some.Report("cold_exposure", "poor_posture", "frequency_per_week=1"));

        Assert.Equal(TriageLevel.SelfCare, advice.Level);
        Assert.Equal("cold_or_posture", advice.LeadingCause);
        Assert.Equal("idiopathic_nocturnal_cramp", advice.Causes[^1].Cause);
        Assert.Contains("advice.warmth_posture", advice.AdviceKeys);
    }

    [Fact]
    public void Assess_is_pure()
    {
        var report = Some.Report("frequency_per_week=4", "?swelling_one_side");
        var a = Some.Rules.Assess(report);
        var b = Some.Rules.Assess(report);

        Assert.Equal(a.Level, b.Level);
        Assert.Equal(a.AdviceKeys, b.AdviceKeys);
        Assert.Equal(a.Missing.Select(m => m.Fact), b.Missing.Select(m => m.Fact));
        Assert.Equal(FactValue.DontKnow, report["swelling_one_side"]);
    }

    [Fact]
    public void Not_knowing_how_often_how_long_or_which_medicines_never_raises_the_level()
    {
        var advice = Some.Rules.Assess(Some.Report("?frequency_per_week", "?episode_minutes", "?takes_quinine", "?takes_statin", "?hard_exercise"));

        Assert.Equal(TriageLevel.SelfCare, advice.Level);
        Assert.Empty(advice.NotRuledOut);
    }

    [Fact]
    public void Not_sure_about_a_see_doctor_soon_sign_is_see_doctor_soon_and_an_unsure_yellow_flag_changes_nothing()
    {
        Assert.Equal(TriageLevel.SeeDoctorSoon, Some.Rules.Assess(Some.Report("?swelling_one_side")).Level);
        Assert.Equal(TriageLevel.SelfCare, Some.Rules.Assess(Some.Report("?numbness_tingling", "?has_diabetes")).Level);
    }
}
