using CrampBot.Core.Understanding.Phrases;

namespace CrampBot.Core.Understanding.Context;

/// <summary>
/// The ConText pass over one message: finds the triggers (negation, doubt, past, hypothetical, another person)
/// with their scopes, then says for each mention what governs it. Pseudo-triggers ("not only") are claimed
/// first so their words trigger nothing; longer triggers win over the shorter ones inside them ("not sure"
/// over "not"). A scope runs forward or backward from its trigger for at most its category's number of words
/// and stops at a sentence end, a terminator ("but", "但是") or a terminator of its own category.
/// One instance per thread is reused message after message (see <see cref="MessageScratch"/>).
/// </summary>
internal sealed class ContextPass
{
    private const int Categories = 5;

    private Scope[] _scopes = new Scope[16];
    private int _scopeCount;
    private bool[] _question = new bool[64];
    private bool _selfOutsideOthers;

    // Per rule set, per message.
    private bool[] _claimed = new bool[64];
    private bool[] _stops = new bool[64];
    private bool[] _sentenceEnds = new bool[64];
    private bool[] _endsQuestion = new bool[65];
    private readonly bool[][] _categoryStops = [new bool[64], new bool[64], new bool[64], new bool[64], new bool[64]];
    private readonly bool[] _categoryBuilt = new bool[Categories];
    private (int Shorter, int Start, int Hit)[] _triggers = new (int, int, int)[16];
    private (ContextCategory Category, int Start, int End)[] _accepted = new (ContextCategory, int, int)[16];
    private (int Start, int End)[] _selfCues = new (int, int)[8];
    private int _selfCueCount;

    /// <summary>Reads the message in <paramref name="scratch"/> with every rule set.</summary>
    public void Run(MessageScratch scratch, IReadOnlyList<ContextIndex> sets)
    {
        var count = scratch.Tokens.Count;
        Grow(ref _question, count);
        Array.Clear(_question, 0, count);
        _scopeCount = 0;
        _selfCueCount = 0;
        foreach (var set in sets)
        {
            set.Phrases.FindAll(scratch.Literals, scratch.Search, scratch.Hits);
            FindScopes(set, scratch);
            MarkQuestions(set, scratch);
            for (var h = 0; h < scratch.Hits.Count; h++)
            {
                if (set.Role(scratch.Hits.Phrase(h)) == ContextRole.Self)
                {
                    var m = scratch.Hits.Match(h);
                    Append(ref _selfCues, _selfCueCount++, (m.Start, m.End));
                }
            }
        }

        // Whoever the user writes about is the patient, unless they also describe their own symptoms in their
        // own words ("my calf", "I get cramps"): then what they say about a relative ("my dad had a clot") is
        // someone else's. A symptom without a subject does not count: Chinese drops the subject, and a story
        // about a relative goes on without naming them every time.
        _selfOutsideOthers = false;
        if (HasExperiencer())
        {
            for (var c = 0; c < _selfCueCount && !_selfOutsideOthers; c++)
            {
                _selfOutsideOthers = !CoveredByExperiencer(_selfCues[c].Start, _selfCues[c].End);
            }
        }
    }

