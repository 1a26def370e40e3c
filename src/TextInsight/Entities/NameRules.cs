using TextInsight.Internals;
using TextInsight.Entities.Ner;
using TextInsight.Text;

namespace TextInsight.Entities;

/// <summary>
/// Corrections the whole article allows after the tagger has read it sentence by sentence: word-class evidence the
/// CoNLL-2003 training data hardly show (works and products, sports clubs, nationalities, job titles), agreement within
/// a list and within the document, and the headlines read against the body, whose case is informative.
/// </summary>
/// <remarks>
/// The rules, in order:
/// <list type="number">
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
/// </list>
/// The word lists are general English (nouns, demonyms, job titles), none of them a name of any test data.
/// </remarks>
internal sealed class NameRules
{
    private const double RuleConfidence = 0.8;

    // Headline names are read against body names of at most this many words, and at most this many body names that begin
    // with the same word (a page of thousands of names in one line must stay linear).
    private const int MaxNameWords = 8;
    private const int MaxSameStart = 16;

    // Nouns that are also common verbs or modifiers ("show", "play", "single", "model", "watch") are left out: ", official
    // figures show" is no apposition.
    private static readonly WordSet WorkNouns = new(WordLists.Load("work-nouns", StringComparer.OrdinalIgnoreCase));

    private static readonly WordSet Determiners = new(WordLists.Load("determiners", StringComparer.OrdinalIgnoreCase));

    private static readonly WordSet PhraseStops = new(WordLists.Load("phrase-stops", StringComparer.OrdinalIgnoreCase));

    // After the noun phrase, a finite verb makes it a clause's subject, not an apposition: "Directed by X, the film was …".
    private static readonly WordSet FiniteVerbs = new(WordLists.Load("finite-verbs", StringComparer.OrdinalIgnoreCase));

    private static readonly WordSet Calendar = new(WordLists.Load("calendar-words", StringComparer.OrdinalIgnoreCase));

    private static readonly WordSet OpeningNouns = new(WordLists.Load("opening-nouns", StringComparer.OrdinalIgnoreCase));

    private static readonly WordSet JobTitles = new(WordLists.Load("job-titles", StringComparer.OrdinalIgnoreCase));

    private static readonly WordSet ClubWords = new(WordLists.Load("club-words", StringComparer.OrdinalIgnoreCase));

    private static readonly WordSet ClubOrPlaceWords = new(WordLists.Load("club-or-place-words", StringComparer.OrdinalIgnoreCase));

    private static readonly WordSet PlaceWords = new(WordLists.Load("place-words", StringComparer.OrdinalIgnoreCase));

    private static readonly WordSet Designators = new(WordLists.Load("designators", StringComparer.OrdinalIgnoreCase));

    private static readonly WordSet Demonyms = new(WordLists.Load("demonyms", StringComparer.OrdinalIgnoreCase));

    private readonly NerCaseLexicon? _lexicon;
    private readonly NerGazetteer _gazetteer;

