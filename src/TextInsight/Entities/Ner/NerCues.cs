namespace TextInsight.Entities.Ner;

/// <summary>
/// Word-class cues that generalize beyond the names of the training data. A run of capitalized words that ends in an
/// organization designator (<c>Ventures</c>, <c>Labs</c>, <c>Securities</c>, <c>University</c>, <c>Corp</c>) is most likely
/// an organization even when none of its words was ever seen; one that ends in an event word (<c>Festival</c>,
/// <c>Marathon</c>, <c>Cup</c>) a Misc name; one that ends in a place word (<c>Island</c>, <c>County</c>) a location. A name
/// in apposition with a common noun (<c>X, a startup that …</c>, <c>the manufacturer, X,</c>, <c>X, a spokesman for …</c>)
/// takes the noun's class. The word lists are general English designators and nouns, not names: the model learns from the
/// CoNLL-2003 training data how much each cue counts (there, <c>Inc</c>, <c>Corp</c>, <c>Ltd</c>, <c>Party</c>,
/// <c>Union</c>, <c>United</c> end organizations and "a spokesman for" follows people), and the cue carries that weight to
/// designators the data never show (<c>Ventures</c>, <c>Labs</c>).
/// </summary>
internal static class NerCues
{
    /// <summary>No cue.</summary>
    public const byte None = 0;

    /// <summary>Cue class: an organization.</summary>
    public const byte Organization = 1;

    /// <summary>Cue class: a person.</summary>
    public const byte Person = 2;

    /// <summary>Cue class: a place.</summary>
    public const byte Place = 3;

    /// <summary>Cue class: an event, work or other Misc name.</summary>
    public const byte Event = 4;

    /// <summary>Cue class: a word that ends sports clubs and places alike (<c>Town</c>, <c>City</c>, <c>United</c>).</summary>
    public const byte Club = 5;

    private static readonly Dictionary<ulong, byte> Designators = Table(
        (Organization, """
            inc incorporated corp corporation co company companies ltd limited plc llc llp lp ag gmbh sa nv bv ab asa oyj spa srl
            group holdings holding ventures capital partners partnership securities investments investment asset assets
            management advisors advisers associates labs laboratories laboratory technologies technology tech systems
            software solutions networks network communications telecom media press publishing publications publishers
            pictures studios studio films entertainment records music broadcasting news digital bank bancorp banking
            insurance financial finance fund trust foundation fonden stiftung institute institution university college
            school academy society association federation union league council committee commission board authority agency
            ministry department office bureau service services party movement alliance coalition front army police court
            parliament assembly congress senate church airlines airways air motors automotive industries industrial
            manufacturing energy power oil petroleum gas mining metals steel chemicals pharmaceuticals pharma therapeutics
            biotech health healthcare hospital clinic foods food dairy brewery breweries beverages farms logistics shipping
            lines rail railways transport robotics electronics electric research consulting exchange club
            """),
        (Club, "fc athletic rovers wanderers town united city albion hotspur county"),
        (Place, """
            island islands river mountain mountains lake valley bay gulf sea ocean coast peninsula province region
            district street avenue road square bridge airport park heights hills
            """),
        (Event, """
            festival marathon cup open championship championships games olympics tournament trophy prize award awards
            series grand prix rally derby war conference summit expo fair show week
            """));

    private static readonly (byte Class, string Words)[] NounWords =
    [
        (Organization, """
            company firm startup start-up maker manufacturer group retailer lender bank insurer carrier airline developer
            investor fund agency club team band label publisher studio broker brokerage conglomerate supplier producer
            operator subsidiary unit chain provider organisation organization charity party university institute
            newspaper broadcaster network regulator authority ministry council association federation exporter importer
            distributor utility miner refiner automaker carmaker drugmaker chipmaker business venture outfit side giant
            """),
        (Person, """
            spokesman spokeswoman spokesperson minister president chairman chairwoman director executive manager coach
            player striker midfielder defender goalkeeper actor actress singer songwriter author writer analyst economist
            leader official secretary governor senator mayor judge lawyer founder professor researcher scientist son
            daughter wife husband father mother brother sister captain champion driver rider veteran star designer editor
            reporter correspondent premier envoy ambassador candidate deputy colleague chief
            """),
        (Place, """
            city town village country region province state capital island port district county area republic kingdom
            nation suburb neighbourhood neighborhood
            """),
        (Event, """
            film movie drama documentary thriller comedy album single song novel book play musical opera series sequel
            product device brand model app tournament competition championship race festival event award prize
            """),
    ];

    private static readonly Dictionary<ulong, byte> Nouns = Table(NounWords);

