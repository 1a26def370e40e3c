using TextInsight.Entities.Rules;
using TextInsight.Structure;

namespace TextInsight.Entities;

/// <summary>
/// Links the name mentions of one article into entities: the same name written again, an acronym and its expansion
/// (<c>Apache Software Foundation (ASF)</c>, <c>ASF (Apache Software Foundation)</c>, or <c>ASF</c> whose letters spell a
/// name found elsewhere), and short forms (<c>Suehle</c> → <c>Ruth Suehle</c>, <c>Apache</c> → <c>Apache Software Foundation</c>).
/// Names a tagger found once are also found where it missed them. Each entity gets its canonical (fullest) name, aliases,
/// mention count, salience and the roles stated next to it. Thread-safe.
/// </summary>
/// <remarks>
/// <para>Only mentions in the title, headings and body count: an entity mentioned only in boilerplate is not listed and its
/// mentions keep <see cref="EntityMention.EntityId"/> null. Money, percent and date mentions are values, not entities: they
/// are never linked.</para>
/// <para>Salience: each mention weighs 3 in the title, 2 in a heading or in the lead (first) paragraph, 1 elsewhere in the
/// body; an entity's salience is its weight divided by the weight of all entities, so saliences sum to 1.</para>
/// <para>Ids number the listed entities from 1 in the order of their first mention.</para>
/// </remarks>
public sealed class EntityLinker
{
    private const double TitleWeight = 3;
    private const double LeadWeight = 2;
    private const double HeadingWeight = 2;
    private const double BodyWeight = 1;

    /// <summary>A shared instance.</summary>
    public static EntityLinker Default { get; } = new();

    /// <summary>Links the mentions of an article.</summary>
    /// <param name="structure">The article (its text and zones).</param>
    /// <param name="mentions">Its mentions in every zone: names to link, and values that pass through.</param>
    /// <returns>All mentions ordered by position, with their entity ids, and the entities most salient first.</returns>
    public EntityAnalysis Link(ArticleStructure structure, IReadOnlyList<EntityMention> mentions) => Link(structure, mentions, null);

    /// <summary><see cref="Link(ArticleStructure, IReadOnlyList{EntityMention})"/>, reading the words around people (for their roles) from the tokens <paramref name="document"/> holds.</summary>
    internal EntityAnalysis Link(ArticleStructure structure, IReadOnlyList<EntityMention> mentions, ArticleDocument? document)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(mentions);
        string text = structure.Text;
        var names = new List<EntityMention>();
        var values = new List<EntityMention>();
        foreach (var m in mentions)
        {
            (IsName(m.Type) ? names : values).Add(m);
        }

        var pairs = new List<(EntityMention A, EntityMention B)>();
        FindParentheses(structure, names, values, pairs);
        names.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var groups = new UnionFind(names.Count);
        Union(text, names, pairs, groups);
        var propagated = PropagateAndRegroup(structure, names, values, ref groups);

        var result = Summarize(structure, names, groups, propagated, document, out var mentionIds);
        var typeOf = new Dictionary<int, EntityType>();
        var nameOf = new Dictionary<int, string>();
        foreach (var e in result)
        {
            typeOf[e.Id] = e.Type;
            nameOf[e.Id] = NameForms.Key(e.Name);
        }

        // The names (entity and written form) of which the tagger typed a mention as their entity is, those of which it
        // was sure of such a mention, and the entities that a form other than an acronym gives their type.
        var typedAsEntity = new HashSet<(int, string)>();
        var surelyTyped = new HashSet<(int, string)>();
        var typedByName = new HashSet<int>();
        for (int i = 0; i < names.Count; i++)
        {
            if (mentionIds[i] is { } id && names[i].Type == typeOf[id] && !propagated.Contains(names[i]))
            {
                var form = (id, NameForms.Key(names[i].Text));
                typedAsEntity.Add(form);
                if (!NameForms.IsAcronym(names[i].Text))
                {
                    typedByName.Add(id);
                }

                if (IsSure(names[i], propagated))
                {
                    surelyTyped.Add(form);
                }
            }
        }

        var all = new List<EntityMention>(names.Count + values.Count);
        for (int i = 0; i < names.Count; i++)
        {
            // A linked mention takes its entity's type, so that a name the tagger typed unsurely somewhere has one type
            // throughout the article. Where the tagger was sure of two types for one written name, each sure mention keeps
            // its own: the same words name two things (a city is a place in a dateline and a team in a league table:
            // "NEW YORK 74 59 .556"). So does a sure mention of a written form the tagger never typed as the entity is,
            // where another name (not an acronym) gave the entity its type: a short form may name another thing ("Soviet"
            // Misc and the "Soviet Union" place), while an acronym spells its name out, so the vote settles their types
            // (a sure but wrong "Hewlett Packard" Person against "HP"). A person's surname is that person, sure or not: its
            // link is the person's own last words ("Holmes" of "Kelly Holmes"). Other forms linked to the entity take its type.
            all.Add(mentionIds[i] is { } id
                ? names[i] with
                {
                    EntityId = id,
                    Type = KeepsOwnType(names[i], id, propagated, surelyTyped, typedAsEntity, typedByName)
                           && !(typeOf[id] == EntityType.Person && IsLastWordsOf(NameForms.Key(names[i].Text), nameOf[id]))
                        ? names[i].Type
                        : typeOf[id],
                }
                : names[i]);
        }

