using System.Globalization;
using System.Text.RegularExpressions;
using CrampBot.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrampBot.Core.Triage;

/// <summary>
/// Reads dialogs/triage-rules.yaml into <see cref="TriageRules"/> and refuses a broken file: an unknown fact,
/// a number compared like a flag, an unknown level or cause, an unknown message key, a missing source or a
/// duplicate id each become a <see cref="ContentError"/> naming the file and line.
/// </summary>
/// <remarks>
/// Condition syntax: a bare fact name means "this fact is yes"; "fact &gt;= 3" compares a number fact
/// (&gt;, &gt;=, &lt;, &lt;=); a mapping with one key all / any / not combines conditions.
/// </remarks>
public static partial class TriageRulesLoader
{
    public const string FileName = "triage-rules.yaml";

    /// <summary>Loads the rules file from a dialogs folder.</summary>
    /// <param name="dialogsFolder">The dialogs/ folder.</param>
    /// <param name="messageKeyExists">Whether a message key exists in the content (advice keys are checked against it).</param>
    public static TriageRules Load(string dialogsFolder, Func<string, bool> messageKeyExists)
    {
        var path = Path.Combine(dialogsFolder, FileName);
        if (!File.Exists(path))
        {
            throw new ContentException([new ContentError(path, 0, "rules file not found")]);
        }

        return Parse(File.ReadAllText(path), path, messageKeyExists);
    }

    /// <summary>Parses rules text; <paramref name="fileName"/> is only used in error messages.</summary>
    public static TriageRules Parse(string yaml, string fileName, Func<string, bool> messageKeyExists)
    {
        var reader = new Reader(fileName, messageKeyExists);
        var rules = reader.Read(yaml);
        if (reader.Errors.Count > 0)
        {
            throw new ContentException(reader.Errors);
        }

        return rules;
    }

    [GeneratedRegex(@"^\s*([a-z0-9_]+)\s*(>=|<=|>|<)\s*(\d+(?:\.\d+)?)\s*$")]
    private static partial Regex ComparisonPattern();

    [GeneratedRegex(@"^[a-z0-9_]+$")]
    private static partial Regex FactPattern();

    private sealed class Reader(string file, Func<string, bool> messageKeyExists)
    {
        public List<ContentError> Errors { get; } = [];

