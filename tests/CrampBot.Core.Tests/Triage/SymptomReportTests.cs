using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Core.Tests.Triage;

public sealed class SymptomReportTests
{
    [Fact]
    public void Merge_keeps_old_answers_unless_the_new_report_states_something()
    {
        var before = Some.Report("swelling_one_side", "frequency_per_week=2");
        var newer = Some.Report("!redness_warmth", "episode_minutes=3");

        var merged = before.Merge(newer);

        Assert.Equal(FactValue.Yes, merged["swelling_one_side"]);
        Assert.Equal(FactValue.No, merged["redness_warmth"]);
        Assert.Equal(2, merged.FrequencyPerWeek!.Min);
        Assert.Equal(3, merged.EpisodeMinutes!.Max);
        Assert.Equal(FactValue.Unstated, before["redness_warmth"]);
    }

    [Fact]
    public void A_later_answer_overrides_an_earlier_one()
    {
        var merged = Some.Report("swelling_one_side").Merge(Some.Report("!swelling_one_side"));
        Assert.Equal(FactValue.No, merged["swelling_one_side"]);
    }

    [Fact]
    public void Dont_know_on_a_number_clears_the_number_and_a_number_clears_dont_know()
    {
        var report = Some.Report("episode_minutes=5").With(Facts.EpisodeMinutes, FactValue.DontKnow);
        Assert.Null(report.EpisodeMinutes);
        Assert.Equal(FactValue.DontKnow, report[Facts.EpisodeMinutes]);

        report = report.WithNumber(Facts.EpisodeMinutes, NumberRange.Exactly(2));
        Assert.Equal(FactValue.Yes, report[Facts.EpisodeMinutes]);
    }

    [Fact]
    public void Unknown_facts_and_wrong_kinds_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SymptomReport.Empty.With("swollen_leg", FactValue.Yes));
        Assert.Throws<ArgumentException>(() => SymptomReport.Empty.With(Facts.FrequencyPerWeek, FactValue.Yes));
        Assert.Throws<ArgumentException>(() => SymptomReport.Empty.WithNumber(Facts.DarkUrine, NumberRange.Exactly(1)));
    }

    [Theory]
    [InlineData(15, AgeBand.Under18)]
    [InlineData(40, AgeBand.Adult18To59)]
    [InlineData(60, AgeBand.Over60)]
    public void Age_band_follows_age(double age, AgeBand band)
    {
        Assert.Equal(band, SymptomReport.Empty.WithNumber(Facts.AgeYears, NumberRange.Exactly(age)).AgeBand);
    }
}

public sealed class SymptomReportJsonTests
{
    [Fact]
    public void A_report_survives_a_json_round_trip_with_open_ranges()
    {
        var report = Some.Report("swelling_one_side", "!dark_urine", "?breathless_chest_pain", "episode_minutes=10+", "frequency_per_week=2-3");

        var json = System.Text.Json.JsonSerializer.Serialize(report);
        var back = System.Text.Json.JsonSerializer.Deserialize<SymptomReport>(json)!;

        Assert.Equal(FactValue.Yes, back["swelling_one_side"]);
        Assert.Equal(FactValue.No, back["dark_urine"]);
        Assert.Equal(FactValue.DontKnow, back["breathless_chest_pain"]);
        Assert.True(double.IsPositiveInfinity(back.EpisodeMinutes!.Max));
        Assert.Equal(Some.Rules.Assess(report).Level, Some.Rules.Assess(back).Level);
    }
}

public sealed class FactNameComparerTests
{
    [Fact]
    public void Every_fact_name_has_a_hash_of_its_own()
    {
        var hashes = Facts.All.Select(f => FactNameComparer.Instance.GetHashCode(f.Name)).ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Fact]
    public void Names_are_equal_only_when_spelled_exactly_alike()
    {
        Assert.True(FactNameComparer.Instance.Equals(Facts.LocationCalf, new string(Facts.LocationCalf.ToCharArray())));
        Assert.False(FactNameComparer.Instance.Equals(Facts.LocationCalf, Facts.LocationCalf.ToUpperInvariant()));
        Assert.Equal(
            FactNameComparer.Instance.GetHashCode(Facts.LocationCalf),
            FactNameComparer.Instance.GetHashCode(new string(Facts.LocationCalf.ToCharArray())));
    }

    [Fact]
    public void A_fact_said_as_a_number_and_then_not_known_reads_as_not_known()
    {
        var report = SymptomReport.Empty
            .WithNumber(Facts.FrequencyPerWeek, NumberRange.Exactly(3))
            .With(Facts.FrequencyPerWeek, FactValue.DontKnow);

        Assert.Equal(FactValue.DontKnow, report[Facts.FrequencyPerWeek]);
        Assert.Null(report.FrequencyPerWeek);
        Assert.Equal(FactValue.Yes, report.WithNumber(Facts.FrequencyPerWeek, NumberRange.Exactly(2))[Facts.FrequencyPerWeek]);
    }
}
