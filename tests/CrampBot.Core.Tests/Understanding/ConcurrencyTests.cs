using CrampBot.Core.Understanding;
using Xunit;

namespace CrampBot.Core.Tests.Understanding;

/// <summary>
/// Understanding keeps its working memory per thread and reuses it message after message; turns run on many
/// threads at once, so messages read side by side must come out exactly as when read one at a time.
/// </summary>
public sealed class ConcurrencyTests
{
    private static readonly string[] Messages =
    [
        "no swelling in my left calf but it's warm and red since the long flight",
        "my dad had a clot years ago, I just get ordinary cramps at night",
        "not sure if my pee is darker, I started a statin last month",
        "左小腿肿了，还有点喘",
        "我爸以前有过血栓，我自己只是晚上抽筋",
        "cramp rn!! calf is rock hard",
        "thanks",
        "",
    ];

    [Fact]
    public void Messages_read_on_many_threads_at_once_read_as_they_do_alone()
    {
        var understander = Understander.Default;
        var alone = Messages.Select(m => Describe(understander.Understand(m, "en-US"))).ToArray();
        var together = new string[Messages.Length * 200];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            together[i] = Describe(understander.Understand(Messages[i % Messages.Length], "en-US")));
        for (var i = 0; i < together.Length; i++)
        {
            Assert.Equal(alone[i % Messages.Length], together[i]);
        }
    }

    private static string Describe(MessageUnderstanding understanding) =>
        $"{understanding.Intent} {understanding.Confidence} {string.Join(";", understanding.Facts)} {understanding.Quantities.Count}";
}
