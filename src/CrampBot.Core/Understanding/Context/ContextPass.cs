using CrampBot.Core.Understanding.Phrases;

namespace CrampBot.Core.Understanding.Context;

/// <summary>
/// The ConText pass over one message: finds the triggers (negation, doubt, past, hypothetical, another person)
/// with their scopes, then says for each mention what governs it. Pseudo-triggers ("not only") are claimed
/// first so their words trigger nothing; longer triggers win over the shorter ones inside them ("not sure"
/// over "not"). A scope runs forward or backward from its trigger for at most its category's number of words
/// and stops at a sentence end, a terminator ("but", "但是") or a terminator of its own category.
/// </summary>
internal sealed class ContextPass
{
    private readonly List<Scope> _scopes = [];
    private readonly bool[] _question;
    private readonly bool _selfOutsideOthers;

    private ContextPass(IReadOnlyList<Token> tokens, IReadOnlyList<ContextRules> rules)
    {
        _question = new bool[tokens.Count];
        var selfCues = new List<(int Start, int End)>();
        foreach (var set in rules)
        {
            var message = new MessageTokens(tokens, set.SentenceEnds);
            FindScopes(set, message);
            MarkQuestions(set, message);
            selfCues.AddRange(set.Self.SelectMany(p => set.Matcher.FindAll(p, message)).Select(m => (m.Start, m.End)));
        }

        // Whoever the user writes about is the patient, unless they also describe their own symptoms in their
        // own words ("my calf", "I get cramps"): then what they say about a relative ("my dad had a clot") is
        // someone else's. A symptom without a subject does not count: Chinese drops the subject, and a story
        // about a relative goes on without naming them every time.
        var others = _scopes.Where(s => s.Category == ContextCategory.Experiencer).ToList();
        _selfOutsideOthers = others.Count > 0 && selfCues.Any(c => !others.Any(o => o.Covers(c.Start, c.End)));
    }

    public static ContextPass Run(IReadOnlyList<Token> tokens, IReadOnlyList<ContextRules> rules) => new(tokens, rules);

    /// <summary>What governs a mention spanning tokens [start, end) whose own words are in <paramref name="match"/>.</summary>
    public MentionContext Read(PhraseMatch match)
    {
        var question = match.End > 0 && _question[match.End - 1];
        Scope? negation = null;
        Scope? doubt = null;
        var past = false;
        var hypothetical = false;
        var other = false;
        foreach (var scope in _scopes)
        {
            if (!scope.Covers(match.Start, match.End) || OwnedByMention(scope, match))
            {
                continue;
            }

            switch (scope.Category)
            {
                case ContextCategory.Negated when !question:
                    negation = Nearer(negation, scope, match);
                    break;
                case ContextCategory.Uncertain:
                    doubt = Nearer(doubt, scope, match);
                    break;
                case ContextCategory.Historical:
                    past = true;
                    break;
                case ContextCategory.Hypothetical:
                    hypothetical = true;
                    break;
                case ContextCategory.Experiencer:
                    other = true;
                    break;
            }
        }

        var status = (negation, doubt) switch
        {
            (null, null) => FactStatus.Present,
            (not null, null) => FactStatus.Absent,
            (null, not null) => FactStatus.Uncertain,
            var (n, d) => n!.DistanceTo(match) < d!.DistanceTo(match) ? FactStatus.Absent : FactStatus.Uncertain,
        };
        var time = hypothetical ? FactTime.Hypothetical : past ? FactTime.Past : FactTime.Current;
        var subject = other && _selfOutsideOthers ? FactSubject.Other : FactSubject.Patient;
        return new MentionContext(status, time, subject, question);
    }

    private static Scope Nearer(Scope? current, Scope candidate, PhraseMatch match) =>
        current is null || candidate.DistanceTo(match) < current.DistanceTo(match) ? candidate : current;

    // "can't breathe": the "can't" is written into the symptom's own phrase, so it does not deny it.
    private static bool OwnedByMention(Scope scope, PhraseMatch match)
    {
        for (var i = scope.TriggerStart; i < scope.TriggerEnd; i++)
        {
            if (match.Owns(i))
            {
                return true;
            }
        }

        return false;
    }

    private void FindScopes(ContextRules set, MessageTokens message)
    {
        var tokens = message.Tokens;
        var claimed = new bool[tokens.Count];
        foreach (var pseudo in set.Pseudo)
        {
            foreach (var m in set.Matcher.FindAll(pseudo, message))
            {
                Array.Fill(claimed, true, m.Start, m.End - m.Start);
            }
        }

        var stops = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            stops[i] = set.SentenceEnds.Contains(tokens[i].Text);
        }