        public TriageRules Read(string yaml)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(yaml));
            }
            catch (YamlException ex)
            {
                Errors.Add(new ContentError(file, (int)ex.Start.Line, "YAML syntax: " + ex.Message));
                return new TriageRules([], new Dictionary<TriageLevel, IReadOnlyList<string>>());
            }

            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Errors.Add(new ContentError(file, 1, "expected one document with 'levels' and 'rules'"));
                return new TriageRules([], new Dictionary<TriageLevel, IReadOnlyList<string>>());
            }

            var levels = ReadLevels(root);
            var rules = ReadRules(root);
            return new TriageRules(rules, levels, ReadNotSure(root));
        }

        private Dictionary<TriageLevel, IReadOnlyList<string>> ReadLevels(YamlMappingNode root)
        {
            var result = new Dictionary<TriageLevel, IReadOnlyList<string>>();
            if (Child(root, "levels") is not YamlMappingNode levels)
            {
                Errors.Add(new ContentError(file, Line(root), "missing 'levels' mapping"));
                return result;
            }

            foreach (var (keyNode, value) in levels.Children)
            {
                var name = ((YamlScalarNode)keyNode).Value ?? "";
                if (!TriageLevelNames.TryParse(name, out var level))
                {
                    Errors.Add(new ContentError(file, Line(keyNode), $"unknown level '{name}' (use {string.Join(", ", TriageLevelNames.All)})"));
                    continue;
                }

                result[level] = value is YamlMappingNode m ? ReadKeys(m, "advice") : [];
            }

            foreach (var level in Enum.GetValues<TriageLevel>().Where(l => !result.ContainsKey(l)))
            {
                Errors.Add(new ContentError(file, Line(levels), $"level '{level.ToName()}' has no entry under 'levels'"));
            }

            return result;
        }

        /// <summary>The optional <c>not_sure</c> section: never_raises (facts), counts_from and emergency_becomes (levels).</summary>
        private NotSurePolicy? ReadNotSure(YamlMappingNode root)
        {
            if (Child(root, "not_sure") is not { } node)
            {
                return null;
            }

            if (node is not YamlMappingNode map)
            {
                Errors.Add(new ContentError(file, Line(node), "'not_sure' must be a mapping with never_raises, counts_from and emergency_becomes"));
                return null;
            }

            var neverRaises = new HashSet<string>(StringComparer.Ordinal);
            if (Child(map, "never_raises") is YamlSequenceNode facts)
            {
                foreach (var item in facts.Children)
                {
                    var name = (item as YamlScalarNode)?.Value ?? "";
                    if (Facts.Find(name) is null)
                    {
                        Errors.Add(new ContentError(file, Line(item), $"not_sure.never_raises: unknown fact '{name}'"));
                    }

                    neverRaises.Add(name);
                }
            }
            else
            {
                Errors.Add(new ContentError(file, Line(map), "not_sure needs a 'never_raises' list of facts"));
            }

            TriageLevel ReadLevel(string field)
            {
                var name = Scalar(map, field) ?? "";
                if (!TriageLevelNames.TryParse(name, out var level))
                {
                    Errors.Add(new ContentError(file, Line(Child(map, field) ?? map), $"not_sure.{field}: unknown level '{name}' (use {string.Join(", ", TriageLevelNames.All)})"));
                }

                return level;
            }

            return new NotSurePolicy(neverRaises, ReadLevel("counts_from"), ReadLevel("emergency_becomes"));
        }

        private List<TriageRule> ReadRules(YamlMappingNode root)
        {
            var rules = new List<TriageRule>();
            if (Child(root, "rules") is not YamlSequenceNode sequence)
            {
                Errors.Add(new ContentError(file, Line(root), "missing 'rules' list"));
                return rules;
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var node in sequence.Children)
            {
                if (node is not YamlMappingNode map)
                {
                    Errors.Add(new ContentError(file, Line(node), "a rule must be a mapping"));
                    continue;
                }

                var rule = ReadRule(map);
                if (rule is null)
                {
                    continue;
                }

                if (seen.TryGetValue(rule.Id, out var firstLine))
                {
                    Errors.Add(new ContentError(file, rule.Line, $"duplicate rule id '{rule.Id}' (first at line {firstLine})"));
                    continue;
                }

                seen[rule.Id] = rule.Line;
                rules.Add(rule);
            }

            return rules;
        }

        private TriageRule? ReadRule(YamlMappingNode map)
        {
            var line = Line(map);
            var known = new HashSet<string>(["id", "when", "level", "cause", "advice", "source", "note"], StringComparer.Ordinal);
            foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !known.Contains(k.Value ?? "")))
            {
                Errors.Add(new ContentError(file, Line(key), $"unknown field '{key.Value}' in rule"));
            }

            var id = Scalar(map, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                Errors.Add(new ContentError(file, line, "rule without an 'id'"));
                return null;
            }

            var errorsBefore = Errors.Count;
            var source = Scalar(map, "source");
            if (string.IsNullOrWhiteSpace(source))
            {
                Errors.Add(new ContentError(file, line, $"rule '{id}' has no 'source'"));
            }

            var levelName = Scalar(map, "level") ?? "";
            if (!TriageLevelNames.TryParse(levelName, out var level))
            {
                Errors.Add(new ContentError(file, Line(Child(map, "level") ?? map), $"rule '{id}': unknown level '{levelName}'"));
            }

            var cause = Scalar(map, "cause") ?? "";
            if (!Causes.IsKnown(cause))
            {
                Errors.Add(new ContentError(file, Line(Child(map, "cause") ?? map), $"rule '{id}': unknown cause '{cause}'"));
            }

            var advice = ReadKeys(map, "advice");
            Condition? when = null;
            if (Child(map, "when") is { } whenNode)
            {
                when = ReadCondition(whenNode, id);
            }
            else
            {
                Errors.Add(new ContentError(file, line, $"rule '{id}' has no 'when'"));
            }

            return Errors.Count > errorsBefore || when is null
                ? null
                : new TriageRule(id, when, level, cause, advice, source!, line);
        }

        private List<string> ReadKeys(YamlMappingNode map, string field)
        {
            var keys = new List<string>();
            switch (Child(map, field))
            {
                case null:
                    break;
                case YamlSequenceNode seq:
                    foreach (var item in seq.Children)
                    {
                        var key = (item as YamlScalarNode)?.Value ?? "";
                        if (!messageKeyExists(key))
                        {
                            Errors.Add(new ContentError(file, Line(item), $"unknown message key '{key}'"));
                        }

                        keys.Add(key);
                    }

                    break;
                case var other:
                    Errors.Add(new ContentError(file, Line(other), $"'{field}' must be a list of message keys"));
                    break;
            }

            return keys;
        }

        private Condition? ReadCondition(YamlNode node, string ruleId)
        {
            switch (node)
            {
                case YamlScalarNode scalar:
                    return ReadAtom(scalar, ruleId);
                case YamlSequenceNode:
                    Errors.Add(new ContentError(file, Line(node), $"rule '{ruleId}': a list needs 'all:' or 'any:' in front of it"));
                    return null;
                case YamlMappingNode map when map.Children.Count == 1:
                    var (keyNode, value) = map.Children.First();
                    var op = ((YamlScalarNode)keyNode).Value;
                    if (op == "not")
                    {
                        return ReadCondition(value, ruleId) is { } inner ? new NotCondition(inner) : null;
                    }

                    if (op is "all" or "any" && value is YamlSequenceNode seq && seq.Children.Count > 0)
                    {
                        var parts = seq.Children.Select(c => ReadCondition(c, ruleId)).ToList();
                        if (parts.Any(p => p is null))
                        {
                            return null;
                        }

                        return op == "all" ? new AllOf(parts!) : new AnyOf(parts!);
                    }

                    Errors.Add(new ContentError(file, Line(node), $"rule '{ruleId}': expected 'all: [..]', 'any: [..]' or 'not: ..', found '{op}'"));
                    return null;
                default:
                    Errors.Add(new ContentError(file, Line(node), $"rule '{ruleId}': a condition mapping takes exactly one of all / any / not"));
                    return null;
            }
        }

        private Condition? ReadAtom(YamlScalarNode scalar, string ruleId)
        {
            var text = scalar.Value ?? "";
            var comparison = ComparisonPattern().Match(text);
            var name = comparison.Success ? comparison.Groups[1].Value : text.Trim();
            if (!comparison.Success && !FactPattern().IsMatch(name))
            {
                Errors.Add(new ContentError(file, Line(scalar), $"rule '{ruleId}': cannot read condition '{text}'"));
                return null;
            }

            var fact = Facts.Find(name);
            if (fact is null)
            {
                Errors.Add(new ContentError(file, Line(scalar), $"rule '{ruleId}': unknown fact '{name}'"));
                return null;
            }

            if (!comparison.Success)
            {
                if (fact.Kind == FactKind.Number)
                {
                    Errors.Add(new ContentError(file, Line(scalar), $"rule '{ruleId}': '{name}' is a number; compare it, e.g. '{name} >= 3'"));
                    return null;
                }

                return new FactIsYes(name);
            }

            if (fact.Kind != FactKind.Number)
            {
                Errors.Add(new ContentError(file, Line(scalar), $"rule '{ruleId}': '{name}' is a yes/no fact and cannot be compared with a number"));
                return null;
            }

            var op = comparison.Groups[2].Value switch
            {
                ">" => CompareOp.Greater,
                ">=" => CompareOp.GreaterOrEqual,
                "<" => CompareOp.Less,
                _ => CompareOp.LessOrEqual,
            };
            return new Compare(name, op, double.Parse(comparison.Groups[3].Value, CultureInfo.InvariantCulture));
        }

        private static YamlNode? Child(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

        private static int Line(YamlNode node) => (int)node.Start.Line;
    }
}
