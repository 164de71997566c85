namespace CrampBot.Core.Understanding;

/// <summary>
/// A message's tokens as one vocabulary sees them: which tokens are barriers (sentence ends, "but"), and the
/// segment between barriers each token belongs to, so gaps and windows stay inside one segment.
/// </summary>
internal sealed class MessageTokens
{
    public MessageTokens(IReadOnlyList<Token> tokens, IReadOnlySet<string> barriers)
    {
        Tokens = tokens;
        IsBarrier = new bool[tokens.Count];
        Segment = new int[tokens.Count];
        var segment = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            IsBarrier[i] = barriers.Contains(tokens[i].Text);
            if (IsBarrier[i])
            {
                segment++;
            }

            Segment[i] = segment;
        }
    }

    public IReadOnlyList<Token> Tokens { get; }

    public bool[] IsBarrier { get; }

    public int[] Segment { get; }
}
