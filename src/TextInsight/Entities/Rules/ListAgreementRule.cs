namespace TextInsight.Entities.Rules;

/// <summary>Rule 6: in a list of three or more one-word names (<c>Manchester, Cardiff and London</c>), one name typed against all the others takes their type.</summary>
internal sealed class ListAgreementRule : INameRule
{
    public NameRule Id => NameRule.ListAgreement;

    public void Apply(NameRuleContext context)
    {
        Lists(context.Doc, context.Names);
    }

    // Rule 6: "Manchester, Cardiff and London".
    internal static void Lists(RuleDoc doc, List<RuleName> names)
    {
        names.Sort(static (a, b) => a.First.CompareTo(b.First));
        Span<int> counts = stackalloc int[4];
        int i = 0;
        while (i < names.Count)
        {
            // "A, B and C": commas, then "and" or "or" before the last name.
            int j = i;
            while (j + 1 < names.Count && doc.Segment[names[j + 1].First] == doc.Segment[names[i].First] && names[j + 1].First == names[j].End + 1
                && doc.Is(names[j].End, ","))
            {
                j++;
            }

            if (j + 1 < names.Count && doc.Segment[names[j + 1].First] == doc.Segment[names[i].First] && names[j + 1].First == names[j].End + 1
                && (doc.Is(names[j].End, "and") || doc.Is(names[j].End, "or")))
            {
                j++;
            }
            else
            {
                j = i;
            }

            // Lists of one-word names only: lists of titles ("Hey There, Small Talk and Steam Heat") mix types freely.
            bool oneWordNames = true;
            for (int k = i; k <= j; k++)
            {
                oneWordNames &= names[k].End - names[k].First == 1;
            }

            if (j - i + 1 >= 3 && oneWordNames)
            {
                counts.Clear();
                for (int k = i; k <= j; k++)
                {
                    counts[(int)names[k].Type]++;
                }

                for (int t = 0; t < 4; t++)
                {
                    if (counts[t] != j - i)
                    {
                        continue;
                    }

                    // The odd one out takes the others' type when the tagger was less sure of it than of them, on average.
                    int odd = i;
                    double others = 0;
                    for (int k = i; k <= j; k++)
                    {
                        if ((int)names[k].Type != t)
                        {
                            odd = k;
                        }
                        else
                        {
                            others += names[k].Confidence / (j - i);
                        }
                    }

                    if (names[odd].Confidence < others && names[odd].Confidence < 0.9)
                    {
                        names[odd] = names[odd] with { Type = (EntityType)t };
                    }
                }
            }

            i = j + 1;
        }
    }
}
