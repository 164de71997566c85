using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Core.Tests.Triage;

/// <summary>One row per rule: a report that must fire it and one that must not, with boundaries at the thresholds.</summary>
public sealed class RuleTableTests
{
    public static TheoryData<string, string[], string[]> Rows => new()
    {
        // id, fires on, does not fire on
        { "RF-01", ["swelling_one_side"], ["!swelling_one_side", "!redness_warmth"] },
        { "RF-01", ["redness_warmth"], ["swelling_both"] },
        { "RF-02", ["breathless_chest_pain"], ["!breathless_chest_pain", "swelling_one_side"] },
        { "RF-03", ["cold_pale_foot"], ["!cold_pale_foot", "numbness_tingling"] },
        { "RF-04", ["episode_minutes=11"], ["episode_minutes=10"] },
        { "RF-04", ["episode_minutes=10-15"], ["episode_minutes=0-10"] },
        { "RF-04", ["episode_minutes=10+"], ["episode_minutes=2"] },
        { "RF-05", ["wound_recent"], ["!wound_recent"] },
        { "RF-05-severe", ["jaw_stiffness"], ["wound_recent", "!jaw_stiffness"] },
        { "RF-06", ["toxin_exposure"], ["!toxin_exposure"] },
        { "RF-07", ["takes_statin"], ["!takes_statin", "takes_diuretic"] },
        { "RF-08", ["dark_urine"], ["!dark_urine", "takes_statin"] },
        { "RF-09", ["muscle_weakness"], ["!muscle_weakness", "!wasting_twitching"] },
        { "RF-09", ["wasting_twitching"], ["cramps_widespread"] },
        { "RF-10", ["rest_pain_eased_hanging"], ["pain_walking_relieved_rest"] },
        { "RF-11", ["injury_or_cast", "pain_worsening"], ["injury_or_cast", "!pain_worsening", "!swelling_one_side", "!numbness_tingling"] },
        { "RF-11", ["injury_or_cast", "swelling_one_side"], ["!injury_or_cast", "pain_worsening"] },
        { "RF-11", ["hard_exercise", "pain_worsening", "swelling_one_side"], ["hard_exercise", "pain_worsening", "!swelling_one_side"] },
        { "RF-12", ["tingling_mouth"], ["numbness_tingling"] },
        { "RF-12-severe", ["tingling_mouth", "breathless_chest_pain"], ["tingling_mouth", "!breathless_chest_pain"] },
        { "RF-13", ["takes_quinine", "bruising_bleeding"], ["takes_quinine", "!bruising_bleeding"] },
        { "RF-13", ["takes_quinine", "bruising_bleeding"], ["!takes_quinine", "bruising_bleeding"] },
        { "RF-13-severe", ["takes_quinine", "heavy_bleeding"], ["takes_quinine", "bruising_bleeding"] },
        { "RF-13-severe", ["takes_quinine", "heavy_bleeding"], ["!takes_quinine", "heavy_bleeding"] },
        { "RF-14", ["pregnant_or_postpartum", "swelling_one_side"], ["pregnant_or_postpartum", "swelling_both"] },
        { "YF-01", ["frequency_per_week=3"], ["frequency_per_week=2.9"] },
        { "YF-01", ["frequency_per_week=2-3"], ["frequency_per_week=1-2"] },
        { "YF-01", ["sleep_disturbed"], ["!sleep_disturbed", "frequency_per_week=1"] },
        { "YF-02", ["numbness_tingling"], ["!numbness_tingling"] },
        { "YF-02-swelling", ["swelling_both"], ["!swelling_both", "swelling_one_side"] },
        { "YF-03", ["pain_walking_relieved_rest"], ["!pain_walking_relieved_rest"] },
        { "YF-04", ["urge_to_move"], ["!urge_to_move"] },
        { "YF-05", ["takes_diuretic"], ["!takes_diuretic", "takes_other_medicine"] },
        { "YF-05", ["medicine_new"], ["!medicine_new"] },
        { "YF-05", ["takes_beta2_agonist"], ["!takes_beta2_agonist"] },
        { "YF-05", ["takes_ccb"], ["!takes_ccb"] },
        { "YF-05", ["takes_oestrogen"], ["!takes_oestrogen"] },
        { "YF-06", ["has_kidney_disease"], ["!has_diabetes", "!has_thyroid_disease", "!has_kidney_disease", "!has_liver_disease"] },
        { "YF-07", ["cramps_widespread"], ["!cramps_widespread"] },
        { "YF-08", ["asks_quinine"], ["!asks_quinine"] },
        { "CA-lumbar", ["back_pain_radiating"], ["!back_pain_radiating"] },
        { "CA-quinine-user", ["takes_quinine"], ["asks_quinine"] },
        { "CA-exercise", ["hard_exercise"], ["!hard_exercise"] },
        { "CA-pregnancy", ["pregnant_or_postpartum"], ["!pregnant_or_postpartum"] },
        { "CA-dehydration", ["low_fluid"], ["!low_fluid"] },
        { "CA-cold-posture", ["poor_posture"], ["!cold_exposure", "!poor_posture"] },
        { "CA-inactivity", ["inactive"], ["!inactive"] },
        { "CA-circulation", ["heavy_legs_veins"], ["!heavy_legs_veins", "swelling_one_side"] },
        { "CA-medicine-other", ["takes_other_medicine"], ["!takes_other_medicine"] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Rule_fires_when_it_should_and_not_otherwise(string ruleId, string[] fires, string[] doesNotFire)
    {
        var rule = Some.Rules.Rules.Single(r => r.Id == ruleId);

        var hit = Some.Rules.Assess(Some.Report(fires));
        Assert.Contains(rule, hit.FiredRules);
        Assert.True(hit.Level >= rule.Level, $"{ruleId} fired but the level is {hit.Level}");
        Assert.Contains(hit.Causes, c => c.Cause == rule.Cause);

        var miss = Some.Rules.Assess(Some.Report(doesNotFire));
        Assert.DoesNotContain(rule, miss.FiredRules);
    }

    [Fact]
    public void Every_rule_has_a_row()
    {
        var covered = Rows.Select(r => r.Data.Item1).ToHashSet();
        var uncovered = Some.Rules.Rules.Select(r => r.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.Empty(uncovered);
    }

    [Fact]
    public void Every_red_and_yellow_flag_of_the_reference_is_a_rule()
    {
        var ids = Some.Rules.Rules.Select(r => r.Id).ToHashSet();
        var flags = Enumerable.Range(1, 14).Select(i => $"RF-{i:00}").Concat(Enumerable.Range(1, 8).Select(i => $"YF-{i:00}"));
        Assert.All(flags, id => Assert.Contains(id, ids));
    }

    [Theory]
    [InlineData("RF-01", "see-doctor-soon")]
    [InlineData("RF-02", "emergency")]
    [InlineData("RF-03", "emergency")]
    [InlineData("RF-04", "see-doctor-soon")]
    [InlineData("RF-05", "see-doctor-soon")]
    [InlineData("RF-05-severe", "emergency")]
    [InlineData("RF-06", "see-doctor-soon")]
    [InlineData("RF-07", "see-doctor-soon")]
    [InlineData("RF-08", "emergency")]
    [InlineData("RF-09", "see-doctor-soon")]
    [InlineData("RF-10", "see-doctor-soon")]
    [InlineData("RF-11", "emergency")]
    [InlineData("RF-12", "see-doctor-soon")]
    [InlineData("RF-12-severe", "emergency")]
    [InlineData("RF-13", "see-doctor-soon")]
    [InlineData("RF-13-severe", "emergency")]
    [InlineData("RF-14", "see-doctor-soon")]
    [InlineData("YF-01", "see-doctor-routine")]
    [InlineData("YF-08", "see-doctor-routine")]
    public void Flags_carry_the_reference_level(string ruleId, string level)
    {
        Assert.Equal(level, Some.Rules.Rules.Single(r => r.Id == ruleId).Level.ToName());
    }
}
