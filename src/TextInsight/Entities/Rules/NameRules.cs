using TextInsight.Entities.Ner;
using TextInsight.Text;

namespace TextInsight.Entities.Rules;

/// <summary>
/// Corrections the whole article allows after the tagger has read it sentence by sentence: word-class evidence the
/// CoNLL-2003 training data hardly show (works and products, sports clubs, nationalities, job titles), agreement within
/// a list and within the document, and the headlines read against the body, whose case is informative.
/// </summary>
/// <remarks>
/// The rules, in order:
/// <list type="number">
/// <item>(Rule 0, run first.) A courtesy title before a name is cut from it, and the name is a person's: <c>Mr Bain</c> → <c>Bain</c>.</item>
/// <item>A common noun that opens a sentence is no part of the name after it: <c>Distributor Larkspur Pictures bought …</c> → <c>Larkspur Pictures</c>.</item>
/// <item>Capitalized common words before a job title are the title, not a name: <c>Health Secretary Graham Pettifer</c>.</item>
/// <item>A name ending in a model code is a product: <c>HeatSense T4</c>, <c>Tsubame R2</c> (Misc).</item>
/// <item>A capitalized run in apposition with a noun phrase whose head is a work or product noun, or after such a noun (but
/// not a person going on to a verb: "the film Tom Hanks plays"), is a Misc name, found even where the tagger saw none:
/// <c>Weather Patterns, their first album</c>, <c>the thriller Night Ferry</c>, <c>Salt Orchard, a quiet family drama</c>.</item>
/// <item>A name ending in a club word (<c>Athletic</c>, <c>Rovers</c>) is an organization, and so is a name ending in
/// <c>Town</c>, <c>City</c>, <c>United</c> or <c>County</c> set against such a club (<c>between Eastfield Athletic and Redmoor Town</c>).</item>
/// <item>In a list of three or more one-word names (<c>Manchester, Cardiff and London</c>), one name typed against all the
/// others, and less surely than they are on average, takes their type.</item>
/// <item>A nationality or other demonym used as an adjective (<c>European rules</c>) is Misc.</item>
/// <item>An unknown two-word "place" followed by <c>for her</c> or <c>for his</c> is a person: <c>went to Sofia Brandt for her role</c>.</item>
/// <item>A common word opening a sentence or a quote, which the body never capitalizes elsewhere, is no name unless the
/// tagger is sure (<c>"Regulation has turned waste …"</c>).</item>
/// <item>In the title and headings, written in title case: a name the body writes longer is read as the body writes it
/// (<c>Harbourside</c> → <c>Harbourside Film Festival</c>), a name that holds a body name plus words the body never
/// capitalizes is cut to the body name (<c>Dunmore Mayoral</c> → <c>Dunmore</c>), a designator alone is no name
/// (<c>Cup</c> in "… into Cup Final"), and an uncertain name the body never mentions is dropped (<c>Bake</c>).</item>
/// <item>In any headline written in title case (related-story links too), an unknown first word that is followed by a common
/// word (its verb) and that the body never writes in lower case is a name, an organization: <c>Rafay Powers Argentum AI’s Push …</c>.</item>
/// <item>A name typed Misc by rules 3 and 4 is Misc wherever the document repeats it.</item>
/// <item>A one-word name that is a web platform (<c>Facebook</c>, <c>TikTok</c>) is an organization, also where the tagger
/// missed it in a list of platforms (<c>on Facebook, Instagram and Twitter</c>).</item>
/// </list>
/// Rules in <see cref="OptIn"/> (none at present) are off unless asked for.
/// The word lists are general English (nouns, demonyms, job titles), none of them a name of any test data.
/// </remarks>
internal sealed class NameRules
{
    private readonly INameRule[] _rules;