        var sentenceEnds = (bool[])stops.Clone();
        Mark(stops, set.Terminators, set, message);
        var found = set.Triggers
            .SelectMany(t => set.Matcher.FindAll(t.Phrase, message).Select(m => (Trigger: t, Match: m)))
            .OrderByDescending(f => f.Match.End - f.Match.Start)
            .ThenBy(f => f.Match.Start)
            .ToList();
        var categoryStops = new Dictionary<ContextCategory, bool[]>();
        var accepted = new HashSet<(ContextCategory, int, int)>();
        foreach (var (trigger, match) in found)
        {
            // The same words as a forward and a backward trigger of one category ("years ago") reach both ways.
            var twin = accepted.Contains((trigger.Category, match.Start, match.End));
            if (!twin && Enumerable.Range(match.Start, match.End - match.Start).Any(i => claimed[i]))
            {
                continue;
            }

            accepted.Add((trigger.Category, match.Start, match.End));
            Array.Fill(claimed, true, match.Start, match.End - match.Start);
            if (!categoryStops.TryGetValue(trigger.Category, out var own))
            {
                // Who a sentence is about does not change at a comma or a "but"; only its own terminators end it.
                own = trigger.Category == ContextCategory.Experiencer ? (bool[])sentenceEnds.Clone() : (bool[])stops.Clone();
                if (set.CategoryTerminators.TryGetValue(trigger.Category, out var extra))
                {
                    Mark(own, extra, set, message);
                }

                categoryStops[trigger.Category] = own;
            }

            _scopes.Add(trigger.Direction == ContextDirection.Forward
                ? Forward(trigger, match, own, tokens)
                : Backward(trigger, match, own, tokens));
        }
    }

    private static void Mark(bool[] stops, IReadOnlyList<CompiledPhrase> phrases, ContextRules set, MessageTokens message)
    {
        foreach (var phrase in phrases)
        {
            foreach (var m in set.Matcher.FindAll(phrase, message))
            {
                Array.Fill(stops, true, m.Start, m.End - m.Start);
            }
        }
    }

    private static Scope Forward(ContextTrigger trigger, PhraseMatch match, bool[] stops, IReadOnlyList<Token> tokens)
    {
        var end = match.End;
        var words = 0;
        while (end < tokens.Count && !stops[end] && words < trigger.MaxScope)
        {
            if (!tokens[end].IsPunctuation)
            {
                words++;
            }

            end++;
        }

        return new Scope(trigger.Category, match.Start, match.End, match.End, end, Forward: true);
    }

    private static Scope Backward(ContextTrigger trigger, PhraseMatch match, bool[] stops, IReadOnlyList<Token> tokens)
    {
        var start = match.Start;
        var words = 0;
        while (start > 0 && !stops[start - 1] && words < trigger.MaxScope)
        {
            if (!tokens[start - 1].IsPunctuation)
            {
                words++;
            }

            start--;
        }

        return new Scope(trigger.Category, match.Start, match.End, start, match.Start, Forward: false);
    }

    // A clause is a question when it ends with "?" or a question word of the language ("吗").
    private void MarkQuestions(ContextRules set, MessageTokens message)
    {
        var tokens = message.Tokens;
        var endsQuestion = new bool[tokens.Count + 1];
        foreach (var phrase in set.QuestionEnds)
        {
            foreach (var m in set.Matcher.FindAll(phrase, message))
            {
                var after = m.End;
                if (after == tokens.Count || tokens[after].IsPunctuation)
                {
                    endsQuestion[m.End - 1] = true;
                }
            }
        }

        var clauseStart = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var boundary = i == tokens.Count || tokens[i].IsPunctuation;
            if (!boundary)
            {
                continue;
            }

            var asks = (i < tokens.Count && tokens[i].Text == "?") || (i > 0 && endsQuestion[i - 1]);
            if (asks)
            {
                for (var j = clauseStart; j < i; j++)
                {
                    _question[j] = true;
                }
            }

            clauseStart = i + 1;
        }
    }

    private sealed record Scope(ContextCategory Category, int TriggerStart, int TriggerEnd, int From, int To, bool Forward)
    {
        // A forward scope must reach the mention's last word, a backward one its first: "no swelling in my
        // legs, they're pale" stops before "pale" even though the words "legs … pale" were read together.
        public bool Covers(int start, int end) =>
            (TriggerStart >= start && TriggerStart < end)
            || (Forward ? end - 1 >= From && end - 1 < To : start >= From && start < To);

        public int DistanceTo(PhraseMatch match) =>
            Forward ? Math.Max(0, match.Start - TriggerEnd) : Math.Max(0, TriggerStart - match.End);
    }
}

/// <summary>What the ConText pass says about one mention.</summary>
internal readonly record struct MentionContext(FactStatus Status, FactTime Time, FactSubject Subject, bool InQuestion);
