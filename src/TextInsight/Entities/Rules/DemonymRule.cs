namespace TextInsight.Entities.Rules;

/// <summary>Rule 7: a nationality or other demonym used as an adjective (<c>European rules</c>) is Misc.</summary>
internal sealed class DemonymRule : INameRule
{
    public NameRule Id => NameRule.Demonym;

    public void Apply(NameRuleContext context)
    {
        var names = context.Names;
        for (int i = 0; i < names.Count; i++)
        {
            names[i] = Demonym(context.Doc, names[i]) ?? names[i];
        }
    }

    // Rule 7: "tougher European rules".
    internal static RuleName? Demonym(RuleDoc doc, RuleName n)
    {
        if (n.End - n.First != 1 || n.Type == EntityType.Misc || !NameWords.Demonyms.Contains(doc.Word(n.First)))
        {
            return null;
        }

        // Used as an adjective: followed by a lower-case word of the same sentence.
        bool adjective = n.End < doc.Tokens.Count && doc.Segment[n.End] == doc.Segment[n.First] && doc.IsLowerWord(n.End);
        return adjective ? n with { Type = EntityType.Misc } : null;
    }
}
