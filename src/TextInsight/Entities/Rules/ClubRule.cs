namespace TextInsight.Entities.Rules;

/// <summary>Rule 5: a name ending in a club word is an organization, and so is a name ending in <c>Town</c>, <c>City</c>, <c>United</c> or <c>County</c> set against such a club.</summary>
internal sealed class ClubRule : INameRule
{
    public NameRule Id => NameRule.Club;

    public void Apply(NameRuleContext context)
    {
        Clubs(context.Doc, context.Names);
    }

    // Rule 5: clubs.
    internal static void Clubs(RuleDoc doc, List<RuleName> names)
    {
        for (int i = 0; i < names.Count; i++)
        {
            var n = names[i];
            if (n.End - n.First >= 2 && n.Type != EntityType.Organization && NameWords.ClubWords.Contains(doc.Word(n.End - 1)))
            {
                names[i] = n with { Type = EntityType.Organization };
            }
        }

        // Set against a club: coordinated names are neighbours in the order of the text.
        names.Sort(static (a, b) => a.First.CompareTo(b.First));
        for (int i = 0; i < names.Count; i++)
        {
            var n = names[i];
            if (n.End - n.First < 2 || n.Type == EntityType.Organization || !NameWords.ClubOrPlaceWords.Contains(doc.Word(n.End - 1)))
            {
                continue;
            }

            if ((i > 0 && IsClub(doc, names[i - 1]) && Coordinated(doc, names[i - 1], n))
                || (i + 1 < names.Count && IsClub(doc, names[i + 1]) && Coordinated(doc, n, names[i + 1])))
            {
                names[i] = n with { Type = EntityType.Organization };
            }
        }
    }

    internal static bool IsClub(RuleDoc doc, RuleName other) =>
        other.Type == EntityType.Organization && other.End - other.First >= 2
        && (NameWords.ClubWords.Contains(doc.Word(other.End - 1)) || NameWords.ClubOrPlaceWords.Contains(doc.Word(other.End - 1)));

    // "A and B", "A v B", "A vs B", "A against B", "A, B".
    internal static bool Coordinated(RuleDoc doc, RuleName a, RuleName b) =>
        b.First == a.End + 1 && doc.IsAny(a.End, NameWords.Coordinators);
}
