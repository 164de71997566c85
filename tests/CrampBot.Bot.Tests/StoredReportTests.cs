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
}
