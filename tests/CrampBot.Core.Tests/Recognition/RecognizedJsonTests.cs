using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrampBot.Core.Recognition;
using Xunit;

namespace CrampBot.Core.Tests.Recognition;

/// <summary>The CLI's output must be in exactly the case files' value format, so any case file can be scored.</summary>
public sealed class RecognizedJsonTests
{
    [Theory]
    [InlineData("about two minutes", """{"kind":"duration","text":"about two minutes","start":0,"length":17,"value":"PT2M","mod":"approx"}""")]
    [InlineData("两三分钟", """{"kind":"duration","text":"两三分钟","start":0,"length":4,"value":{"min":"PT2M","max":"PT3M"}}""")]
    [InlineData("半分钟", """{"kind":"duration","text":"半分钟","start":0,"length":3,"value":"PT30S"}""")]
    [InlineData("3x a week", """{"kind":"frequency","text":"3x a week","start":0,"length":9,"value":{"count":3,"per":"P1W"}}""")]
    [InlineData("每个月一两次", """{"kind":"frequency","text":"每个月一两次","start":0,"length":6,"value":{"count":{"min":1,"max":2},"per":"P1M"}}""")]
    [InlineData("不是每晚", """{"kind":"frequency","text":"不是每晚","start":0,"length":4,"value":{"count":1,"per":"P1D"},"mod":"less"}""")]
    public void Items_are_written_in_the_case_format(string text, string expected)
    {
        var item = Assert.Single(QuantityRecognizer.Recognize(text));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            RecognizedJson.WriteItem(writer, item);
        }

        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