    /// <summary>Creates the rules for a tagger's model (its case lexicon tells common words from names).</summary>
    /// <param name="tagger">The tagger whose names the rules correct.</param>
    /// <param name="enabled">The rules to apply (<see cref="Default"/> unless given; others for an ablation).</param>
    public NameRules(NamedEntityTagger tagger, NameRule enabled = Default)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        Enabled = enabled;
        var lexicon = tagger.Model.CaseLexicon;
        INameRule[] all =
        [
            new HonorificRule(), new OpeningNounRule(), new JobTitleRule(lexicon), new ModelCodeRule(), new WorkAppositionRule(), new ClubRule(),
            new ListAgreementRule(), new DemonymRule(), new PronounPersonRule(tagger.Model.Gazetteer), new CommonFirstWordRule(lexicon),
            new HeadlineAgreementRule(lexicon), new HeadlineSubjectRule(lexicon), new MiscRepeatRule(), new WebPlatformRule(), new StreetPlaceRule(),
        ];
        _rules = Array.FindAll(all, r => (enabled & r.Id) != 0);
    }

    /// <summary>The rules applied.</summary>
    public NameRule Enabled { get; }

    /// <summary>
    /// Opt-in rules, off unless asked for: none at present. <c>ModelCode</c>, <c>Demonym</c> and <c>MiscRepeat</c> decided
    /// nothing on CoNLL-2003 dev, the hand-checked BBC 2019–22 sample or the corpus gold, but turned off they retype about
    /// 100 mentions of the 1,780 BBC 2004–05 articles, and of 25 drawn at random 21 read worse (Models/README).
    /// </summary>
    public const NameRule OptIn = NameRule.None;

    /// <summary>The rules the analyzer applies: every rule but the <see cref="OptIn"/> ones.</summary>
    public const NameRule Default = NameRule.All & ~OptIn;

    /// <summary>
    /// The rule set of an ablation step: <paramref name="rule"/> turned off if <see cref="Default"/> has it, on
    /// if it is opt-in.
    /// </summary>
    public static NameRule Toggled(NameRule rule) => (Default & rule) != 0 ? Default & ~rule : Default | rule;

    /// <summary>Applies the rules to the names the tagger found in <paramref name="segments"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="segments">The tagged segments, ordered.</param>
    /// <param name="headlines">The segments that are the title and the headings.</param>
    /// <param name="names">The tagger's names, ordered.</param>
    /// <param name="tokens">The tokens of the segments as the tagger split them, if at hand (else the segments are tokenized again).</param>
    /// <returns>The corrected names, ordered and not overlapping.</returns>
    public List<NamedEntitySpan> Apply(string text, IReadOnlyList<TextSpan> segments, IReadOnlySet<TextSpan> headlines, IReadOnlyList<NamedEntitySpan> names, List<Token>? tokens = null)
    {
        if (tokens is null)
        {
            tokens = [];
            foreach (var span in segments)
            {
                NamedEntityTagger.AddTokens(text, span, tokens);
            }
        }

        var doc = new RuleDoc(text, segments, headlines, tokens);
        var list = new List<RuleName>(names.Count);
        foreach (var n in names)
        {
            int first = doc.TokenStartingAt(n.Span.Start), last = doc.TokenEndingAt(n.Span.End);
            if (first >= 0 && last >= first)
            {
                list.Add(new RuleName(first, last + 1, n.Type, n.Confidence));
            }
        }

        var context = new NameRuleContext(doc, list);
        foreach (var rule in _rules)
        {
            rule.Apply(context);
        }

        list.Sort(static (a, b) => a.First.CompareTo(b.First));
        var output = new List<NamedEntitySpan>(list.Count);
        int end = -1;
        foreach (var n in list)
        {
            if (n.First >= end)
            {
                output.Add(new NamedEntitySpan(TextSpan.FromBounds(doc.Tokens[n.First].Start, doc.Tokens[n.End - 1].End), n.Type, n.Confidence));
                end = n.End;
            }
        }

        return output;
    }

    /// <summary>Whether <paramref name="word"/> is a nationality or other demonym (<c>European</c>, <c>Japanese</c>).</summary>
    internal static bool IsDemonym(string word) => NameWords.Demonyms.Contains(word);
}