    /// <summary>What governs a mention spanning tokens [start, end) whose own words are in <paramref name="match"/>.</summary>
    public MentionContext Read(PhraseMatch match)
    {
        var question = match.End > 0 && _question[match.End - 1];
        var negation = -1;
        var doubt = -1;
        var past = false;
        var hypothetical = false;
        var other = false;
        for (var s = 0; s < _scopeCount; s++)
        {
            var scope = _scopes[s];
            if (!scope.Covers(match.Start, match.End) || OwnedByMention(scope, match))
            {
                continue;
            }

            switch (scope.Category)
            {
                case ContextCategory.Negated when !question:
                    negation = Nearer(negation, s, match);
                    break;
                case ContextCategory.Uncertain:
                    doubt = Nearer(doubt, s, match);
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
            (< 0, < 0) => FactStatus.Present,
            (_, < 0) => FactStatus.Absent,
            (< 0, _) => FactStatus.Uncertain,
            var (n, d) => _scopes[n].DistanceTo(match) < _scopes[d].DistanceTo(match) ? FactStatus.Absent : FactStatus.Uncertain,
        };
        var time = hypothetical ? FactTime.Hypothetical : past ? FactTime.Past : FactTime.Current;
        var subject = other && _selfOutsideOthers ? FactSubject.Other : FactSubject.Patient;
        return new MentionContext(status, time, subject, question);
    }

    private int Nearer(int current, int candidate, PhraseMatch match) =>
        current < 0 || _scopes[candidate].DistanceTo(match) < _scopes[current].DistanceTo(match) ? candidate : current;

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

    private bool HasExperiencer()
    {
        for (var s = 0; s < _scopeCount; s++)
        {
            if (_scopes[s].Category == ContextCategory.Experiencer)
            {
                return true;
            }
        }

        return false;
    }

    private bool CoveredByExperiencer(int start, int end)
    {
        for (var s = 0; s < _scopeCount; s++)
        {
            if (_scopes[s].Category == ContextCategory.Experiencer && _scopes[s].Covers(start, end))
            {
                return true;
            }
        }

        return false;
    }

    private void FindScopes(ContextIndex set, MessageScratch scratch)
    {
        var tokens = scratch.Tokens;
        var hits = scratch.Hits;
        var count = tokens.Count;
        Grow(ref _claimed, count);
        Grow(ref _stops, count);
        Grow(ref _sentenceEnds, count);
        Array.Clear(_claimed, 0, count);
        var triggerCount = 0;
        for (var h = 0; h < hits.Count; h++)
        {
            switch (set.Role(hits.Phrase(h)))
            {
                case ContextRole.Pseudo:
                    Fill(_claimed, hits.Match(h));
                    break;
                case ContextRole.Trigger:
                    var m = hits.Match(h);
                    Append(ref _triggers, triggerCount++, (-(m.End - m.Start), m.Start, h));
                    break;
            }
        }

        var endBit = 1 << set.BarrierBit;
        for (var i = 0; i < count; i++)
        {
            _stops[i] = (scratch.Literals.Barriers(i) & endBit) != 0;
        }

        Array.Copy(_stops, _sentenceEnds, count);
        Mark(_stops, set, hits, ContextRole.Terminator, 0);
        if (triggerCount == 0)
        {
            return;
        }

        // Longest first, then left to right, then in rule order: the hit number keeps rule order.
        var triggers = _triggers.AsSpan(0, triggerCount);
        triggers.Sort();
        Array.Clear(_categoryBuilt);
        var acceptedCount = 0;
        foreach (var (_, _, h) in triggers)
        {
            var match = hits.Match(h);
            var trigger = set.Rules.Triggers[set.Detail(hits.Phrase(h))];

            // The same words as a forward and a backward trigger of one category ("years ago") reach both ways.
            var twin = Array.IndexOf(_accepted, (trigger.Category, match.Start, match.End), 0, acceptedCount) >= 0;
            if (!twin && Array.IndexOf(_claimed, true, match.Start, match.End - match.Start) >= 0)
            {
                continue;
            }

            Append(ref _accepted, acceptedCount++, (trigger.Category, match.Start, match.End));
            Fill(_claimed, match);
            var own = CategoryStops(trigger.Category, set, hits, count);
            Append(ref _scopes, _scopeCount++, trigger.Direction == ContextDirection.Forward
                ? Forward(trigger, match, own, tokens)
                : Backward(trigger, match, own, tokens));
        }
    }

    // Built only for a category one of the message's triggers has.
    private bool[] CategoryStops(ContextCategory category, ContextIndex set, PhraseHits hits, int count)
    {
        var own = _categoryStops[(int)category];
        if (_categoryBuilt[(int)category])
        {
            return own;
        }

        Grow(ref _categoryStops[(int)category], count);
        own = _categoryStops[(int)category];

        // Who a sentence is about does not change at a comma or a "but"; only its own terminators end it.
        Array.Copy(category == ContextCategory.Experiencer ? _sentenceEnds : _stops, own, count);
        Mark(own, set, hits, ContextRole.CategoryTerminator, (int)category);
        _categoryBuilt[(int)category] = true;
        return own;
    }

    private static void Mark(bool[] stops, ContextIndex set, PhraseHits hits, ContextRole role, int detail)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            var phrase = hits.Phrase(h);
            if (set.Role(phrase) == role && (role != ContextRole.CategoryTerminator || set.Detail(phrase) == detail))
            {
                Fill(stops, hits.Match(h));
            }
        }
    }

    private static void Fill(bool[] flags, PhraseMatch match) => Array.Fill(flags, true, match.Start, match.End - match.Start);

    private static Scope Forward(ContextTrigger trigger, PhraseMatch match, bool[] stops, TokenBuffer tokens)
    {
        var end = match.End;
        var words = 0;
        while (end < tokens.Count && !stops[end] && words < trigger.MaxScope)
        {
            if (!tokens.IsPunctuation(end))
            {
                words++;
            }

            end++;
        }

        return new Scope(trigger.Category, match.Start, match.End, match.End, end, Forward: true);
    }

    private static Scope Backward(ContextTrigger trigger, PhraseMatch match, bool[] stops, TokenBuffer tokens)
    {
        var start = match.Start;
        var words = 0;
        while (start > 0 && !stops[start - 1] && words < trigger.MaxScope)
        {
            if (!tokens.IsPunctuation(start - 1))
            {
                words++;
            }

            start--;
        }

        return new Scope(trigger.Category, match.Start, match.End, start, match.Start, Forward: false);
    }

    // A clause is a question when it ends with "?" or a question word of the language ("吗").
    private void MarkQuestions(ContextIndex set, MessageScratch scratch)
    {
        var tokens = scratch.Tokens;
        var hits = scratch.Hits;
        var count = tokens.Count;
        Grow(ref _endsQuestion, count + 1);
        Array.Clear(_endsQuestion, 0, count + 1);
        for (var h = 0; h < hits.Count; h++)
        {
            if (set.Role(hits.Phrase(h)) != ContextRole.QuestionEnd)
            {
                continue;
            }

            var m = hits.Match(h);
            var after = m.End;
            if (after == count || tokens.IsPunctuation(after))
            {
                _endsQuestion[m.End - 1] = true;
            }
        }

        var clauseStart = 0;
        for (var i = 0; i <= count; i++)
        {
            var boundary = i == count || tokens.IsPunctuation(i);
            if (!boundary)
            {
                continue;
            }

            var asks = (i < count && tokens.Text(i) is "?") || (i > 0 && _endsQuestion[i - 1]);
            if (asks)
            {
                Array.Fill(_question, true, clauseStart, i - clauseStart);
            }

            clauseStart = i + 1;
        }
    }

    private static void Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[Math.Max(length, array.Length * 2)];
        }
    }

    private static void Append<T>(ref T[] array, int at, T item)
    {
        if (at == array.Length)
        {
            Array.Resize(ref array, array.Length * 2);
        }

        array[at] = item;
    }

    private readonly record struct Scope(ContextCategory Category, int TriggerStart, int TriggerEnd, int From, int To, bool Forward)
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