        all.AddRange(values);
        all.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new EntityAnalysis(all, result);
    }

    /// <summary>How sure (calibrated confidence) the tagger must be of a mention for it to keep its type against its entity's.</summary>
    internal const double SureType = 0.9;

    // Whether a linked mention keeps the type the tagger gave it: it is sure, and its written form was typed surely as
    // its entity is elsewhere (two things of one name), or never typed so while another name, not an acronym, gave the
    // entity its type (a short form's link may have joined two things).
    private static bool KeepsOwnType(EntityMention m, int id, HashSet<EntityMention> propagated, HashSet<(int, string)> surelyTyped,
        HashSet<(int, string)> typedAsEntity, HashSet<int> typedByName)
    {
        if (!IsSure(m, propagated))
        {
            return false;
        }

        var form = (id, NameForms.Key(m.Text));
        return surelyTyped.Contains(form) || (!typedAsEntity.Contains(form) && typedByName.Contains(id));
    }

    // Whether a name's key is the last words of a longer name's key: "holmes" of "kelly holmes", not of "sherlockholmes".
    private static bool IsLastWordsOf(string key, string name)
        => name.Length > key.Length && name.EndsWith(key, StringComparison.Ordinal) && name[name.Length - key.Length - 1] == ' ';

    // A mention the tagger found (not one the linker found again) and was sure of.
    private static bool IsSure(EntityMention m, HashSet<EntityMention> propagated) => m.Confidence >= SureType && !propagated.Contains(m);

    private static bool IsName(EntityType type) => type is EntityType.Person or EntityType.Organization or EntityType.Location or EntityType.Misc;

    /// <summary>"X (Y)": a name and its acronym, in either order. An acronym in parentheses that no tagger found becomes a mention.</summary>
    /// <remarks>
    /// The name in the brackets is looked up, not searched for: a scan of all names (and values) per bracket made a long
    /// document's linking quadratic (1.6 MB of names with acronyms in brackets took 11.6 s).
    /// </remarks>
    private static void FindParentheses(ArticleStructure structure, List<EntityMention> names, List<EntityMention> values, List<(EntityMention, EntityMention)> pairs)
    {
        string text = structure.Text;
        int count = names.Count;
        Dictionary<TextSpan, EntityMention>? bySpan = null;
        TakenSpans given = default, valueSpans = default;
        System.Collections.BitArray? added = null;
        for (int i = 0; i < count; i++)
        {
            var m = names[i];
            int p = m.Span.End;
            while (p < text.Length && text[p] is ' ' or '\u00A0')
            {
                p++;
            }

            if (p >= text.Length || text[p] != '(')
            {
                continue;
            }

            int close = text.IndexOf(')', p + 1, Math.Min(100, text.Length - p - 1));
            if (close < 0)
            {
                continue;
            }

            var inner = ParserTrim(text, p + 1, close);
            if (inner.Length == 0)
            {
                continue;
            }

            // The name found there, if any; a name that overlaps the bracketed text without being it (glued text such as
            // "U.S.U.S.(ASF)Read", tagged across the bracket) leaves no room for a new mention.
            // The first name (in list order) with the bracket's span, else whether any name overlaps it: the names given
            // by a sorted index, those added here (each inside one bracket) by the characters they cover.
            if (bySpan is null)
            {
                bySpan = new Dictionary<TextSpan, EntityMention>(count);
                for (int j = 0; j < count; j++)
                {
                    bySpan.TryAdd(names[j].Span, names[j]);
                }

                given = new TakenSpans(names, count);
                valueSpans = new TakenSpans(values, values.Count);
            }

            bySpan.TryGetValue(inner, out var innerMention);
            bool occupied = innerMention is null && (given.Overlaps(inner) || Covers(added, inner));

            string innerText = inner.GetText(text);
            if (innerMention is null && !occupied && NameForms.IsAcronym(innerText) && !NameForms.IsAcronym(m.Text) && !valueSpans.Overlaps(inner))
            {
                innerMention = new EntityMention
                {
                    Type = m.Type, Span = inner, Text = innerText, Zone = structure.ZoneAt(inner.Start) ?? Zone.Boilerplate,
                    Confidence = m.Confidence,
                };
                names.Add(innerMention);
                bySpan.Add(inner, innerMention);
                added ??= new System.Collections.BitArray(text.Length);
                for (int c = inner.Start; c < inner.End; c++)
                {
                    added[c] = true;
                }
            }

            // A name in capitals is no acronym of a differently typed name it does not spell: "OSLO (Northwire) -" is a dateline.
            if (innerMention is not null && (NameForms.IsAcronym(innerMention.Text) != NameForms.IsAcronym(m.Text))
                && (innerMention.Type == m.Type || Spells(m.Text, innerMention.Text) || Spells(innerMention.Text, m.Text)))
            {
                pairs.Add((m, innerMention));
            }
        }
    }

    private static bool Spells(string acronym, string name) => NameForms.IsAcronym(acronym) && NameForms.Abbreviates(acronym, name);

    private static TextSpan ParserTrim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    // Whether a character of span (at most 100 long) is set in covered.
    private static bool Covers(System.Collections.BitArray? covered, TextSpan span)
    {
        if (covered is null)
        {
            return false;
        }

        for (int c = span.Start; c < span.End; c++)
        {
            if (covered[c])
            {
                return true;
            }
        }

        return false;
    }

    private static void Union(string text, List<EntityMention> names, List<(EntityMention A, EntityMention B)> pairs, UnionFind groups)
    {
        var index = new Dictionary<EntityMention, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < names.Count; i++)
        {
            index[names[i]] = i;
        }

        foreach (var (a, b) in pairs)
        {
            groups.Union(index[a], index[b]);
        }

        // The same name written again. A courtesy title's gender keeps Mr Howard and Mrs Howard apart (the name rules cut
        // the title, so it is read from the text before the name); the name written without a title joins them (below)
        // only when the article gives the name one gender and no fuller name ending with it says the other (Michael
        // Howard's wife, Mrs Howard: the short-form link below decides then).
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, int>? byKeyMale = null, byKeyFemale = null;
        int[]? titleGender = null;
        for (int i = 0; i < names.Count; i++)
        {
            string key = NameForms.Key(names[i].Text);
            int gender = MentionGender(text, names[i]);
            if (gender != 0)
            {
                (titleGender ??= new int[names.Count])[i] = gender;
            }

            var same = gender > 0 ? byKeyMale ??= new(StringComparer.Ordinal) : gender < 0 ? byKeyFemale ??= new(StringComparer.Ordinal) : byKey;
            if (same.TryGetValue(key, out int first))
            {
                groups.Union(first, i);
            }
            else
            {
                same[key] = i;
            }
        }

        // Each pairing below is looked up in an index of the article's distinct names rather than tried against every
        // other mention, so that linking stays linear in the number of mentions (a page of glued text can give thousands).
        // Mentions with the same text are already in one group, so one of them stands for all.
        var byInitials = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byFirstWords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byLastWords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        Dictionary<string, List<int>>? byFirstName = null;
        var distinct = new HashSet<(string, EntityType)>();
        for (int j = 0; j < names.Count; j++)
        {
            var name = names[j];
            if (!distinct.Add((name.Text, name.Type)))
            {
                continue;
            }

            if (NameForms.TryInitials(name.Text, out string all, out string content))
            {
                AddTo(byInitials, all, j);
                if (content != all)
                {
                    AddTo(byInitials, content, j);
                }
            }

            var keys = WordKeys(name.Text);
            for (int k = 1; k < keys.Length; k++)
            {
                // "Suehle" → "Ruth Suehle": a person's last words; "Apache" → "Apache Software Foundation": other names' first words.
                if (name.Type == EntityType.Person)
                {
                    AddTo(byLastWords, JoinKeys(keys, keys.Length - k, k), j);
                    if (k == 1)
                    {
                        // "Sir Alex" → "Alex Ferguson": a knight or dame is called by the first name after the honour, and
                        // people in quotes by their first name ("I know David very well" of David Blunkett).
                        AddTo(byFirstName ??= new(StringComparer.Ordinal), keys[0], j);
                    }
                }
                else
                {
                    AddTo(byFirstWords, JoinKeys(keys, 0, k), j);
                }
            }
        }

        int[]? groupGender = null;
        if (titleGender is not null)
        {
            foreach (var (key, i) in byKey)
            {
                int male = 0, female = 0;
                bool isMale = byKeyMale?.TryGetValue(key, out male) == true, isFemale = byKeyFemale?.TryGetValue(key, out female) == true;
                if (isMale != isFemale && !FullerNameOfOtherGender(names, byLastWords, key, isMale ? 1 : -1))
                {
                    groups.Union(i, isMale ? male : female);
                }
            }

            // Each mention's gender is its group's: the sign of its titles' genders, read before the links below.
            var byRoot = new int[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                byRoot[groups.Find(i)] += titleGender[i];
            }

            groupGender = new int[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                groupGender[i] = Math.Sign(byRoot[groups.Find(i)]);
            }
        }

        // Acronyms whose letters spell exactly one longer name of the article.
        var candidates = new List<int>();
        for (int i = 0; i < names.Count; i++)
        {
            if (!NameForms.IsAcronym(names[i].Text) || names[i].Type == EntityType.Person)
            {
                continue;
            }

            candidates.Clear();
            if (byInitials.TryGetValue(NameForms.AcronymLetters(names[i].Text), out var spelled))
            {
                candidates.AddRange(spelled);
            }

            UnionWithSingleMatch(i, candidates, groups, skipOwnGroup: false);
        }

        // Short forms: a surname for a person, the first words of an organization, place or other name.
        for (int i = 0; i < names.Count; i++)
        {
            if (NameForms.IsAcronym(names[i].Text) || NameForms.IsNotAName(names[i].Text))
            {
                continue;
            }

            var words = WordKeys(names[i].Text);
            string key = JoinKeys(words, 0, words.Length);
            candidates.Clear();
            if (names[i].Type is EntityType.Person or EntityType.Misc or EntityType.Organization
                && byLastWords.TryGetValue(key, out var persons))
            {
                int gender = groupGender?[i] ?? 0;
                foreach (int j in persons)
                {
                    // Mrs Howard is no short form of Michael Howard: a title's gender against the other's titles or first name.
                    if (gender == 0 || gender * (groupGender![j] != 0 ? groupGender[j] : PersonGender.OfName(names[j].Text)) >= 0)
                    {
                        candidates.Add(j);
                    }
                }
            }

            // A nationality is no short form: "European" does not stand for "European Union".
            // A place that opens a longer name of another type is the place, not a short form of it ("Budapest" and the
            // "Budapest Stock Exchange", "Texas" and the "Texas Rangers").
            if (names[i].Type != EntityType.Person && !NameRules.IsDemonym(names[i].Text) && byFirstWords.TryGetValue(key, out var others))
            {
                bool place = names[i].Type == EntityType.Location;
                foreach (int j in others)
                {
                    if (!place || names[j].Type == EntityType.Location)
                    {
                        candidates.Add(j);
                    }
                }
            }

            if (byFirstName is not null && words.Length == 1 && names[i].Type == EntityType.Person
                && byFirstName.TryGetValue(key, out var firstNamed))
            {
                if (PersonGender.HonourBefore(text, names[i].Span.Start))
                {
                    // Of two people of that first name, the one the article gives the honour.
                    foreach (int j in firstNamed)
                    {
                        if (firstNamed.Count == 1 || PersonGender.HonourBefore(text, names[j].Span.Start))
                        {
                            candidates.Add(j);
                        }
                    }
                }
                else if (candidates.Count == 0 && PersonGender.TitleBefore(text, names[i].Span.Start) is null
                    && PersonGender.OfFirstName(names[i].Text) != 0 && !AfterRoyalTitle(text, names[i].Span.Start))
                {
                    // A first name alone, no one's surname and no title before it, is the article's one person of that
                    // first name ("I know David very well" of David Blunkett); of two such people, neither. After a royal
                    // title it names a royal ("King Charles" is not Charles Michel, "Prince George" not George Osborne).
                    candidates.AddRange(firstNamed);
                }
            }

            candidates.Sort();
            UnionWithSingleMatch(i, candidates, groups, skipOwnGroup: true);
        }
    }

    /// <summary>Whether a royal title is written right before <paramref name="start"/>, on the same line (<see cref="RelationFinder.Before"/>).</summary>
    private static bool AfterRoyalTitle(string text, int start) =>
        RelationFinder.Before(text, start, text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1) is { } title
        && RelationFinder.Of(title) == PersonRelation.Royal;

    /// <summary>Whether a person's name of the article that ends with <paramref name="key"/> has a first name of the other gender.</summary>
    private static bool FullerNameOfOtherGender(List<EntityMention> names, Dictionary<string, List<int>> byLastWords, string key, int gender)
    {
        if (byLastWords.TryGetValue(key, out var fuller))
        {
            foreach (int j in fuller)
            {
                if (PersonGender.OfName(names[j].Text) == -gender)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The gender a mention's courtesy title says (<see cref="PersonGender"/>): a title written before it, or one that
    /// opens it (<c>Baroness Kennedy</c>); 0 when none.
    /// </summary>
    private static int MentionGender(string text, EntityMention mention)
    {
        if (PersonGender.TitleBefore(text, mention.Span.Start) is { } title)
        {
            return PersonGender.OfTitle(title);
        }

        var name = mention.Text.AsSpan();
        int space = name.IndexOf(' ');
        return space > 0 ? PersonGender.OfTitle(name[..space]) : 0;
    }

    /// <summary>
    /// Links mention <paramref name="i"/> to its candidates when they all belong to one entity: a short form or acronym that
    /// could stand for two different entities stays apart.
    /// </summary>
    private static void UnionWithSingleMatch(int i, List<int> candidates, UnionFind groups, bool skipOwnGroup)
    {
        int match = -1;
        bool ambiguous = false;
        foreach (int j in candidates)
        {
            if (j == i || (skipOwnGroup && groups.Find(i) == groups.Find(j)))
            {
                continue;
            }

            if (match >= 0 && groups.Find(match) != groups.Find(j))
            {
                ambiguous = true;
            }

            match = j;
        }

        if (match >= 0 && !ambiguous)
        {
            groups.Union(i, match);
        }
    }

    /// <summary><c>string.Join(' ', keys, start, count)</c>, as the thread's shared string for it (<see cref="Internals.StringCache"/>).</summary>
    private static string JoinKeys(string[] keys, int start, int count)
    {
        int length = count > 0 ? count - 1 : 0;
        for (int k = start; k < start + count; k++)
        {
            length += keys[k].Length;
        }

        if (length > 256)
        {
            return string.Join(' ', keys, start, count);
        }

        Span<char> buffer = stackalloc char[256];
        int n = 0;
        for (int k = start; k < start + count; k++)
        {
            if (k > start)
            {
                buffer[n++] = ' ';
            }

            keys[k].CopyTo(buffer[n..]);
            n += keys[k].Length;
        }

        return Internals.StringCache.Get(buffer[..n]);
    }

    private static string[] WordKeys(string name)
    {
        var words = NameForms.Words(name);
        for (int k = 0; k < words.Length; k++)
        {
            words[k] = NameForms.Key(words[k]);
        }

        return words;
    }

    private static void AddTo(Dictionary<string, List<int>> index, string key, int value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>
    /// Finds again, in every zone, the names the tagger found somewhere (whole words, not inside a hyphenated word or another
    /// mention), so that an entity is counted wherever it is named.
    /// </summary>
    private static HashSet<EntityMention> PropagateAndRegroup(ArticleStructure structure, List<EntityMention> names, List<EntityMention> values, ref UnionFind groups)
    {
        var propagated = new HashSet<EntityMention>(ReferenceEqualityComparer.Instance);
        string text = structure.Text;
        var forms = new List<(string Form, int Group, EntityType Type, double Confidence)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var expanded = new HashSet<int>();
        var multiWord = new HashSet<int>();
        var tagged = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            if (!NameForms.IsAcronym(names[i].Text))
            {
                expanded.Add(groups.Find(i));
            }

            if (NameForms.WordCount(names[i].Text) > 1)
            {
                multiWord.Add(groups.Find(i));
            }

            string key = NameForms.Key(names[i].Text);
            tagged[key] = tagged.GetValueOrDefault(key) + 1;
        }

        foreach (int i in Enumerable.Range(0, names.Count).OrderByDescending(i => names[i].Text.Length))
        {
            var m = names[i];
            string form = m.Text.Trim();

            // A bare acronym is found again only once the article has linked it to its expansion: short capitals
            // alone are too often generic (AI, CEO, TV).
            // A single word tagged once, with no longer name behind it, may be a capitalized common word the tagger
            // took for a name ("Health" in "Health Secretary"): it is not spread further.
            if (form.Length < 2 || !char.IsUpper(form[0]) || NameForms.IsNotAName(form) || !seen.Add(form)
                || (NameForms.IsAcronym(form) && !expanded.Contains(groups.Find(i)))
                || (!NameForms.IsAcronym(form) && NameForms.WordCount(form) == 1 && !multiWord.Contains(groups.Find(i))
                    && tagged[NameForms.Key(form)] < 2))
            {
                continue;
            }

            forms.Add((form, i, m.Type, m.Confidence));
        }

        if (forms.Count == 0)
        {
            return propagated;
        }

        // Occupied characters, so that a found name never overlaps a mention; longer forms claim their places first.
        var occupied = new System.Collections.BitArray(text.Length);
        foreach (var m in names)
        {
            Occupy(occupied, m.Span);
        }

        foreach (var v in values)
        {
            Occupy(occupied, v.Span);
        }

        // Forms by their first run of letters or digits: a whole-word occurrence of a form starts where that run starts in
        // the text, so one pass over the runs of each zone finds every occurrence (searching the text once per form would
        // be quadratic on a page with thousands of names).
        var byFirstRun = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int f = 0; f < forms.Count; f++)
        {
            string form = forms[f].Form;
            int run = 0;
            while (run < form.Length && char.IsLetterOrDigit(form[run]))
            {
                run++;
            }

            if (run > 0)
            {
                AddTo(byFirstRun, form[..run], f);
            }
        }

        int[]? rootGender = null;
        var firstRuns = byFirstRun.GetAlternateLookup<ReadOnlySpan<char>>();
        var added = new List<(EntityMention Mention, int Group)>();
        var found = new List<(int Form, int At)>();
        foreach (var zone in ZoneSpans(structure))
        {
            found.Clear();
            int p = zone.Start;
            while (p < zone.End)
            {
                if (!char.IsLetterOrDigit(text[p]))
                {
                    p++;
                    continue;
                }

                int end = p;
                while (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }

                if (firstRuns.TryGetValue(text.AsSpan(p, end - p), out var starting))
                {
                    foreach (int f in starting)
                    {
                        string form = forms[f].Form;
                        if (p + form.Length <= zone.End && string.CompareOrdinal(text, p, form, 0, form.Length) == 0)
                        {
                            found.Add((f, p));
                        }
                    }
                }

                p = end;
            }

            // Longer forms first, then in text order: the order in which the places are claimed.
            found.Sort(static (a, b) => a.Form != b.Form ? a.Form.CompareTo(b.Form) : a.At.CompareTo(b.At));
            foreach (var (f, at) in found)
            {
                var (form, group, type, confidence) = forms[f];
                var span = new TextSpan(at, form.Length);
                if (!IsWholeWord(text, span) || IsOccupied(occupied, span))
                {
                    continue;
                }

                // Mrs Howard found again is not the Michael Howard the form came from.
                if (PersonGender.TitleBefore(text, at) is { } title && PersonGender.OfTitle(title) is var gender and not 0
                    && gender * (rootGender ??= GroupGenders(text, names, groups))[groups.Find(group)] < 0)
                {
                    continue;
                }

                Occupy(occupied, span);
                added.Add((new EntityMention
                {
                    Type = type, Span = span, Text = form, Zone = structure.ZoneAt(at) ?? Zone.Boilerplate, Confidence = Math.Round(confidence * 0.9, 4),
                }, group));
            }
        }

        if (added.Count == 0)
        {
            return propagated;
        }

        int before = names.Count;
        var grown = new UnionFind(before + added.Count);
        for (int i = 0; i < before; i++)
        {
            grown.Union(i, groups.Find(i));
        }

        for (int k = 0; k < added.Count; k++)
        {
            names.Add(added[k].Mention);
            propagated.Add(added[k].Mention);
            grown.Union(before + k, added[k].Group);
        }

        // Keep positions ordered, carrying each mention's group along.
        var order = Enumerable.Range(0, names.Count).OrderBy(i => names[i].Span.Start).ToArray();
        var sorted = order.Select(i => names[i]).ToList();
        var regrouped = new UnionFind(names.Count);
        var position = new int[names.Count];
        for (int p = 0; p < order.Length; p++)
        {
            position[order[p]] = p;
        }

        for (int i = 0; i < names.Count; i++)
        {
            regrouped.Union(position[i], position[grown.Find(i)]);
        }

        names.Clear();
        names.AddRange(sorted);
        groups = regrouped;
        return propagated;
    }

    /// <summary>
    /// Each group's gender by its root: the sign of its mentions' title genders, else of the first names of its names of
    /// two words or more (<see cref="PersonGender"/>).
    /// </summary>
    private static int[] GroupGenders(string text, List<EntityMention> names, UnionFind groups)
    {
        var titles = new int[names.Count];
        var firstNames = new int[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            int root = groups.Find(i);
            titles[root] += MentionGender(text, names[i]);
            if (names[i].Type == EntityType.Person)
            {
                firstNames[root] += PersonGender.OfName(names[i].Text);
            }
        }

        for (int i = 0; i < titles.Length; i++)
        {
            titles[i] = titles[i] != 0 ? Math.Sign(titles[i]) : Math.Sign(firstNames[i]);
        }

        return titles;
    }

    private static IEnumerable<TextSpan> ZoneSpans(ArticleStructure structure)
    {
        if (structure.Title is { } title)
        {
            yield return title;
        }

        foreach (var section in structure.Sections)
        {
            if (section.Heading is { } heading)
            {
                yield return heading;
            }

            foreach (var p in section.Paragraphs)
            {
                yield return p;
            }
        }

        foreach (var b in structure.Boilerplate)
        {
            yield return b.Span;
        }
    }

    private static bool IsWholeWord(string text, TextSpan span)
    {
        if (span.Start > 0 && (char.IsLetterOrDigit(text[span.Start - 1]) || (text[span.Start - 1] is '-' or '‐' && span.Start > 1 && char.IsLetter(text[span.Start - 2]))))
        {
            return false;
        }

        int e = span.End;
        return e >= text.Length || !(char.IsLetterOrDigit(text[e]) || (text[e] is '-' or '‐' && e + 1 < text.Length && char.IsLetter(text[e + 1])));
    }

    private static void Occupy(System.Collections.BitArray occupied, TextSpan span)
    {
        for (int k = Math.Max(0, span.Start); k < Math.Min(occupied.Length, span.End); k++)
        {
            occupied[k] = true;
        }
    }

    private static bool IsOccupied(System.Collections.BitArray occupied, TextSpan span)
    {
        for (int k = Math.Max(0, span.Start); k < Math.Min(occupied.Length, span.End); k++)
        {
            if (occupied[k])
            {
                return true;
            }
        }

        return false;
    }

    private static List<LinkedEntity> Summarize(ArticleStructure structure, List<EntityMention> names, UnionFind groups, HashSet<EntityMention> propagated, ArticleDocument? document, out int?[] mentionIds)
    {
        string text = structure.Text;
        TextSpan? lead = structure.FirstParagraph;
        TextSpan[]? zones = null;
        var members = new Dictionary<int, List<int>>();
        for (int i = 0; i < names.Count; i++)
        {
            int root = groups.Find(i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(i);
        }

        // Listed entities: mentioned outside boilerplate; ids in order of first mention.
        var listed = members.Values
            .Where(list => list.Exists(i => names[i].Zone != Zone.Boilerplate))
            .OrderBy(list => names[list[0]].Span.Start)
            .ToList();
        mentionIds = new int?[names.Count];
        var idOfRoot = new Dictionary<int, int>();
        for (int n = 0; n < listed.Count; n++)
        {
            idOfRoot[groups.Find(listed[n][0])] = n + 1;
            foreach (int i in listed[n])
            {
                mentionIds[i] = n + 1;
            }
        }

        var weights = new double[listed.Count];
        double totalWeight = 0;
        for (int n = 0; n < listed.Count; n++)
        {
            foreach (int i in listed[n])
            {
                var m = names[i];
                double w = m.Zone switch
                {
                    Zone.Title => TitleWeight,
                    Zone.Heading => HeadingWeight,
                    Zone.Body when lead is { } l && l.Contains(m.Span) => LeadWeight,
                    Zone.Body => BodyWeight,
                    _ => 0,
                };
                weights[n] += w;
            }

            totalWeight += weights[n];
        }

        var mentionAt = new Dictionary<int, int>();
        for (int i = 0; i < names.Count; i++)
        {
            mentionAt.TryAdd(names[i].Span.Start, i);
        }

        // Every entity's type first: a role's `of` is read from the type of the entity named where the role points.
        var types = new EntityType[listed.Count];
        for (int n = 0; n < listed.Count; n++)
        {
            var list = listed[n];
            var type = VoteType(names, list, propagated);

            // A one-word "person" never named in full, found where an organization goes ("an executive at Anthropic"),
            // is an organization: news introduces people by their full name.
            if (type == EntityType.Person && list.TrueForAll(i => NameForms.WordCount(names[i].Text) == 1)
                && list.Exists(i => RoleFinder.FollowsRoleAndLink(text, names[i].Span.Start, SegmentOf(zones ??= OrderedZones(structure), names[i].Span).Start, document)))
            {
                type = EntityType.Organization;
            }

            types[n] = type;
        }

        var entities = new List<LinkedEntity>(listed.Count);
        var ids = mentionIds;
        Func<int, bool>? isOrganizationAt = null;
        for (int n = 0; n < listed.Count; n++)
        {
            var list = listed[n];
            var type = types[n];
            string canonical = Canonical(names, list);
            var aliases = new List<string>();
            var aliasKeys = new HashSet<string>(StringComparer.Ordinal) { NameForms.Key(canonical) };
            foreach (int i in list)
            {
                string form = NameForms.Display(names[i].Text);
                if (aliasKeys.Add(NameForms.Key(form)))
                {
                    aliases.Add(form);
                }
            }

            var roles = new List<EntityRole>();
            if (type == EntityType.Person)
            {
                foreach (int i in list)
                {
                    zones ??= OrderedZones(structure);
                    var segment = SegmentOf(zones, names[i].Span);
                    isOrganizationAt ??= pos => IsOrganizationAt(names, mentionAt, ids, types, pos);
                    foreach (var found in RoleFinder.Find(text, names[i].Span, segment, isOrganizationAt, document))
                    {
                        int? of = found.OrgStart >= 0 && mentionIds[mentionAt[found.OrgStart]] is { } orgId ? orgId : null;
                        AddRole(roles, new EntityRole(NameForms.Display(found.Title), of));
                    }

                    // A person named by one word after a family word or a royal title (his son John, ex-King Michael):
                    // the corpus resolver reads it as a relative or a royal, not the namesake the article names in full.
                    if (NameForms.WordCount(names[i].Text) == 1
                        && RelationFinder.Before(text, names[i].Span.Start, segment.Start) is { } relation)
                    {
                        AddRole(roles, new EntityRole(NameForms.Display(relation), null));
                    }
                }
            }

            string? title = null;
            if (type == EntityType.Person)
            {
                foreach (int i in list)
                {
                    // The first title that says a gender, else the first (Dr).
                    if (PersonGender.TitleBefore(text, names[i].Span.Start) is { } t
                        && (title is null || (PersonGender.OfTitle(title) == 0 && PersonGender.OfTitle(t) != 0)))
                    {
                        title = t;
                    }
                }
            }

            entities.Add(new LinkedEntity
            {
                Id = n + 1,
                Name = canonical,
                Type = type,
                Title = title,
                Aliases = aliases,
                Mentions = list.Count(i => names[i].Zone != Zone.Boilerplate),
                Salience = totalWeight > 0 ? Math.Round(weights[n] / totalWeight, 4) : 0,
                Roles = roles,
            });
        }

        entities.Sort(static (a, b) => b.Salience != a.Salience ? b.Salience.CompareTo(a.Salience) : a.Id.CompareTo(b.Id));
        return entities;
    }

    private static void AddRole(List<EntityRole> roles, EntityRole role)
    {
        if (!roles.Exists(r => string.Equals(r.Title, role.Title, StringComparison.OrdinalIgnoreCase) && r.Of == role.Of))
        {
            roles.Add(role);
        }
    }

    // An organization or a place a role is held in ("Acme's chief executive", "Mayor of London"); not a person, neither
    // as written nor as the entity the name is linked to (a team typed an organization but linked as the surname of the
    // person who founded it: "technical director of Williams" and "Frank Williams"). A Misc name counts only when it may
    // name a body (MayNameABody): a demonym or party adjective ("British actor", "Tory leader", "Prime Minister of
    // Albanian") does not; an organization the tagger typed Misc ("founder of Fat Whippet Yoga", "chief economist of Hang
    // Seng") does.
    private static bool IsOrganizationAt(List<EntityMention> names, Dictionary<int, int> mentionAt, int?[] mentionIds, EntityType[] entityTypes, int position)
        => mentionAt.TryGetValue(position, out int i)
           && (names[i].Type is EntityType.Organization or EntityType.Location || (names[i].Type == EntityType.Misc && MayNameABody(names[i].Text)))
           && !(mentionIds[i] is { } id && entityTypes[id - 1] == EntityType.Person);

    /// <summary>
    /// A Misc name of two words or more, none of them a demonym (<c>Hang Seng</c>, <c>Rust Movie Productions</c>), may
    /// name the body a role is held in; one word (<c>Albanian</c>, <c>Tory</c>, <c>European</c>, <c>Brexit</c>) or a
    /// name holding a demonym (<c>Scottish Labour</c>, <c>Australian Open</c>) is an adjective, an event or a movement.
    /// </summary>
    internal static bool MayNameABody(string name)
    {
        var span = name.AsSpan();
        int words = 0;
        foreach (var range in span.SplitAny(" -\u2010\u2011\u00A0"))
        {
            var word = span[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (NameWords.Demonyms.Contains(word) || (word.Length > 2 && word[^1] == 's' && NameWords.Demonyms.Contains(word[..^1])))
            {
                return false;
            }
        }

        return words >= 2;
    }

    /// <summary>The zone spans (title, headings, paragraphs, boilerplate blocks) ordered by start, for <see cref="SegmentOf"/>.</summary>
    private static TextSpan[] OrderedZones(ArticleStructure structure)
    {
        var zones = ZoneSpans(structure).ToArray();
        Array.Sort(zones, static (a, b) => a.Start.CompareTo(b.Start));
        return zones;
    }

    /// <summary>The zone span (title, heading, paragraph or boilerplate block) holding a mention: a binary search, so that an article of 100,000 paragraphs stays linear.</summary>
    private static TextSpan SegmentOf(TextSpan[] zones, TextSpan span)
    {
        int lo = 0, hi = zones.Length - 1, at = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (zones[mid].Start <= span.Start)
            {
                at = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // Zones do not overlap, but a zone may be empty or nested in no other: look back over the few that start at or before the mention.
        for (int k = at; k >= 0 && k > at - 4; k--)
        {
            if (zones[k].Contains(span))
            {
                return zones[k];
            }
        }

        return span;
    }

    /// <summary>
    /// The entity's type. Where the entity is written in more than one form and the tagger was sure (<see cref="SureType"/>)
    /// of a mention of its fullest form, those sure mentions decide (<see cref="FullestFormType"/>): a full name carries
    /// more of the entity than a headline's bare surname or a short form. Otherwise the type the tagged mentions give,
    /// weighed by confidence (mentions found again by the linker do not vote: they only repeat a tagged one); ties go to
    /// the type of the longest mention.
    /// </summary>
    private static EntityType VoteType(List<EntityMention> names, List<int> list, HashSet<EntityMention> propagated)
    {
        Span<double> votes = stackalloc double[4];
        var voters = list.FindAll(i => !propagated.Contains(names[i]));
        if (voters.Count == 0)
        {
            voters = list;
        }

        if (FullestFormType(names, voters) is { } decided)
        {
            return decided;
        }

        foreach (int i in voters)
        {
            votes[(int)names[i].Type] += Math.Max(names[i].Confidence, 0.01);
        }

        var longest = names[voters.MaxBy(i => names[i].Text.Length)].Type;
        var best = longest;
        for (int t = 0; t < 4; t++)
        {
            if (votes[t] > votes[(int)best] + 1e-9)
            {
                best = (EntityType)t;
            }
        }

        return best;
    }

    /// <summary>
    /// The type the tagger's sure mentions of an entity's fullest written form give it (most words, then longest; not an
    /// acronym), weighed by confidence; null where the entity has no other form (one written name of two types is a vote:
    /// a city and its team, "NEW YORK"), where no mention of the fullest form is sure, or where an acronym spells the
    /// fullest form out (the acronym names the whole entity, so the vote settles it: "HP" and a "Hewlett Packard" typed a
    /// person).
    /// </summary>
    private static EntityType? FullestFormType(List<EntityMention> names, List<int> voters)
    {
        int fullest = -1, fullestWords = 0;
        foreach (int i in voters)
        {
            string t = names[i].Text;
            if (!NameForms.IsAcronym(t))
            {
                int words = NameForms.WordCount(t);
                if (fullest < 0 || words > fullestWords || (words == fullestWords && t.Length > names[fullest].Text.Length))
                {
                    fullest = i;
                    fullestWords = words;
                }
            }
        }

        if (fullest < 0)
        {
            return null;
        }

        string fullestText = names[fullest].Text;
        string fullestKey = NameForms.Key(fullestText);
        Span<double> sure = stackalloc double[4];
        bool otherForm = false, anySure = false;
        foreach (int i in voters)
        {
            var m = names[i];
            if (NameForms.IsAcronym(m.Text) && NameForms.Abbreviates(m.Text, fullestText))
            {
                return null;
            }

            if (!string.Equals(NameForms.Key(m.Text), fullestKey, StringComparison.Ordinal))
            {
                otherForm = true;
            }
            else if (m.Confidence >= SureType)
            {
                sure[(int)m.Type] += m.Confidence;
                anySure = true;
            }
        }

        if (!otherForm || !anySure)
        {
            return null;
        }

        int best = 0;
        for (int t = 1; t < 4; t++)
        {
            if (sure[t] > sure[best])
            {
                best = t;
            }
        }

        return (EntityType)best;
    }

    /// <summary>
    /// The fullest name: most words, then longest; acronyms only when there is nothing else; of two spellings of the
    /// same name, the one not written in capitals throughout (<c>MICROSOFT</c> in a headline set in capitals is
    /// <c>Microsoft</c> in the text).
    /// </summary>
    private static string Canonical(List<EntityMention> names, List<int> list)
    {
        string best = NameForms.Display(names[list[0]].Text);
        foreach (int i in list)
        {
            string form = NameForms.Display(names[i].Text);
            if (Better(form, best))
            {
                best = form;
            }
        }

        return best;

        static bool Better(string a, string b)
        {
            bool aAcronym = NameForms.IsAcronym(a), bAcronym = NameForms.IsAcronym(b);
            if (aAcronym != bAcronym)
            {
                return bAcronym;
            }

            int wa = NameForms.WordCount(a), wb = NameForms.WordCount(b);
            if (wa != wb)
            {
                return wa > wb;
            }

            if (a.Length != b.Length)
            {
                return a.Length > b.Length;
            }

            return NameForms.IsAllCapitals(b) && !NameForms.IsAllCapitals(a)
                && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        }
    }

    private sealed class UnionFind(int count)
    {
        private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        public void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra != rb)
            {
                // The earlier mention stays the root, so a group is named by its first mention.
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
    }
}
