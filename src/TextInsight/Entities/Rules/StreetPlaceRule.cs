namespace TextInsight.Entities.Rules;

/// <summary>
/// Rule 14: a name of two words or more typed Person whose last word is a capitalized street word (<c>Street</c>,
/// <c>Road</c>, <c>Avenue</c>, <c>Boulevard</c>, <c>Square</c>; list <c>street-words.txt</c>) is a place:
/// <c>Downing Street said</c>, <c>a Downing Street spokesman</c>. The tagger reads a name before a speech verb as a
/// person; no surname ends so (Lane and Hall, which do, are not on the list).
/// </summary>
internal sealed class StreetPlaceRule : INameRule
{
    public NameRule Id => NameRule.StreetPlace;

    public void Apply(NameRuleContext context)
    {
        var doc = context.Doc;
        var names = context.Names;
        for (int i = 0; i < names.Count; i++)
        {
            var n = names[i];
            int last = n.End - 1;
            if (n.Type == EntityType.Person && n.End - n.First >= 2 && doc.IsCapitalized(last) && doc.IsAny(last, NameWords.StreetWords))
            {
                names[i] = n with { Type = EntityType.Location, Confidence = NameWords.RuleConfidence };
            }
        }
    }
}