    /// <summary>Creates the rules for a tagger's model (its case lexicon tells common words from names).</summary>
    /// <param name="tagger">The tagger whose names the rules correct.</param>
    /// <param name="enabled">The rules to apply (all by default; fewer for an ablation).</param>
    public NameRules(NamedEntityTagger tagger, NameRule enabled = NameRule.All)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        Enabled = enabled;
        _lexicon = tagger.Model.CaseLexicon;
        _gazetteer = tagger.Model.Gazetteer;
    }

    /// <summary>The rules applied.</summary>
    public NameRule Enabled { get; }

    private bool On(NameRule rule) => (Enabled & rule) != 0;

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

        var doc = new Doc(text, segments, headlines, tokens);
        var list = new List<Name>(names.Count);
        foreach (var n in names)
        {
            int first = doc.TokenStartingAt(n.Span.Start), last = doc.TokenEndingAt(n.Span.End);
            if (first >= 0 && last >= first)
            {
                list.Add(new Name(first, last + 1, n.Type, n.Confidence));
            }
        }

        var result = new List<Name>(list.Count);
        var misc = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in list)
        {
            var n = On(NameRule.OpeningNoun) ? TrimOpeningNoun(doc, name) : name;
            if (On(NameRule.JobTitle) && IsJobTitle(doc, n))
            {
                continue;
            }

            if (On(NameRule.ModelCode) && ModelCode(doc, n) is { } product)
            {
                misc.Add(doc.TextOf(product));
                n = product;
            }

            result.Add(n);
        }

        if (On(NameRule.WorkApposition))
        {
            Appositions(doc, result, misc);
        }

        if (On(NameRule.Club))
        {
            Clubs(doc, result);
        }

        if (On(NameRule.ListAgreement))
        {
            Lists(doc, result);
        }

        for (int i = 0; i < result.Count; i++)
        {
            result[i] = (On(NameRule.Demonym) ? Demonym(doc, result[i]) : null) ?? (On(NameRule.PronounPerson) ? PronounPerson(doc, result, i) : null) ?? result[i];
        }

        if (On(NameRule.CommonFirstWord))
        {
            result.RemoveAll(n => IsCommonFirstWord(doc, n));
        }

        if (On(NameRule.HeadlineAgreement))
        {
            Headlines(doc, result);
        }

        if (On(NameRule.HeadlineSubject))
        {
            HeadlineSubjects(doc, result);
        }

        for (int i = 0; i < result.Count && misc.Count > 0 && On(NameRule.MiscRepeat); i++)
        {
            if (result[i].Type != EntityType.Misc && misc.Contains(doc.TextOf(result[i])))
            {
                result[i] = result[i] with { Type = EntityType.Misc };
            }
        }

        result.Sort(static (a, b) => a.First.CompareTo(b.First));
        var output = new List<NamedEntitySpan>(result.Count);
        int end = -1;
        foreach (var n in result)
        {
            if (n.First >= end)
            {
                output.Add(new NamedEntitySpan(TextSpan.FromBounds(doc.Tokens[n.First].Start, doc.Tokens[n.End - 1].End), n.Type, n.Confidence));
                end = n.End;
            }
        }

        return output;
    }

    // Rule 1: "Distributor Larkspur Pictures bought …" → "Larkspur Pictures".
    private static Name TrimOpeningNoun(Doc doc, Name n)
    {
        if (n.End - n.First >= 2 && doc.IsFirstWord(n.First) && OpeningNouns.Contains(doc.Word(n.First)) && doc.IsCapitalized(n.First + 1))
        {
            return n with { First = n.First + 1 };
        }

        return n;
    }

    // Rule 2: "Health Secretary Graham Pettifer": "Health" is part of a job title.
    private bool IsJobTitle(Doc doc, Name n)
    {
        if (_lexicon is null)
        {
            return false;
        }

        int end = n.End;
        if (end - n.First >= 2 && JobTitles.Contains(doc.Word(end - 1)))
        {
            end--;
        }
        else if (end >= doc.Tokens.Count || doc.Segment[end] != doc.Segment[n.First] || !doc.IsCapitalized(end) || !JobTitles.Contains(doc.Word(end)))
        {
            return false;
        }

        for (int k = n.First; k < end; k++)
        {
            if (!_lexicon.Contains(TokenAtoms.Compute(doc.Word(k)).Lower))
            {
                return false;
            }
        }

        return true;
    }

    // Rule 3: a name ending in a model code ("T4", "R2", "A320"), or followed by one, is a product.
    private static Name? ModelCode(Doc doc, Name n)
    {
        if (IsModelCode(doc.Word(n.End - 1)) && n.End - n.First >= 2)
        {
            return n with { Type = EntityType.Misc, Confidence = Math.Max(n.Confidence, RuleConfidence) };
        }

        if (n.End < doc.Tokens.Count && doc.Segment[n.End] == doc.Segment[n.First] && doc.Adjacent(n.End - 1, n.End) && IsModelCode(doc.Word(n.End)))
        {
            return n with { End = n.End + 1, Type = EntityType.Misc, Confidence = Math.Max(n.Confidence, RuleConfidence) };
        }

        return null;
    }

    private static bool IsModelCode(ReadOnlySpan<char> w)
    {
        // Not a financial period: Q1–Q4, H1, H2, FY24.
        if (w.Length is < 2 or > 6 || !char.IsAsciiLetterUpper(w[0]) || (w.Length == 2 && w[0] is 'Q' or 'H') || w.StartsWith("FY"))
        {
            return false;
        }

        bool digit = false;
        foreach (char c in w)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (!char.IsAsciiLetterUpper(c) && c != '-')
            {
                return false;
            }
        }

        return digit;
    }

    // Rule 4: a capitalized run in apposition with a work or product noun.
    private static void Appositions(Doc doc, List<Name> names, HashSet<string> misc)
    {
        // Which name covers each token (-1 for none), kept up to date as runs are added, so each look-up is constant time.
        var cover = new int[doc.Tokens.Count];
        Array.Fill(cover, -1);
        for (int n = 0; n < names.Count; n++)
        {
            cover.AsSpan(names[n].First, names[n].End - names[n].First).Fill(n);
        }

        for (int s = 0; s < doc.SegmentCount; s++)
        {
            int start = doc.SegmentStarts[s], end = doc.SegmentStarts[s + 1];
            if (doc.IsHeadline[s])
            {
                continue;
            }

            int i = start;
            while (i < end)
            {
                // A sentence's first word starts a run only where the tagger saw a name begin.
                if (!doc.IsCapitalized(i) || (doc.IsFirstWord(i) && (cover[i] < 0 || names[cover[i]].First != i)))
                {
                    i++;
                    continue;
                }

                int runEnd = i + 1;
                while (runEnd < end && doc.Adjacent(runEnd - 1, runEnd) && (doc.IsCapitalized(runEnd) || IsModelCode(doc.Word(runEnd))))
                {
                    runEnd++;
                }

                if (!(runEnd - i == 1 && Calendar.Contains(doc.Word(i))) && (WorkAfter(doc, runEnd, end) || (WorkBefore(doc, start, i) && !PersonStartingClause(doc, names, cover, i, runEnd, end))))
                {
                    var run = new Name(i, runEnd, EntityType.Misc, RuleConfidence);
                    int overlapping = -1;
                    bool several = false;
                    for (int k = i; k < runEnd; k++)
                    {
                        if (cover[k] >= 0 && cover[k] != overlapping)
                        {
                            several |= overlapping >= 0;
                            overlapping = cover[k];
                        }
                    }

                    if (overlapping < 0)
                    {
                        names.Add(run);
                        cover.AsSpan(i, runEnd - i).Fill(names.Count - 1);
                    }
                    else if (!several && names[overlapping].First >= i && names[overlapping].End <= runEnd)
                    {
                        names[overlapping] = run with { Confidence = Math.Max(RuleConfidence, names[overlapping].Confidence) };
                        cover.AsSpan(i, runEnd - i).Fill(overlapping);
                    }
                    else
                    {
                        i = runEnd;
                        continue;
                    }

                    misc.Add(doc.TextOf(run));
                }

                i = runEnd;
            }
        }
    }

    // ", their first album", ", a quiet family drama set on …", ", one of the most popular smart thermostats".
    private static bool WorkAfter(Doc doc, int at, int end)
    {
        if (at >= end || doc.Word(at) is not ",")
        {
            return false;
        }

        int k = at + 1;
        if (k + 2 < end && doc.Is(k, "one") && doc.Is(k + 1, "of"))
        {
            k += 2;
        }

        if (k < end && Determiners.Contains(doc.Word(k)))
        {
            k++;
        }

        // The noun phrase runs to a stop word, a punctuation mark or a capitalized word; its last word is its head, which
        // must be the work or product noun: "a film historian" is a person, "the programme's co-ordinator" too.
        int head = -1;
        for (int n = 0; n < 5 && k < end && doc.IsLowerWord(k) && !PhraseStops.Contains(doc.Word(k)); n++, k++)
        {
            head = k;
        }

        bool possessive = k < end && doc.Word(k) is ['\'' or '’', 's' or 'S'];
        bool clause = k < end && FiniteVerbs.Contains(doc.Word(k));
        return head >= 0 && !possessive && !clause && (k >= end || !doc.IsLowerWord(k) || PhraseStops.Contains(doc.Word(k))) && WorkNouns.Contains(doc.Word(head));
    }

    // "In the film Tom Hanks plays a pilot": a person the tagger found, followed by a lower-case word, is the subject of a
    // clause, not the title after the noun ("her book Small Island win …", "the album Stakonia saw …" stay titles).
    private static bool PersonStartingClause(Doc doc, List<Name> names, int[] cover, int first, int runEnd, int end) =>
        runEnd < end && doc.IsLowerWord(runEnd) && cover[first] >= 0 && names[cover[first]].Type == EntityType.Person;

    // "the thriller Night Ferry", "its new album Weather Patterns".
    private static bool WorkBefore(Doc doc, int start, int at)
    {
        int k = at - 1;
        if (k < start || !doc.IsLowerWord(k) || !WorkNouns.Contains(doc.Word(k)))
        {
            return false;
        }

        for (int j = k - 1; j >= start && j >= k - 3; j--)
        {
            if (!doc.IsLowerWord(j))
            {
                return false;
            }

            if (Determiners.Contains(doc.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    // Rule 5: clubs.
    private static void Clubs(Doc doc, List<Name> names)
    {
        for (int i = 0; i < names.Count; i++)
        {
            var n = names[i];
            if (n.End - n.First >= 2 && n.Type != EntityType.Organization && ClubWords.Contains(doc.Word(n.End - 1)))
            {
                names[i] = n with { Type = EntityType.Organization };
            }
        }

        // Set against a club: coordinated names are neighbours in the order of the text.
        names.Sort(static (a, b) => a.First.CompareTo(b.First));
        for (int i = 0; i < names.Count; i++)
        {
            var n = names[i];
            if (n.End - n.First < 2 || n.Type == EntityType.Organization || !ClubOrPlaceWords.Contains(doc.Word(n.End - 1)))
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

    private static bool IsClub(Doc doc, Name other) =>
        other.Type == EntityType.Organization && other.End - other.First >= 2
        && (ClubWords.Contains(doc.Word(other.End - 1)) || ClubOrPlaceWords.Contains(doc.Word(other.End - 1)));

    // "A and B", "A v B", "A vs B", "A against B", "A, B".
    private static bool Coordinated(Doc doc, Name a, Name b) =>
        b.First == a.End + 1 && doc.IsAny(a.End, Coordinators);

    // Rule 6: "Manchester, Cardiff and London".
    private static void Lists(Doc doc, List<Name> names)
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

    // Rule 7: "tougher European rules".
    private static Name? Demonym(Doc doc, Name n)
    {
        if (n.End - n.First != 1 || n.Type == EntityType.Misc || !Demonyms.Contains(doc.Word(n.First)))
        {
            return null;
        }

        // Used as an adjective: followed by a lower-case word of the same sentence.
        bool adjective = n.End < doc.Tokens.Count && doc.Segment[n.End] == doc.Segment[n.First] && doc.IsLowerWord(n.End);
        return adjective ? n with { Type = EntityType.Misc } : null;
    }

    // Rule 8: "went to Sofia Brandt for her role".
    private Name? PronounPerson(Doc doc, List<Name> names, int index)
    {
        var n = names[index];
        if (n.Type != EntityType.Location || n.End - n.First != 2 || PlaceWords.Contains(doc.Word(n.End - 1)) || PlaceWords.Contains(doc.Word(n.First))
            || KnownName(doc, n))
        {
            return null;
        }

        // "… to Sofia Brandt for her role": the name, then "for his" or "for her"; not "the Waverley Line for …".
        int k = n.End;
        bool afterDeterminer = n.First > doc.SegmentStarts[doc.Segment[n.First]] && Determiners.Contains(doc.Word(n.First - 1));
        return !afterDeterminer && k + 1 < doc.Tokens.Count && doc.Segment[k + 1] == doc.Segment[n.First] && doc.Is(k, "for")
            && (doc.Is(k + 1, "her") || doc.Is(k + 1, "his"))
            ? n with { Type = EntityType.Person }
            : null;
    }

    // Whether the training data name the words of n together (any type): "North Korea", "New Haven".
    private bool KnownName(Doc doc, Name n)
    {
        ulong hash = NerGazetteer.NameSeed;
        for (int k = n.First; k < n.End; k++)
        {
            hash = NerGazetteer.Next(hash, TokenAtoms.Compute(doc.Word(k)).Lower);
        }

        return _gazetteer.Entries.TryGetValue(hash, out byte mask) && mask != 0;
    }

    // Rule 9: '"Regulation has turned waste into a supply chain," Stenmark said.': a common word opening a sentence (or a
    // quote) that the body never capitalizes elsewhere is no name, unless the tagger is sure.
    private bool IsCommonFirstWord(Doc doc, Name n) =>
        _lexicon is not null && n.End - n.First == 1 && n.Confidence < 0.7 && doc.IsFirstWord(n.First) && !doc.IsHeadline[doc.Segment[n.First]]
        && doc.IsCapitalized(n.First) && _lexicon.Contains(TokenAtoms.Compute(doc.Word(n.First)).Lower) && !doc.CapitalizedInBody(doc.Word(n.First));

    // Rule 11: "Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure": in a title-case headline, a first
    // word that is no common word and that the body never writes in lower case, followed by a common word (the verb, in
    // title case), is the headline's subject: a name, an organization unless the document says otherwise.
    private void HeadlineSubjects(Doc doc, List<Name> names)
    {
        if (_lexicon is null)
        {
            return;
        }

        var covered = new bool[doc.Tokens.Count];
        foreach (var n in names)
        {
            covered.AsSpan(n.First, n.End - n.First).Fill(true);
        }

        Span<char> buffer = stackalloc char[64];
        for (int s = 0; s < doc.SegmentCount; s++)
        {
            int first = doc.SegmentStarts[s], end = doc.SegmentStarts[s + 1];
            if (end - first < 3 || covered[first] || covered[first + 1] || !doc.IsCapitalized(first)
                || !NamedEntityTagger.IsTitleCaseHeadline(doc.Text, doc.Tokens, first, end))
            {
                continue;
            }

            var lower = doc.Word(first);
            var next = doc.Word(first + 1);
            if (_lexicon.TrueCase(doc.Word(first), buffer) == 0 && !doc.LowerInBody(lower) && !Designators.Contains(lower) && !Demonyms.Contains(lower)
                && doc.IsCapitalized(first + 1) && doc.Adjacent(first, first + 1) && _lexicon.TrueCase(next, buffer) > 0)
            {
                names.Add(new Name(first, first + 1, EntityType.Organization, 0.5));
            }
        }

        names.Sort(static (a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>Whether <paramref name="word"/> is a nationality or other demonym (<c>European</c>, <c>Japanese</c>).</summary>
    internal static bool IsDemonym(string word) => Demonyms.Contains(word);

    // Rule 10: the title and headings against the body.
    private void Headlines(Doc doc, List<Name> names)
    {
        if (!names.Exists(n => doc.IsHeadline[doc.Segment[n.First]]))
        {
            return;
        }

        var body = new List<Name>();
        foreach (var n in names)
        {
            if (!doc.IsHeadline[doc.Segment[n.First]])
            {
                body.Add(n);
            }
        }

        // The body's distinct names of at most MaxNameWords words, by their first word (no more than MaxSameStart for one
        // word): bounds that keep the search below linear in the headline's length, whatever the page.
        var bodyTexts = new HashSet<string>(StringComparer.Ordinal);
        var byFirstWord = new Dictionary<string, List<Name>>(StringComparer.Ordinal);
        foreach (var b in body)
        {
            if (bodyTexts.Add(doc.TextOf(b)) && b.End - b.First <= MaxNameWords)
            {
                string key = doc.Word(b.First).ToString();
                if (!byFirstWord.TryGetValue(key, out var list))
                {
                    byFirstWord[key] = list = [];
                }

                if (list.Count < MaxSameStart)
                {
                    list.Add(b);
                }
            }
        }

        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = names.Count - 1; i >= 0; i--)
        {
            var n = names[i];
            int s = doc.Segment[n.First];
            if (!doc.IsHeadline[s] || bodyTexts.Contains(doc.TextOf(n)))
            {
                continue;
            }

            // The longest body name written in the headline over this one: it starts at most MaxNameWords - 1 words before
            // the name and at or before the name's last word.
            Name? best = null;
            for (int at = Math.Max(doc.SegmentStarts[s], n.First - MaxNameWords + 1); at < n.End; at++)
            {
                if (!lookup.TryGetValue(doc.Word(at), out var candidates))
                {
                    continue;
                }

                foreach (var b in candidates)
                {
                    int length = b.End - b.First;
                    if (at + length > n.First && at + length <= doc.SegmentStarts[s + 1] && (best is not { } current || length > current.End - current.First)
                        && doc.SameWords(at, b.First, length))
                    {
                        best = new Name(at, at + length, b.Type, Math.Max(n.Confidence, b.Confidence));
                    }
                }
            }

            // Cut only to a real name: not to a lone designator ("Aussie Open" stays, though the body has "Open").
            if (best is { } found && (found.First <= n.First && found.End >= n.End
                || (ExtraWordsUncapitalized(doc, n, found) && !(found.End - found.First == 1 && Designators.Contains(doc.Word(found.First))))))
            {
                names[i] = found;
                continue;
            }

            bool designatorAlone = n.End - n.First == 1 && Designators.Contains(doc.Word(n.First));
            if (designatorAlone || (n.Confidence < 0.5 && !doc.BodyMentions(n)))
            {
                names.RemoveAt(i);
            }
        }

        // Two headline names may now cover the same words.
        names.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.End.CompareTo(a.End));
        for (int i = names.Count - 1; i > 0; i--)
        {
            if (names[i].First < names[i - 1].End)
            {
                names.RemoveAt(i);
            }
        }
    }

    // "Dunmore Mayoral" holds the body name "Dunmore"; "Mayoral" is written nowhere else capitalized.
    private static bool ExtraWordsUncapitalized(Doc doc, Name n, Name found)
    {
        for (int k = n.First; k < n.End; k++)
        {
            if ((k < found.First || k >= found.End) && doc.CapitalizedInBody(doc.Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet Coordinators = new(WordLists.Load("coordinators", StringComparer.OrdinalIgnoreCase));

    /// <summary>Words compared without case, looked up by span (no string per lookup).</summary>
    private sealed class WordSet
    {
        private readonly HashSet<string> _words;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public WordSet()
        {
            _words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>A set of the words of a list from <see cref="WordLists"/>, compared as its comparer says.</summary>
        public WordSet(HashSet<string> words)
        {
            _words = words;
            _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

        public void Add(ReadOnlySpan<char> word) => _lookup.Add(word);
    }

    private readonly record struct Name(int First, int End, EntityType Type, double Confidence);

    /// <summary>The tokens of the tagged segments, as the tagger splits them.</summary>
    private sealed class Doc
    {
        private readonly int[] _firstWord;
        private WordSet? _bodyCapitalized;
        private WordSet? _bodyWords;
        private WordSet? _bodyLowerWords;

        public Doc(string text, IReadOnlyList<TextSpan> segments, IReadOnlySet<TextSpan> headlines, List<Token> tokens)
        {
            Text = text;
            Tokens = tokens;
            SegmentStarts = new int[segments.Count + 1];
            IsHeadline = new bool[segments.Count];
            Segment = new int[tokens.Count];
            int t = 0;
            for (int s = 0; s < segments.Count; s++)
            {
                SegmentStarts[s] = t;
                IsHeadline[s] = headlines.Contains(segments[s]);
                while (t < tokens.Count && tokens[t].Start < segments[s].End)
                {
                    Segment[t++] = s;
                }
            }

            SegmentStarts[^1] = t;
            _firstWord = new int[segments.Count];
            for (int s = 0; s < segments.Count; s++)
            {
                int k = SegmentStarts[s];
                while (k < SegmentStarts[s + 1] && tokens[k].Kind is not (TokenKind.Word or TokenKind.Number))
                {
                    k++;
                }

                _firstWord[s] = k;
            }
        }

        public string Text { get; }

        public List<Token> Tokens { get; }

        public int[] SegmentStarts { get; }

        public int SegmentCount => SegmentStarts.Length - 1;

        public bool[] IsHeadline { get; }

        public int[] Segment { get; }

        public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

        public bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        public bool IsAny(int i, WordSet words) => words.Contains(Word(i));

        public string TextOf(Name n) => Text[Tokens[n.First].Start..Tokens[n.End - 1].End];

        public bool Adjacent(int a, int b) => Tokens[b].Start - Tokens[a].End <= 1;

        public bool IsCapitalized(int i) => Word(i) is [var c, ..] && char.IsUpper(c) && HasLower(Word(i));

        public bool IsLowerWord(int i) => Word(i) is [var c, ..] && char.IsLower(c);

        /// <summary>Whether no word or number comes before token <paramref name="i"/> in its segment.</summary>
        public bool IsFirstWord(int i) => i <= _firstWord[Segment[i]];

        public int TokenStartingAt(int position)
        {
            int i = Tokens.BinarySearch(new Token(position, 0, default), StartComparer.Instance);
            return i >= 0 ? i : -1;
        }

        public int TokenEndingAt(int position)
        {
            int i = Tokens.BinarySearch(new Token(position, 0, default), StartComparer.Instance);
            i = i >= 0 ? i - 1 : ~i - 1;
            return i >= 0 && Tokens[i].End == position ? i : -1;
        }

        public bool SameWords(int a, int b, int length)
        {
            for (int k = 0; k < length; k++)
            {
                if (!Word(a + k).SequenceEqual(Word(b + k)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether each word of <paramref name="n"/> appears somewhere outside the headlines, in any case.</summary>
        public bool BodyMentions(Name n)
        {
            _bodyWords ??= BodyWords(capitalizedOnly: false);
            for (int k = n.First; k < n.End; k++)
            {
                if (!_bodyWords.Contains(Word(k)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the body writes the word in lower case.</summary>
        public bool LowerInBody(ReadOnlySpan<char> word)
        {
            if (_bodyLowerWords is null)
            {
                _bodyLowerWords = new WordSet();
                for (int i = 0; i < Tokens.Count; i++)
                {
                    if (!IsHeadline[Segment[i]] && IsLowerWord(i))
                    {
                        _bodyLowerWords.Add(Word(i));
                    }
                }
            }

            return _bodyLowerWords.Contains(word);
        }

        /// <summary>
        /// Whether the body writes the word capitalized (<c>Mayoral</c>; not in capitals, so that an acronym beside a body
        /// name is cut off with the other extra words of a headline name: <c>Sony PSP</c> → <c>Sony</c>) after the first
        /// word of a sentence.
        /// </summary>
        public bool CapitalizedInBody(ReadOnlySpan<char> lower) => (_bodyCapitalized ??= BodyWords(capitalizedOnly: true)).Contains(lower);

        private WordSet BodyWords(bool capitalizedOnly)
        {
            var words = new WordSet();
            for (int i = 0; i < Tokens.Count; i++)
            {
                if (!IsHeadline[Segment[i]] && Tokens[i].Kind == TokenKind.Word && (!capitalizedOnly || (IsCapitalized(i) && !IsFirstWord(i))))
                {
                    words.Add(Word(i));
                }
            }

            return words;
        }

        private static bool HasLower(ReadOnlySpan<char> w)
        {
            foreach (char c in w)
            {
                if (char.IsLower(c))
                {
                    return true;
                }
            }

            return false;
        }

        private sealed class StartComparer : IComparer<Token>
        {
            public static readonly StartComparer Instance = new();

            public int Compare(Token x, Token y) => x.Start.CompareTo(y.Start);
        }
    }
}