    /// <summary>The plurals of <see cref="Nouns"/> (<c>companies</c>, <c>firms</c>, <c>players</c>), for <c>companies such as X</c>.</summary>
    private static readonly Dictionary<ulong, byte> PluralNouns = Table([.. NounWords.Select(static l => (l.Class, Plural(l.Words)))]);

    private static readonly Dictionary<ulong, byte> Connectors = Table((Organization, "of & for de du van von der la le"));

    private static readonly Dictionary<ulong, byte> Verbs = Table((Person, "said says told added"));

    private static readonly Dictionary<ulong, byte> Pronouns = Table((Person, "he she"));

    private static readonly Dictionary<ulong, byte> Articles = Table((Organization, "a an the its their his her our"));

    /// <summary>Whether <paramref name="lower"/> (a <see cref="TokenAtoms.Lower"/> hash) ends names (<c>Group</c>, <c>Dairy</c>, <c>Labs</c>, <c>Marathon</c>).</summary>
    public static bool IsDesignator(ulong lower) => Designators.ContainsKey(lower);

    /// <summary>
    /// Computes the cues of a document's tokens. <paramref name="run"/>: for a token of a run of two or more capitalized
    /// words ending in a designator, the designator's class × 4, + 1 on the designator itself, + 2 on a first word that
    /// opens the sentence (which may be an ordinary capitalized word: "Distributor Larkspur Pictures"), + 3 if moreover
    /// <paramref name="commonWord"/> says it is mostly written in lower case ("The European Central Bank"). <paramref name="apposition"/>:
    /// for each token of a capitalized run, the class of a noun in apposition × 2, + 1 when the noun follows the run.
    /// </summary>
    public static void Compute(TokenAtoms[] atoms, int[] sentenceStarts, byte[] capsContext, bool[] commonWord, Span<byte> run, Span<byte> apposition)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentNullException.ThrowIfNull(sentenceStarts);
        for (int s = 0; s + 1 < sentenceStarts.Length; s++)
        {
            int start = sentenceStarts[s], end = sentenceStarts[s + 1];
            int i = start;
            byte listCue = None;
            int listNext = start;
            while (i < end)
            {
                if (!IsCapitalized(atoms[i]))
                {
                    i++;
                    continue;
                }

                int last = i;
                int j = i + 1;
                while (j < end)
                {
                    if (IsCapitalized(atoms[j]))
                    {
                        last = j++;
                    }
                    else if (j + 1 < end && Connectors.ContainsKey(atoms[j].Lower) && IsCapitalized(atoms[j + 1]))
                    {
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (last > i && capsContext[last] != NerDocument.AllCapsLine && Designators.TryGetValue(atoms[last].Lower, out byte cls))
                {
                    for (int k = i; k <= last; k++)
                    {
                        run[k] = (byte)((cls * 4) + (k == last ? 1 : k == i && capsContext[k] == NerDocument.SentenceInitial ? (commonWord[k] ? 3 : 2) : 0));
                    }
                }

                byte cue = After(atoms, last + 1, end);
                byte listed = last + 1 < end && IsPossessive(atoms[last + 1]) ? None
                    : listCue != None && IsListGap(atoms, listNext, i) ? listCue : Examples(atoms, start, i);
                cue = cue != None ? (byte)((cue * 2) + 1) : (byte)((listed != None ? listed : Before(atoms, start, i)) * 2);
                (listCue, listNext) = (listed, last + 1);
                if (cue != None)
                {
                    for (int k = i; k <= last; k++)
                    {
                        apposition[k] = cue;
                    }
                }

                i = last + 1;
            }
        }
    }

    /// <summary>
    /// <c>, a small security firm</c>, <c>, the British ready-meal maker</c>: a comma, an optional article, then within four
    /// words a noun of a class. People are also followed by <c>, who</c> and by <c>said she</c> (she being the name).
    /// </summary>
    private static byte After(TokenAtoms[] atoms, int at, int end)
    {
        if (at + 1 < end && Verbs.ContainsKey(atoms[at].Lower) && Pronouns.ContainsKey(atoms[at + 1].Lower))
        {
            return Person;
        }

        if (at >= end || !IsComma(atoms[at]))
        {
            return None;
        }

        if (at + 1 < end && atoms[at + 1].Lower == Who)
        {
            return Person;
        }

        int k = at + 1;
        if (k < end && Articles.ContainsKey(atoms[k].Lower))
        {
            k++;
        }

        for (int n = 0; n < 4 && k < end && (atoms[k].Flags & TokenFlags.HasLetter) != 0; n++, k++)
        {
            if ((atoms[k].Flags & TokenFlags.InitialLower) != 0 && Nouns.TryGetValue(atoms[k].Lower, out byte cls))
            {
                return cls;
            }
        }

        return None;
    }

    /// <summary><c>startup X</c>, <c>the manufacturer, X</c>: a noun of a class just before the run, perhaps with a comma between.</summary>
    private static byte Before(TokenAtoms[] atoms, int start, int at)
    {
        int k = at - 1;
        if (k >= start && IsComma(atoms[k]))
        {
            k--;
        }

        return k >= start && (atoms[k].Flags & TokenFlags.InitialLower) != 0 && Nouns.TryGetValue(atoms[k].Lower, out byte cls) ? cls : None;
    }

    /// <summary>
    /// <c>companies such as X</c>, <c>firms like X</c>, <c>clubs including X</c>: a plural noun of a class, then <c>such as</c>
    /// (perhaps after a comma), <c>like</c> or <c>including</c>, just before the run. The names of the list that follows
    /// (<c>X, Y and Z</c>) take the class too (<see cref="IsListGap"/>); a name followed by a possessive takes none and
    /// ends the list.
    /// </summary>
    private static byte Examples(TokenAtoms[] atoms, int start, int at)
    {
        int k = at - 1;
        if (k > start && atoms[k].Lower == As && atoms[k - 1].Lower == Such)
        {
            k -= 2;
            if (k >= start && IsComma(atoms[k]))
            {
                k--;
            }
        }
        else if (k > start && (atoms[k].Lower == Like || atoms[k].Lower == Including))
        {
            k--;
        }
        else
        {
            return None;
        }

        return k >= start && PluralNouns.TryGetValue(atoms[k].Lower, out byte cls) ? cls : None;
    }

    /// <summary>Whether only a comma, <c>and</c> or <c>or</c> (one or two of them) stand between two runs of a list.</summary>
    private static bool IsListGap(TokenAtoms[] atoms, int from, int to)
    {
        if (to - from is < 1 or > 2)
        {
            return false;
        }

        for (int k = from; k < to; k++)
        {
            if (!IsComma(atoms[k]) && atoms[k].Lower != And && atoms[k].Lower != Or)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A plural of each word of <paramref name="words"/>: <c>spokesmen</c>, <c>companies</c>, <c>boxes</c>, <c>firms</c>.</summary>
    private static string Plural(string words) =>
        string.Join(' ', words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(static w =>
            w.EndsWith("man", StringComparison.Ordinal) ? w[..^3] + "men"
            : w.Length > 1 && w[^1] == 'y' && !"aeiou".Contains(w[^2], StringComparison.Ordinal) ? w[..^1] + "ies"
            : w.EndsWith('s') || w.EndsWith('x') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal) ? w + "es"
            : w + "s"));

    private static readonly ulong Such = TokenAtoms.Compute("such").Lower;

    private static readonly ulong Possessive = TokenAtoms.Compute("'s").Lower;

    private static readonly ulong CurlyPossessive = TokenAtoms.Compute("\u2019s").Lower;

    /// <summary><c>'s</c>: <c>products such as Sony's PlayStation</c> names Sony as the owner of the example, not as one.</summary>
    private static bool IsPossessive(in TokenAtoms a) => a.Lower == Possessive || a.Lower == CurlyPossessive;

    private static readonly ulong As = TokenAtoms.Compute("as").Lower;

    private static readonly ulong Like = TokenAtoms.Compute("like").Lower;

    private static readonly ulong Including = TokenAtoms.Compute("including").Lower;

    private static readonly ulong And = TokenAtoms.Compute("and").Lower;

    private static readonly ulong Or = TokenAtoms.Compute("or").Lower;

    private static bool IsCapitalized(in TokenAtoms a) =>
        (a.Flags & TokenFlags.HasLetter) != 0 && (a.Flags & (TokenFlags.InitialUpper | TokenFlags.NoLower)) != 0 && (a.Flags & TokenFlags.InitialLower) == 0;

    private static readonly ulong Comma = TokenAtoms.Compute(",").Lower;

    private static readonly ulong Who = TokenAtoms.Compute("who").Lower;

    private static bool IsComma(in TokenAtoms a) => a.Lower == Comma;

    private static Dictionary<ulong, byte> Table(params (byte Class, string Words)[] lists)
    {
        var table = new Dictionary<ulong, byte>();
        foreach (var (cls, words) in lists)
        {
            foreach (string w in words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                table.TryAdd(TokenAtoms.Compute(w).Lower, cls);
            }
        }

        return table;
    }
}
