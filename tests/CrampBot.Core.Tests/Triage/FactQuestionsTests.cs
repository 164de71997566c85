using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Core.Tests.Triage;

public sealed class FactQuestionsTests
{
    [Theory]
    [InlineData("reply.frequency_per_week.often", true)]
    [InlineData("reply.frequency_per_week.nightly", true)]
    [InlineData("reply.frequency_per_week.weekly", false)]
    [InlineData("reply.frequency_per_week.rarely", false)]
    public void Frequency_buttons_fall_clearly_on_one_side_of_three_a_week(string label, bool fires)
    {
        var reply = FactQuestions.RepliesFor(Facts.FrequencyPerWeek).Single(r => r.LabelKey == label);
        var advice = Some.Rules.Assess(reply.ApplyTo(SymptomReport.Empty, Facts.FrequencyPerWeek));
        Assert.Equal(fires, advice.FiredRules.Any(r => r.Id == "YF-01"));
    }

    [Theory]
    [InlineData("reply.episode_minutes.long", true)]
    [InlineData("reply.episode_minutes.minutes", false)]
    [InlineData("reply.episode_minutes.seconds", false)]
    public void Duration_buttons_fall_clearly_on_one_side_of_ten_minutes(string label, bool fires)
    {
        var reply = FactQuestions.RepliesFor(Facts.EpisodeMinutes).Single(r => r.LabelKey == label);
        var advice = Some.Rules.Assess(reply.ApplyTo(SymptomReport.Empty, Facts.EpisodeMinutes));
        Assert.Equal(fires, advice.FiredRules.Any(r => r.Id == "RF-04"));
    }

    [Fact]
    public void Yes_no_questions_offer_yes_no_and_dont_know()
    {
        var replies = FactQuestions.RepliesFor(Facts.SwellingOneSide);
        Assert.Equal(["reply.yes", "reply.no", "reply.dont_know"], replies.Select(r => r.LabelKey));

        var report = replies[2].ApplyTo(SymptomReport.Empty, Facts.SwellingOneSide);
        Assert.Equal(FactValue.DontKnow, report[Facts.SwellingOneSide]);
    }

    [Fact]
    public void Age_buttons_give_the_age_band()
    {
        var older = FactQuestions.RepliesFor(Facts.AgeYears).Single(r => r.LabelKey == "reply.age_years.older");
        Assert.Equal(AgeBand.Over60, older.ApplyTo(SymptomReport.Empty, Facts.AgeYears).AgeBand);
    }

    [Fact]
    public void Every_missing_fact_has_a_question_and_replies_in_both_languages()
    {
        var missing = Some.Rules.Assess(SymptomReport.Empty).Missing;
        Assert.All(missing, m =>
        {
            Assert.NotEmpty(Some.Content.Messages.Get(m.QuestionKey, "en-US"));
            Assert.NotEmpty(Some.Content.Messages.Get(m.QuestionKey, "zh-CN"));
            Assert.All(FactQuestions.RepliesFor(m.Fact), r => Assert.True(Some.Content.Messages.Has(r.LabelKey), r.LabelKey));
        });
    }
}
