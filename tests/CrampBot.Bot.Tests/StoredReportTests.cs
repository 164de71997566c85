using System.Text.Json;
using CrampBot.Bot.Data;
using CrampBot.BotFramework.State;
using CrampBot.Core.Triage;
using Xunit;

namespace CrampBot.Bot.Tests;

public sealed class StoredReportTests
{
    private static readonly SymptomReport Told = SymptomReport.Empty
        .With(Facts.LocationCalf, FactValue.Yes)
        .With(Facts.ColdPaleFoot, FactValue.DontKnow)
        .WithNumber(Facts.FrequencyPerWeek, new NumberRange(2, 3))
        .WithNumber(Facts.EpisodeMinutes, NumberRange.AtLeast(10));

    [Fact]
    public void A_report_survives_storage_open_ended_ranges_included()
    {
        var json = JsonSerializer.Serialize(StoredReport.From(Told), StateJson.Options);
        var back = JsonSerializer.Deserialize<StoredReport>(json, StateJson.Options)!.ToReport();

        Assert.Equal(Told.ToString(), back.ToString());
        Assert.Equal(double.PositiveInfinity, back.EpisodeMinutes!.Max);
    }

    [Fact]
    public void A_replaced_table_is_read_again_not_answered_from_the_report_made_before()
    {
        var stored = StoredReport.From(Told);
        Assert.Equal(FactValue.Yes, stored.ToReport()[Facts.LocationCalf]);

        stored.Flags = new Dictionary<string, string> { [Facts.LocationFoot] = nameof(FactValue.Yes) };

        Assert.Equal(FactValue.Unstated, stored.ToReport()[Facts.LocationCalf]);
        Assert.Equal(FactValue.Yes, stored.ToReport()[Facts.LocationFoot]);
        Assert.Equal(new NumberRange(2, 3), stored.ToReport().FrequencyPerWeek);
    }

    [Fact]
    public void A_stored_number_wins_over_a_stored_flag_for_the_same_fact()
    {
        // What an older or hand-edited row could hold: "don't know" and a number for the same fact.
        var json = $$$"""{"flags":{"{{{Facts.FrequencyPerWeek}}}":"DontKnow"},"numbers":{"{{{Facts.FrequencyPerWeek}}}":[4,4]}}""";
        var report = JsonSerializer.Deserialize<StoredReport>(json, StateJson.Options)!.ToReport();

        Assert.Equal(FactValue.Yes, report[Facts.FrequencyPerWeek]);
        Assert.Equal(new NumberRange(4, 4), report.FrequencyPerWeek);
        Assert.False(report.Flags.ContainsKey(Facts.FrequencyPerWeek));
    }

    [Fact]
    public void Reports_answer_the_same_whether_built_by_hand_or_read_back()
    {
        var back = JsonSerializer.Deserialize<StoredReport>(JsonSerializer.Serialize(StoredReport.From(Told), StateJson.Options), StateJson.Options)!.ToReport();

        foreach (var fact in new[] { Facts.LocationCalf, Facts.ColdPaleFoot, Facts.FrequencyPerWeek, Facts.EpisodeMinutes, Facts.LocationFoot })
        {
            Assert.Equal(Told[fact], back[fact]);
        }

        Assert.Equal(FactValue.DontKnow, back[Facts.ColdPaleFoot]);
        Assert.Equal(FactValue.Unstated, back[Facts.LocationFoot]);
    }
}
