namespace TextInsight.Entities.Rules;

/// <summary>
/// Rule 13: a one-word name that is a web platform (<c>Facebook</c>, <c>Instagram</c>, <c>TikTok</c>; list
/// <c>web-platforms.txt</c>) is an organization, and so is such a capitalized word the tagger missed in a list of them
/// (<c>on Facebook, Instagram and Twitter</c>). The tagger learned from 1996 news, which names none of them, and reads
/// <c>on Facebook</c> as it reads <c>on Crete</c>.
/// </summary>
internal sealed class WebPlatformRule : INameRule
{
    public NameRule Id => NameRule.WebPlatform;

    public void Apply(NameRuleContext context)
    {
        var doc = context.Doc;
        var names = context.Names;
        var named = new HashSet<int>();
        for (int i = 0; i < names.Count; i++)
        {
            var n = names[i];
            for (int k = n.First; k < n.End; k++)
            {
                named.Add(k);
            }

            if (n.End - n.First == 1 && n.Type != EntityType.Organization && IsPlatform(doc, n.First))
            {
                names[i] = n with { Type = EntityType.Organization, Confidence = NameWords.RuleConfidence };
            }
        }

        // A platform the tagger missed, next to one it found: "Facebook, Instagram and [Twitter]".
        for (int k = 0; k < doc.Tokens.Count; k++)
        {
            if (named.Contains(k) || !IsPlatform(doc, k) || doc.IsHeadline[doc.Segment[k]])
            {
                continue;
            }

            if (ListedWithPlatform(doc, named, k, -1) || ListedWithPlatform(doc, named, k, 1))
            {
                names.Add(new RuleName(k, k + 1, EntityType.Organization, NameWords.RuleConfidence));
                named.Add(k);
            }
        }
    }

    private static bool IsPlatform(RuleDoc doc, int k) => doc.IsCapitalized(k) && doc.IsAny(k, NameWords.WebPlatforms);

    // The token two steps away in direction step (past a comma, "and" or "or") is a platform already named.
    private static bool ListedWithPlatform(RuleDoc doc, HashSet<int> named, int k, int step)
    {
        int link = k + step, other = k + (2 * step);
        return other >= 0 && other < doc.Tokens.Count && doc.Segment[other] == doc.Segment[k]
            && (doc.Is(link, ",") || doc.Is(link, "and") || doc.Is(link, "or"))
            && named.Contains(other) && IsPlatform(doc, other);
    }
}
