using System.Diagnostics;
using TextInsight.Serialization;

namespace TextInsight.Entities.Corpus;

/// <summary>
/// Resolves the entities of documents across a corpus: fed each document's linked entities in document order, it
/// gives every one the id of a corpus entity, so that <c>Tony Blair</c>, <c>Mr Blair</c> and <c>Blair</c> in different
/// documents share one id while <c>Gordon Brown</c> and <c>Craig Brown</c> keep two.
/// </summary>
/// <remarks>
/// <para>
/// A document entity joins a corpus entity when its name form matches exactly one of a compatible type: the same full
/// name (first name and surname, a title such as <c>Mr</c> or <c>Sir</c> aside) or the same name and aliases for other
/// types; a surname alone or a title and surname (<c>Mr Blair</c>) when exactly one corpus person has that surname; an
/// acronym that spells exactly one organization's initials (and a name whose initials spell an acronym only when no other
/// corpus name has them and the corpus has not written the acronym alone in three documents); an organization's short form (<c>Microsoft</c> for
/// <c>Microsoft Corp</c>); the singular or plural of a name (<c>Oscar</c>, <c>Oscars</c>); a first name written alone
/// (<c>Serena</c>) the one person its own document names in full with it, or another document's same first name only
/// when the two documents' neighbours agree (the corpus's <c>David</c>s are many people). A surname shared by two or more
/// corpus people joins the one its document's other entities and topic point to, when they clearly point to one;
/// otherwise it stays apart, in a corpus entity of that surname alone. Each corpus entity's type is the type most
/// documents gave it (the document's own type stays in the document); a name the corpus also uses in the plural is not
/// a person.
/// </para>
/// <para>
/// Ids are assigned as documents come and never change, so that records already written stay valid: a surname seen
/// before any full name (<c>Blair</c>, then <c>Tony Blair</c>) makes a provisional entity that the first full name with
/// that surname takes over, keeping its id. The result therefore depends on the order of the documents: feed them in a
/// fixed order (a batch's input order) and it is the same on every run, whatever the parallelism that analyzed them.
/// </para>
/// <para>
/// Memory grows with the number of distinct corpus entities, never with the documents: each keeps at most 17 name forms
/// and, for people, 32 co-occurring entities; an entity named in one document only, 10,000 documents or more before,
/// is retired (no longer matched: a later mention gets a new id) and kept packed for <see cref="GetEntities"/> and
/// <see cref="Find"/>, in about 28 bytes. Calls are serialized by a lock, so the resolver may be shared, but the
/// order in which concurrent callers get it decides the ids: feed it from one consumer.
/// </para>
/// </remarks>
public sealed class CorpusEntityResolver
{
    private readonly Lock _gate = new();
    private readonly List<CorpusEntityState> _entities = [];
    private readonly Dictionary<string, int> _byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _surnameOnly = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _apartFromGuess = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byGivenName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byInitials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _firstNames = new(StringComparer.Ordinal);
    private readonly RetiredEntities _retired = new();
    private int _documents;

    /// <summary>How often (in documents) entities are looked over for retiring.</summary>
    private const int RetireEvery = 1024;

    /// <summary>How much a namesake's share of documents on the document's topic counts, against one shared neighbour.</summary>
    private const double TopicWeight = 0.9;

    /// <summary>How many times more documents the most named of undecided namesakes needs to take a bare surname.</summary>
    private const int DominantFactor = 4;

    /// <summary>What a document naming the person in full as well counts, against one shared neighbour.</summary>
    private const double SameDocumentWeight = 3;

    /// <summary>The score a person needs to take a bare surname.</summary>
    private const double MinimumScore = 1;

    /// <summary>The score the only corpus person of a surname needs to take it with a title: half its documents on the topic.</summary>
    private const double SoleMinimumScore = TopicWeight * 0.5;

    /// <summary>How many letters initials need to join an acronym and a name that no document wrote together.</summary>
    private const int MinimumInitials = 3;

    /// <summary>
    /// How many documents writing an acronym alone, none spelling it out, make it a word of its own to the corpus's
    /// readers (<c>PC</c>, <c>MP</c>, <c>NBC</c>): a name whose initials it spells no longer joins it by the initials alone.
    /// Places are the exception: a country's acronym stands for one name the world over and is written alone because
    /// every reader knows it (<c>UK</c> long before a story writes <c>United Kingdom</c>).
    /// </summary>
    private const int StandaloneAcronymDocuments = 3;

    /// <summary>
    /// How many documents must have named a one-word name as an entity of its own, of a type other than person, for a
    /// document that also names a person of that surname in full to keep the word apart from the person
    /// (<see cref="IsKnownOtherName"/>): the country <c>Japan</c>, the firm <c>Ford</c>. One is too few: a place named
    /// once is as often a person the tagger typed a place (<c>Montgomery</c>, <c>Dallas</c> in the BBC 2004–05
    /// articles); 2 and 3 split the same names there and in the FNC-1 bodies (src/TextInsight/Models/README.md).
    /// </summary>
    private const int KnownNameDocuments = 3;

    /// <summary>An entity named in more than one document in this many is too common to tell namesakes apart.</summary>
    private const int CommonShare = 10;

    /// <summary>How many documents the corpus needs before an entity's share of them says it is common.</summary>
    private const int CommonAfterDocuments = 200;

    /// <summary>How many of a document's entities, most mentioned first, count as the context of its people.</summary>
    private const int ContextEntities = 8;

    /// <summary>
    /// How many documents after the one that named it an entity named in one document only is retired: no longer
    /// matched against (a later document naming it again gets a new id), kept only for <see cref="GetEntities"/> and
    /// <see cref="Find"/>. Bounds memory on long runs, where most entities are named once (internal: tests shorten it).
    /// </summary>
    internal int RetireAfter { get; init; } = 10_000;

    /// <summary>A resolver for a new corpus: ids start at 1.</summary>
    public CorpusEntityResolver()
    {
    }

    /// <summary>
    /// A resolver that continues a corpus resolved before (for instance the <c>corpus_entities</c> of a database a run
    /// appends to): new documents resolve against these entities and new ids start after the largest.
    /// </summary>
    /// <param name="known">The corpus entities known so far.</param>
    public CorpusEntityResolver(IEnumerable<CorpusEntity> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var sorted = new List<CorpusEntity>(known);
        sorted.Sort((a, b) => a.Id.CompareTo(b.Id));
        foreach (var entity in sorted)
        {
            if (entity.Id < 1)
            {
                throw new ArgumentException($"Corpus entity ids start at 1; {entity.Name} has {entity.Id}.", nameof(known));
            }

            while (_entities.Count < entity.Id - 1)
            {
                // A gap in the ids (entities deleted by hand): a placeholder nothing is indexed under keeps ids = index + 1.
                _entities.Add(new CorpusEntityState(_entities.Count + 1) { LastDocument = int.MaxValue });
            }

            if (_entities.Count >= entity.Id)
            {
                throw new ArgumentException($"Corpus entity id {entity.Id} is given twice.", nameof(known));
            }

            Seed(entity);
        }
    }

    /// <summary>How many corpus entities there are so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entities.Count;
            }
        }
    }

    /// <summary>How many corpus entities the resolver holds in full (the others were retired: see the remarks).</summary>
    internal int LiveCount
    {
        get
        {
            lock (_gate)
            {
                return _entities.Count - _retired.Count;
            }
        }
    }

    /// <summary>The bytes the retired entities take, packed.</summary>
    internal long RetiredBytes
    {
        get
        {
            lock (_gate)
            {
                return _retired.Bytes;
            }
        }
    }

    /// <summary>The wall-clock time spent retiring, in <see cref="Stopwatch"/> ticks (read every 1,024 documents only; <c>analyze --stats</c> prints it).</summary>
    internal long RetiringTicks { get; private set; }

    /// <summary>How many documents were resolved (not counting the corpus a resolver continues).</summary>
    public int DocumentCount
    {
        get
        {
            lock (_gate)
            {
                return _documents;
            }
        }
    }

    /// <summary>Resolves the linked entities of one analysis: the corpus ids, in the order of <see cref="ArticleAnalysis.EntitySummary"/>.</summary>
    /// <param name="analysis">The next document's analysis.</param>
    public IReadOnlyList<int> Resolve(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var summary = analysis.EntitySummary;
        var entities = new DocumentEntity[summary.Count];
        for (int i = 0; i < entities.Length; i++)
        {
            var e = summary[i];
            entities[i] = new DocumentEntity(e.Name, e.Type, e.Aliases, e.Mentions, e.Title, RelationOf(e.Roles, r => r.Title));
        }

        return Resolve(entities, analysis.Topics.Count > 0 ? analysis.Topics[0].Label : null);
    }

    /// <summary>
    /// Resolves the <c>entitySummary</c> of one JSON record, setting each item's <see cref="EntitySummaryRecord.CorpusId"/>.
    /// A record without entities (an error record) changes nothing but still counts as a document.
    /// </summary>
    /// <param name="record">The next document's record.</param>
    public void Resolve(AnalysisRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        SetCorpusIds(record, Resolve(DocumentEntities(record), TopicOf(record)));
    }

    /// <summary>The document entities of a record's <c>entitySummary</c>, as <see cref="Resolve(AnalysisRecord)"/> reads them.</summary>
    internal static DocumentEntity[] DocumentEntities(AnalysisRecord record)
    {
        var summary = record.EntitySummary;
        var entities = new DocumentEntity[summary?.Count ?? 0];
        for (int i = 0; i < entities.Length; i++)
        {
            var e = summary![i];
            var type = Enum.TryParse<EntityType>(e.Type, ignoreCase: false, out var t) ? t : EntityType.Misc;
            entities[i] = new DocumentEntity(e.Name, type, e.Aliases, e.Mentions, e.Title, RelationOf(e.Roles, r => r.Title));
        }

        return entities;
    }

    /// <summary>What a document entity's roles say of it as a relative or a royal (<see cref="RelationFinder"/>).</summary>
    internal static PersonRelation RelationOf<T>(IReadOnlyList<T>? roles, Func<T, string?> title)
    {
        if (roles is not null)
        {
            foreach (var role in roles)
            {
                if (title(role) is { } t && RelationFinder.Of(t) is var relation and not PersonRelation.None)
                {
                    return relation;
                }
            }
        }

        return PersonRelation.None;
    }

    /// <summary>A record's first topic label, the context <see cref="Resolve(AnalysisRecord)"/> gives the resolver, or null.</summary>
    internal static string? TopicOf(AnalysisRecord record) => record.Topics is { Count: > 0 } topics ? topics[0].Label : null;

    /// <summary>Puts the corpus ids <see cref="Resolve(DocumentEntity[], string?)"/> gave into a record's <c>entitySummary</c>.</summary>
    internal static void SetCorpusIds(AnalysisRecord record, int[] ids)
    {
        var summary = record.EntitySummary;
        for (int i = 0; i < ids.Length; i++)
        {
            summary![i].CorpusId = ids[i];
        }
    }

    /// <summary>The corpus entities as they stand, by id.</summary>
    public IReadOnlyList<CorpusEntity> GetEntities()
    {
        lock (_gate)
        {
            var result = new List<CorpusEntity>(_entities.Count);
            for (int i = 0; i < _entities.Count; i++)
            {
                var e = _entities[i];
                if (ReferenceEquals(e, CorpusEntityState.Retired))
                {
                    result.Add(_retired.Find(i + 1)!);
                }
                else if (e.LastDocument != int.MaxValue)
                {
                    result.Add(e.ToEntity());
                }
            }

            return result;
        }
    }

    /// <summary>One corpus entity by id, or null.</summary>
    /// <param name="id">An id this resolver gave.</param>
    public CorpusEntity? Find(int id)
    {
        lock (_gate)
        {
            if (id < 1 || id > _entities.Count)
            {
                return null;
            }

            var state = _entities[id - 1];
            return ReferenceEquals(state, CorpusEntityState.Retired) ? _retired.Find(id)
                : state.LastDocument != int.MaxValue ? state.ToEntity() : null;
        }
    }

    /// <summary>
    /// Resolves one document's entities given as they stand in its record (the CLI reads them from a record's JSON
    /// without building the record): the corpus ids, in the order given.
    /// </summary>
    internal int[] Resolve(DocumentEntity[] entities, string? topic)
    {
        lock (_gate)
        {
            int document = _documents++;
            if (document > 0 && document % RetireEvery == 0)
            {
                long retiring = Stopwatch.GetTimestamp();
                Retire(document);
                RetiringTicks += Stopwatch.GetTimestamp() - retiring;
            }

            int label = topic is null ? -1 : LabelIndex(topic);
            var ids = new int[entities.Length];
            var context = new List<int>(entities.Length);

            ReadPeopleTypedOtherwise(entities);
            ReadFirmsTypedAsPeople(entities);
            var surnames = SurnamesOfFullNames(entities);

            // Organizations, places and the rest first, then people named in full, then one-word names of other types
            // that are surnames of corpus people, then bare surnames: each step has the document's entities resolved
            // before it as the context that tells namesakes apart.
            var done = new bool[entities.Length];
            var bare = new bool[entities.Length];
            for (int i = 0; i < entities.Length; i++)
            {
                // Read once, before any of the document's entities is resolved: what the corpus knows then decides.
                bare[i] = IsBareSurname(entities[i], surnames);
            }

            for (int pass = 0; pass < 3; pass++)
            {
                for (int i = 0; i < entities.Length; i++)
                {
                    var e = entities[i];
                    if (done[i] || bare[i])
                    {
                        continue;
                    }

                    bool full = IsFullPerson(e);
                    bool surname = !full && IsKnownSurname(e);
                    if ((pass == 0 && !full && !surname) || (pass == 1 && full) || pass == 2)
                    {
                        ids[i] = ResolveNamed(e, context, label);
                        AddUnique(context, ids[i]);
                        done[i] = true;
                    }
                }
            }

            for (int i = 0; i < entities.Length; i++)
            {
                var e = entities[i];
                if (bare[i])
                {
                    ids[i] = ResolveSurname(e, e.Person, context, label);
                    AddUnique(context, ids[i]);
                }
            }

            List<int>? salient = null;
            for (int i = 0; i < entities.Length; i++)
            {
                var state = _entities[ids[i] - 1];
                var e = entities[i];
                state.Mentions += e.Mentions;
                if (e.Person.HasTitle)
                {
                    state.MarkTitled();
                }
                state.AddForm(e.Name);
                foreach (string alias in e.Aliases)
                {
                    if (state.Surname is not null || IsShortForm(alias, e.Name))
                    {
                        state.AddForm(alias);
                    }
                }

                if (state.LastDocument != document)
                {
                    state.LastDocument = document;
                    state.Documents++;
                    Vote(state, e);
                    state.AddTopic(label);
                    if (state.Surname is not null)
                    {
                        state.Gender += GenderOf(e);
                        salient ??= Salient(entities, ids);
                        foreach (int other in salient)
                        {
                            if (other != state.Id)
                            {
                                state.AddContext(other);
                            }
                        }
                    }
                }
            }

            return ids;
        }
    }

    private static bool IsTitled(DocumentEntity e) => e.Person.HasTitle;

    /// <summary>
    /// A document's vote for the type of the corpus entity: a title makes it a person, a legal form (<c>Corp</c>) an
    /// organization; a person written as one bare word (<c>Sony</c>) counts half, since names of people are mostly
    /// written in full somewhere while the tagger's one-word people are often firms and places.
    /// </summary>
    private static void Vote(CorpusEntityState state, DocumentEntity e)
    {
        var person = e.Person;
        if (person.HasTitle)
        {
            state.Vote(EntityType.Person, 2);
        }
        else if (e.Type != EntityType.Person && CorpusNames.HasDesignatorKey(e.Key))
        {
            state.Vote(EntityType.Organization, 2);
        }
        else
        {
            state.Vote(e.Type, e.Type == EntityType.Person && person.FullKey is null ? 1 : 2);
        }

        foreach (string alias in e.Aliases)
        {
            if (CorpusNames.HasDesignator(alias))
            {
                // A legal form among the names the document links says organization, whatever the type it chose.
                state.Vote(EntityType.Organization, 1);
                break;
            }
        }
    }

    /// <summary>The gender the titles of a document entity's name and aliases say: 1, -1 or 0 when none or both.</summary>
    private static int GenderOf(DocumentEntity e)
    {
        int gender = e.Person.Gender;
        foreach (string alias in e.Aliases)
        {
            int g = CorpusNames.TitleGender(alias);
            if (g != 0 && gender != 0 && g != gender)
            {
                return 0;
            }

            gender = g != 0 ? g : gender;
        }

        return gender;
    }

    /// <summary>The corpus ids of a document's most mentioned entities, the context its people are known by.</summary>
    private static List<int> Salient(DocumentEntity[] entities, int[] ids)
    {
        var order = new int[entities.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => entities[a].Mentions != entities[b].Mentions ? entities[b].Mentions.CompareTo(entities[a].Mentions) : a.CompareTo(b));
        var salient = new List<int>(ContextEntities);
        foreach (int i in order)
        {
            if (salient.Count == ContextEntities)
            {
                break;
            }

            AddUnique(salient, ids[i]);
        }

        return salient;
    }

    /// <summary>A one-word name (not an acronym) that is the surname of a corpus person.</summary>
    private bool IsKnownSurname(DocumentEntity e) =>
        !NameForms.IsAcronym(e.Name) && e.Key is { } key
        && key.IndexOf(' ', StringComparison.Ordinal) < 0 && _bySurname.ContainsKey(key);

    /// <summary>
    /// Reads as a person a name the tagger typed otherwise (<c>Pete Doherty</c> an organization, <c>Sonia O'Sullivan</c>
    /// a work) when it has the shape of one, a first name of the lists and one or two words more, and the document
    /// writes its last word alone as well: as an alias of it or after a title (<c>Mr Doherty</c>). Firms and
    /// places are seldom called by their last word, people are, so that the two together say person where each alone
    /// would not (<c>West Ham</c>, <c>General Motors</c>). The document's own type stays in its record; only the corpus
    /// entity is resolved, indexed and voted as a person's.
    /// </summary>
    private static void ReadPeopleTypedOtherwise(DocumentEntity[] entities)
    {
        for (int i = 0; i < entities.Length; i++)
        {
            var e = entities[i];
            if (e.Type != EntityType.Person && !e.Person.HasTitle && e.Person.FullKey is not null
                && NameForms.WordCount(e.Name) <= 3 && StartsWithFirstName(e.Name)
                && WritesSurnameAlone(entities, e))
            {
                entities[i] = e with { Type = EntityType.Person };
            }
        }
    }

    /// <summary>
    /// Reads as an organization a name of two words the tagger typed a person (<c>Sony Ericsson</c>) whose first word is
    /// no first name of the lists but the whole name of an organization the corpus knows from two documents or more: a
    /// person's given name is seldom a firm's name, while a firm's name before another word is its venture, brand or
    /// part. Longer names are left alone: their first words are often a description (<c>Tory MP Patrick Mercer</c>). The
    /// document's own type stays in its record; only the corpus entity is resolved, indexed and voted as an organization's.
    /// </summary>
    private void ReadFirmsTypedAsPeople(DocumentEntity[] entities)
    {
        for (int i = 0; i < entities.Length; i++)
        {
            var e = entities[i];
            int space = e.Name.IndexOf(' ', StringComparison.Ordinal);
            int keySpace = e.Key.IndexOf(' ', StringComparison.Ordinal);
            if (e.Type == EntityType.Person && !e.Person.HasTitle && e.Person.FullKey is not null && space > 0 && keySpace > 0
                && NameForms.WordCount(e.Name) == 2
                && PersonGender.OfFirstName(e.Name.AsSpan(0, space)) == 0
                && _byForm.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(e.Key.AsSpan(0, keySpace), out int id)
                && id > 0 && _entities[id - 1] is { Surname: null, Type: EntityType.Organization, Documents: >= 2 })
            {
                entities[i] = e with { Type = EntityType.Organization };
            }
        }
    }

    private static bool StartsWithFirstName(string name)
    {
        int space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && PersonGender.OfFirstName(name.AsSpan(0, space)) != 0;
    }

    /// <summary>
    /// Whether a document writes a name's last word alone: as its alias, or after a courtesy title (<c>Mr Doherty</c>). A
    /// one-word person the linker did not join to the name is too weak (<c>Oscar</c> beside the film <c>Passion Oscar</c>).
    /// </summary>
    private static bool WritesSurnameAlone(DocumentEntity[] entities, DocumentEntity e)
    {
        var last = e.Name.AsSpan(e.Name.LastIndexOf(' ') + 1);
        foreach (string alias in e.Aliases)
        {
            if (last.Equals(alias, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var other in entities)
        {
            if (other.Person.HasTitle && last.Equals(other.Name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The surnames of the people a document names in full, or null when it names none.</summary>
    private static HashSet<string>? SurnamesOfFullNames(DocumentEntity[] entities)
    {
        HashSet<string>? surnames = null;
        foreach (var e in entities)
        {
            if (IsFullPerson(e))
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(e.Person.Surname);
            }
        }

        return surnames;
    }

    /// <summary>A person written with a first name and surname (or a title before a name of two words).</summary>
    private static bool IsFullPerson(DocumentEntity e)
    {
        var person = e.Person;
        return (e.Type == EntityType.Person || person.HasTitle) && person.FullKey is not null;
    }

    /// <summary>A person written by surname alone, with or without a title: <c>Blair</c>, <c>Mr Blair</c>.</summary>
    /// <remarks>
    /// A one-word name of another type that is the surname of a person the same document names in full counts too: the
    /// document's linker kept <c>Blair</c> (typed an organization) apart from <c>Tony Blair</c>. Not when the corpus
    /// already knows the word as a name of its own of that type (<see cref="IsKnownOtherName"/>): the country
    /// <c>Japan</c> beside a <c>Deutsche Securities Japan</c> typed a person, the firm <c>Ford</c> beside its chairman
    /// <c>Bill Ford</c>.
    /// </remarks>
    private bool IsBareSurname(DocumentEntity e, HashSet<string>? surnames)
    {
        if (NameForms.IsAcronym(e.Name))
        {
            return false;
        }

        var parsed = e.Person;
        if (parsed.FirstNameOnly)
        {
            return false;
        }

        if (parsed.FullKey is null && parsed.Surname.Length > 0
            && (e.Type == EntityType.Person || parsed.HasTitle
                || (surnames?.Contains(parsed.Surname) == true && !IsKnownOtherName(e))))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the corpus knows a one-word name of a type other than person as a name of its own: an entity that is no
    /// person's, of the type the document gives the word, that <see cref="KnownNameDocuments"/> documents or more named.
    /// </summary>
    private bool IsKnownOtherName(DocumentEntity e) =>
        _byForm.TryGetValue(CorpusNames.FormKeyOfKey(e.Key), out int id) && id > 0
        && _entities[id - 1] is { Surname: null, IsFullPerson: false } known
        && known.Type == e.Type && known.Documents >= KnownNameDocuments;

    private int ResolveNamed(DocumentEntity e, List<int> context, int label)
    {
        var person = e.Type == EntityType.Person || e.Person.HasTitle ? e.Person : default;
        if (person.FullKey is { } full)
        {
            return ResolvePerson(e, full, person.Surname, person.InnerKey, context, label);
        }

        // Organizations, places and the rest: the name, then its aliases, under their keys.
        string key = CorpusNames.FormKeyOfKey(e.Key);
        bool offTopicGuess = false;
        if ((_byForm.TryGetValue(key, out int id) || TryAliases(e, out id) || TryAcronym(e, label, out id) || TryNumber(key, out id)
            || TryEquivalent(key, out id)
            || TryShortWords(e, key, out id))
            && OfGivenName(key, e.Relation, ref id, context, label)
            && (!IsTitledSurname(_entities[id - 1]) || SharesBareSurname(_entities[id - 1], e.Person, context, label))
            && !(offTopicGuess = OffTopicGuess(e, id, label)))
        {
            Register(e, id);
            RegisterShortWords(e, key, id);
            return id;
        }

        // An acronym an off-topic guess kept from the name its initials spell joins the entity the first such document
        // made for it: the guess's entity holds the acronym's form, so without this each later document would make one.
        if (offTopicGuess && _apartFromGuess.TryGetValue(key, out int apart) && _entities[apart - 1].Type == e.Type)
        {
            Register(e, apart);
            return apart;
        }

        // A name of a person's shape typed otherwise (George W Bush as a firm) that a corpus person has as a full name
        // is that person: the corpus types it by its documents' majority.
        if (e.Person.FullKey is { } fullKey && NameForms.WordCount(e.Name) <= 3 && StartsWithFirstName(e.Name)
            && _byForm.TryGetValue(fullKey, out id) && _entities[id - 1].IsFullPerson)
        {
            return id;
        }

        // A one-word name of another type that is the surname of corpus people (the tagger's Blair as a place) is
        // the person the document's context clearly points to, if any.
        if (key.IndexOf(' ', StringComparison.Ordinal) < 0 && !NameForms.IsAcronym(e.Name)
            && _bySurname.TryGetValue(key, out var people) && Choose(people, 0, context, label) is { } namesake)
        {
            return namesake;
        }

        var state = Create(e.Name);
        Register(e, state.Id);
        RegisterShortWords(e, key, state.Id);
        if (offTopicGuess)
        {
            _apartFromGuess.TryAdd(key, state.Id);
        }

        return state.Id;
    }

    /// <summary>
    /// An organization written with its words cut short (<c>Lib Dems</c> for <c>Liberal Democrats</c>): the one indexed
    /// under the first three letters of each word whose words each start with the shorter's (a plural s aside).
    /// </summary>
    private bool TryShortWords(DocumentEntity e, string key, out int id)
    {
        id = 0;
        return e.Type == EntityType.Organization && CorpusNames.ShortWordsKey(key) is { } shortKey
            && _byForm.TryGetValue(shortKey, out id) && _entities[id - 1].Type == EntityType.Organization
            && CorpusNames.WordsStartAlike(key, CorpusNames.FormKey(_entities[id - 1].Name));
    }

    private void RegisterShortWords(DocumentEntity e, string key, int id)
    {
        if (e.Type == EntityType.Organization && _entities[id - 1].Surname is null && CorpusNames.ShortWordsKey(key) is { } shortKey)
        {
            _byForm.TryAdd(shortKey, id);
        }
    }

    private int ResolvePerson(DocumentEntity e, string full, string surname, string? inner, List<int> context, int label)
    {
        if (_byForm.TryGetValue(full, out int id)
            || (inner is not null && _byForm.TryGetValue(inner, out id) && _entities[id - 1].IsFullPerson))
        {
            Register(e, id);
            return id;
        }

        // An initial for the first name (G Bulloch, or Gordon Bulloch after G Bulloch) or a spelling of it one letter
        // apart (Katharine, Katherine) is the one person of that surname whose first name it fits, on the same topic
        // (half its documents on it: R Kelly the singer is not Ruth Kelly the minister).
        if (_bySurname.TryGetValue(surname, out var namesakes))
        {
            var given = full.AsSpan(0, full.IndexOf(' ', StringComparison.Ordinal));
            int match = 0;
            foreach (int candidate in namesakes)
            {
                // A person this very document named first (no document counted yet) is on its topic.
                var other = _entities[candidate - 1];
                if (other.FitsFirstName(given, out _) && (label < 0 || other.Documents == 0 || other.TopicShare(label) >= 0.5))
                {
                    match = match == 0 ? candidate : -1;
                }
            }

            if (match > 0)
            {
                _byForm.TryAdd(full, match);
                Register(e, match);
                return match;
            }
        }

        CorpusEntityState state;
        if (_surnameOnly.TryGetValue(surname, out int provisional) && !_entities[provisional - 1].Ambiguous
            && !_bySurname.ContainsKey(surname)
            && !_entities[provisional - 1].Contradicts(PersonGender.OfFirstName(full.AsSpan(0, full.IndexOf(' ', StringComparison.Ordinal))))
            && (label < 0 || (Score(_entities[provisional - 1], 0, context, label) >= MinimumScore
                && (_entities[provisional - 1].Documents == 0 || _entities[provisional - 1].TopicShare(label) >= 0.5))))
        {
            // The first full name with a surname seen alone before takes over that provisional entity and its id.
            state = _entities[provisional - 1];
            _surnameOnly.Remove(surname);
        }
        else
        {
            state = Create(e.Name);
        }

        state.IsFullPerson = true;
        state.Surname = surname;
        string first = full[..full.IndexOf(' ', StringComparison.Ordinal)];
        if (state.NameGender == 0)
        {
            state.NameGender = PersonGender.OfFirstName(first);
        }

        _firstNames[first] = _firstNames.GetValueOrDefault(first) + 1;
        if (!_bySurname.TryGetValue(surname, out var people))
        {
            _bySurname[surname] = people = [];
        }

        people.Add(state.Id);
        _byForm[full] = state.Id;
        if (inner is not null)
        {
            // Irishmen JP McManus: a later JP McManus finds it under its last two words.
            _byForm.TryAdd(inner, state.Id);
        }

        Register(e, state.Id);
        return state.Id;
    }

    private int ResolveSurname(DocumentEntity e, PersonName person, List<int> context, int label)
    {
        string surname = person.Surname;

        // A bare word more corpus people have as a first name than as a surname (Paul, Harry) names nobody by surname;
        // nor does one written after a family word or a royal title (his son John, ex-King Michael), whatever the counts.
        _bySurname.TryGetValue(surname, out var bearers);
        bool related = e.Relation != PersonRelation.None;
        bool firstName = related || (!person.HasTitle && _firstNames.GetValueOrDefault(surname) > (bearers?.Count ?? 0));

        // A given name of the lists as well: the corpus's count alone takes in the first words of firms' products and of
        // descriptions the tagger kept (Google Video, Tory MP Patrick Mercer).
        bool givenName = related || (firstName && (PersonGender.OfFirstName(surname) != 0 || IsCorpusFirstName(surname)));
        if (givenName && (NamedInFull(surname, e.Relation, context) ?? ChooseGivenName(surname, person.Gender, e.Relation, context, label)) is { } known)
        {
            return known;
        }

        if (!firstName && _bySurname.TryGetValue(surname, out var people))
        {
            if (Choose(people, person.Gender, context, label, person.HasTitle) is { } chosen)
            {
                return chosen;
            }
        }
        else if (!person.HasTitle && !related && (_byForm.TryGetValue(surname, out int id) || TryNumber(surname, out id) || TryEquivalent(surname, out id))
            && !_entities[id - 1].BareFirstName && BareWordJoins(_entities[id - 1], firstName, label)
            && (!IsTitledSurname(_entities[id - 1]) || SharesBareSurname(_entities[id - 1], person, context, label)))
        {
            // A single name that is also another entity's name or its plural (Oscar, Oscars): one corpus entity, whose
            // type the documents vote.
            return id;
        }

        if (!givenName && _surnameOnly.TryGetValue(surname, out int only)
            && SharesBareSurname(_entities[only - 1], person, context, label))
        {
            return only;
        }

        var state = Create(e.Name);
        state.Surname = surname;
        state.Ambiguous = firstName || bearers is { Count: > 1 };
        if (givenName)
        {
            // One more person known by this first name alone, beside those the document's context did not point to.
            state.BareFirstName = true;
            state.Relation = e.Relation;
            if (!_byGivenName.TryGetValue(surname, out var named))
            {
                _byGivenName[surname] = named = [];
            }

            named.Add(state.Id);
            if (e.Relation == PersonRelation.Royal)
            {
                // A royal is named by title and first name as well (Prince Charles after Prince Charles): never a surname
                // a full name takes over (Ambiguous), but the entity that title and word find.
                _surnameOnly.TryAdd(surname, state.Id);
            }
        }
        else
        {
            // The latest document's bare surname is the one a later full name may take over: an earlier one its context
            // refused stays an entity of its own.
            _surnameOnly[surname] = state.Id;
        }

        _byForm.TryAdd(surname, state.Id);
        return state.Id;
    }

    /// <summary>
    /// Whether a bare surname that no corpus person named in full takes may join the entity an earlier document made of
    /// that surname alone: only on the evidence a namesake needs, a neighbour of that entity's in the document as well
    /// as its topic (with a title, the topic alone: half its documents on it). A surname written alone in two documents
    /// with nothing else in common is two people as often as one (a team sheet's <c>Brown</c> and a business story's),
    /// and the pool it makes is then taken over whole by the first full name of that surname.
    /// </summary>
    private bool SharesBareSurname(CorpusEntityState provisional, PersonName person, List<int> context, int label) =>
        label < 0 || provisional.Seeded || provisional.Documents == 0
        || Score(provisional, person.Gender, context, label) >= (person.HasTitle ? SoleMinimumScore : MinimumScore);

    /// <summary>
    /// An entity made of a surname alone that a document wrote after a title (<c>Lord Harris</c>): a person, so that a
    /// bare word finding it by its form needs what a bare surname needs to join it (<see cref="SharesBareSurname"/>).
    /// Untitled one-word "people" are as often firms the tagger typed so (<c>Gartner</c>, <c>Yahoo</c>), which join by form.
    /// </summary>
    private static bool IsTitledSurname(CorpusEntityState entity) => entity is { Surname: not null, IsFullPerson: false, Titled: true };

    /// <summary>
    /// A word the gender lists lack that opens the full names of three corpus people or more (<c>Ryan</c>: Giggs,
    /// Jones, Seacrest) and is no name the corpus gives an entity of another type (<c>Tory</c>, <c>Google</c>).
    /// </summary>
    private bool IsCorpusFirstName(string word) =>
        _firstNames.GetValueOrDefault(word) >= 3 && !CorpusNames.IsTitle(word)
        && (!_byForm.TryGetValue(word, out int id) || _entities[id - 1].Type == EntityType.Person);

    /// <summary>
    /// Whether a single untitled word that names no corpus person by surname may join the entity its form finds. A word
    /// more corpus people have as a first name (<c>David</c>, <c>Guy</c>) is thin evidence: it joins neither a person
    /// named in full (<c>Craig David</c>, which has it as a form) nor an entity only one document named (a child called
    /// <c>Guy</c>, typed a place), nor one whose documents are mostly on other topics (the <c>Ryan</c> of the film
    /// <i>Saving Private Ryan</i> is not a footballer of that first name).
    /// </summary>
    private static bool BareWordJoins(CorpusEntityState entity, bool firstName, int label) =>
        !firstName || (!entity.IsFullPerson && entity.Documents >= 2 && (label < 0 || entity.Seeded || entity.TopicShare(label) >= 0.5));

    /// <summary>
    /// Whether a one-word name whose form found <paramref name="id"/> may join it, and which: when that is a person
    /// known by a first name alone (<see cref="CorpusEntityState.BareFirstName"/>), the one of the people known by that
    /// first name whose neighbours (and topic) the document clearly shares, if any. Articles name by first name alone
    /// the people they introduce (a child, a housemate, a team-mate), so the same first name in two documents is two
    /// people unless their context says otherwise (<c>Prince Harry</c> beside <c>William</c> and <c>Charles</c>, not the
    /// <c>Harry</c> of a football story).
    /// </summary>
    private bool OfGivenName(string key, PersonRelation relation, ref int id, List<int> context, int label)
    {
        if (!_entities[id - 1].BareFirstName)
        {
            return true;
        }

        id = NamedInFull(key, relation, context) ?? ChooseGivenName(key, 0, relation, context, label) ?? 0;
        return id > 0;
    }

    /// <summary>
    /// The one person the document names in full with this first name (<c>Serena</c> beside <c>Serena Williams</c>,
    /// which the document's linker, joining surnames, left apart), or null when it names none or two. A royal named by
    /// first name (<c>ex-King Michael</c>) has no surname, so is none of them; a relative (<c>his son John</c>) is one of
    /// a family the document names, so only a person whose surname another person of the document has
    /// (<c>his wife Cherie</c> beside <c>Tony Blair</c> and <c>Cherie Blair</c>, not <c>John Smith</c>).
    /// </summary>
    private int? NamedInFull(string given, PersonRelation relation, List<int> context)
    {
        if (relation == PersonRelation.Royal)
        {
            return null;
        }

        int found = 0;
        foreach (int id in context)
        {
            var other = _entities[id - 1];
            if (other.IsFullPerson && other.FitsFirstName(given, out bool spelling) && !spelling && given.Length > 2
                && (!RelationFinder.IsRelative(relation) || HasFamilyIn(other, context)))
            {
                if (found != 0)
                {
                    return null;
                }

                found = id;
            }
        }

        return found == 0 ? null : found;
    }

    /// <summary>Whether another person the document names in full has this person's surname (a family the document names).</summary>
    private bool HasFamilyIn(CorpusEntityState person, List<int> context)
    {
        foreach (int id in context)
        {
            var other = _entities[id - 1];
            if (id != person.Id && other.IsFullPerson && string.Equals(other.Surname, person.Surname, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Among the people known by a first name alone, and the one a title and that word named (<c>Prince Charles</c>),
    /// the one the document's neighbours (and topic) clearly point to, or null.
    /// </summary>
    private int? ChooseGivenName(string given, int gender, PersonRelation relation, List<int> context, int label)
    {
        _byGivenName.TryGetValue(given, out var named);
        if (_surnameOnly.TryGetValue(given, out int titled) && named?.Contains(titled) != true)
        {
            named = named is null ? [titled] : [.. named, titled];
        }

        if (named is not null && RelationFinder.IsRelative(relation))
        {
            // Relatives of one family share its neighbours: a relative of another kind is another person (Gordon
            // Brown's father John, his son John).
            named = named.FindAll(id => !RelationFinder.IsRelative(_entities[id - 1].Relation) || _entities[id - 1].Relation == relation);
        }

        return named is null ? null : Choose(named, gender, context, label);
    }

    /// <summary>
    /// Among namesakes, the one whose usual neighbours (and topic) the document shares clearly more than any other's:
    /// at least one neighbour more than the next, else none.
    /// </summary>
    private int? Choose(List<int> people, int gender, List<int> context, int label, bool titled = false)
    {
        double best = 0, second = 0;
        int chosen = 0;
        foreach (int id in people)
        {
            double score = Score(_entities[id - 1], gender, context, label);
            if (score > best)
            {
                second = best;
                best = score;
                chosen = id;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        // The only person of that surname, named with a title (Lord Coe, Mr Peston), needs less: the document's topic
        // being the usual one of that person's. A bare surname in a team sheet names a player the corpus may not know.
        // A woman's title is thinner evidence for a person whose gender nothing says (Mrs Simpson, Charlie Simpson): the
        // women of a surname in the news are fewer than its men, and often their wives or mothers (Mrs Howard).
        if (people.Count == 1 && titled
                ? chosen > 0 && best >= (gender < 0 && !_entities[chosen - 1].Agrees(gender) ? MinimumScore : SoleMinimumScore)
                : best >= MinimumScore && best - second >= 1)
        {
            return chosen;
        }

        // Namesakes the context does not separate: the one the corpus names far more often, when the context agrees with it.
        int top = 0, runnerUp = 0;
        foreach (int id in people)
        {
            int documents = _entities[id - 1].Documents;
            if (top == 0 || documents > _entities[top - 1].Documents)
            {
                runnerUp = top == 0 ? 0 : _entities[top - 1].Documents;
                top = id;
            }
            else
            {
                runnerUp = Math.Max(runnerUp, documents);
            }
        }

        return people.Count > 1 && _entities[top - 1].Documents >= DominantFactor * Math.Max(1, runnerUp)
            && Score(_entities[top - 1], gender, context, label) >= MinimumScore ? top : null;
    }

    /// <summary>
    /// How well a corpus person fits a document that names a surname: the document already names that person in full
    /// (the linker kept the forms apart), its usual neighbours in the document, its share of documents on the topic.
    /// </summary>
    private double Score(CorpusEntityState candidate, int gender, List<int> context, int label)
    {
        if (candidate.Contradicts(gender))
        {
            return 0;
        }

        // A person continued from an earlier corpus (a database a run appends to) comes without its context: nothing
        // speaks against it.
        double score = candidate.Seeded ? MinimumScore : TopicWeight * candidate.TopicShare(label);
        foreach (int other in context)
        {
            if (other == candidate.Id)
            {
                score += SameDocumentWeight;
            }
            else if (candidate.HasContext(other) && !IsCommon(other))
            {
                score++;
            }
        }

        // A person none of whose documents is on the document's topic needs one neighbour more: a neighbour shared across
        // topics is as often a broadcaster, a country or a sponsor as the person's own circle (the country Jordan beside
        // the BBC is not the writer Tony Jordan of an entertainment story that names the BBC).
        if (label >= 0 && !candidate.Seeded && candidate.Documents > 0 && candidate.TopicShare(label) == 0)
        {
            score = Math.Max(0, score - 1);
        }

        return score;
    }

    /// <summary>
    /// Whether an entity is named in so large a share of the documents (<c>US</c>, <c>UK</c>, <c>London</c>) that sharing
    /// it says nothing about which namesake a document means.
    /// </summary>
    private bool IsCommon(int id) =>
        _documents >= CommonAfterDocuments && (long)_entities[id - 1].Documents * CommonShare > _documents;

    private bool TryAliases(DocumentEntity e, out int id)
    {
        foreach (string alias in e.Aliases)
        {
            // Of the type the corpus gives it: a document that linked France to France Telecom does not make the firm a country.
            // An acronym alias joins an entity whose long form is another name only when the two names share a word: the
            // document linker gives an acronym to any name whose initials it spells (Universal Studio, US Senate as US).
            if (IsShortForm(alias, e.Name) && _byForm.TryGetValue(CorpusNames.FormKey(alias), out id) && _entities[id - 1].Type == e.Type
                && (!NameForms.IsAcronym(alias) || _entities[id - 1].FitsLongForm(e.Name)))
            {
                return true;
            }
        }

        id = 0;
        return false;
    }

    /// <summary>
    /// Whether a document's alias is a shorter way to write its name (an acronym, fewer words), which may identify it
    /// across documents; a longer alias (<c>France Telecom</c> linked to <c>France</c> by a first word) names something
    /// else as often as not.
    /// </summary>
    private static bool IsShortForm(string alias, string name) =>
        NameForms.IsAcronym(alias) || NameForms.WordCount(alias) <= NameForms.WordCount(name);

    /// <summary>
    /// An acronym that spells exactly one corpus name's initials, or a name whose initials are exactly one corpus acronym
    /// that no other name spells out yet (<c>Archbishop of Canterbury</c> is not the <c>AC</c> of <c>Age Concern</c>).
    /// Initials alone are the evidence of the second (no document wrote the two together, and an acronym the corpus
    /// writes without its long form is often a word of its own), so they need three letters or more there: two spell
    /// too many names (<c>Paris Club</c> is not the <c>PC</c>). The first is safer: the initials index keeps only
    /// initials that one corpus name has.
    /// </summary>
    private bool TryAcronym(DocumentEntity e, int label, out int id)
    {
        id = 0;
        if (CorpusNames.AcronymKey(e.Name) is { } letters)
        {
            // The same acronym written another way (U.K. and UK): the same letters, no initials guessed.
            if (_byForm.TryGetValue(letters, out id) && id > 0 && NameForms.IsAcronym(_entities[id - 1].Name)
                && _entities[id - 1].Type == e.Type)
            {
                return true;
            }

            if (_byInitials.TryGetValue(letters, out id) && id > 0 && _entities[id - 1].Type == e.Type
                && (letters.Length >= MinimumInitials || OnAcronymTopic(_entities[id - 1], label)))
            {
                if (letters.Length < MinimumInitials)
                {
                    _entities[id - 1].GuessedAcronym ??= letters;
                }

                return true;
            }

            id = 0;
            return false;
        }

        if (CorpusNames.Initials(e.Name) is { } initials)
        {
            foreach (string candidate in (string[])[initials.Content, initials.All])
            {
                if (candidate.Length >= 2 && _byForm.TryGetValue(candidate, out id)
                    && NameForms.IsAcronym(_entities[id - 1].Name) && _entities[id - 1].Type == e.Type
                    && !_entities[id - 1].HasLongForm()
                    && (_entities[id - 1].Documents < StandaloneAcronymDocuments || e.Type == EntityType.Location)
                    && !SpelledByAnother(candidate, id)
                    && (candidate.Length >= MinimumInitials
                        || OnAcronymTopic(_entities[id - 1], label)))
                {
                    return true;
                }
            }
        }

        id = 0;
        return false;
    }

    /// <summary>
    /// Whether an acronym of two letters written alone found, by its form, an entity it was given by initials alone
    /// (<see cref="CorpusEntityState.GuessedAcronym"/>) on a topic none of that entity's documents has: the guess that
    /// joined it on one topic says nothing on another, where two letters spell other names (<c>DC</c>, Washington's
    /// district, is not an entertainment story's <c>Definitive Collection</c>). A guess that documents writing the acronym
    /// alone took up on its own topic <see cref="StandaloneAcronymDocuments"/> times over is the name's usual short
    /// form (<c>UN</c> for the <c>United Nations</c>), and holds on every topic.
    /// </summary>
    private bool OffTopicGuess(DocumentEntity e, int id, int label)
    {
        var entity = _entities[id - 1];
        return entity.GuessedAcronym is { } guessed && label >= 0 && !entity.Seeded && entity.TopicShare(label) == 0
            && CorpusNames.AcronymKey(e.Name) is { } letters && string.Equals(letters, guessed, StringComparison.Ordinal)
            && entity.FormDocuments(e.Name) < StandaloneAcronymDocuments;
    }

    /// <summary>
    /// Whether a corpus name other than the acronym's own entity has these initials already: the acronym could stand for
    /// either, and initials alone cannot choose (<c>Paris Club</c> before <c>Pensions Commission</c>, both a <c>PC</c>).
    /// </summary>
    private bool SpelledByAnother(string letters, int acronym) =>
        _byInitials.TryGetValue(letters, out int other) && other != acronym;

    /// <summary>
    /// Whether two-letter initials may join: half the entity's documents on the document's topic (<c>Paris Club</c> is not
    /// the computer <c>PC</c>, <c>Pernod Ricard</c> not the <c>PR</c> of an entertainment story). An entity continued from
    /// an earlier corpus comes without its topics: nothing speaks against it.
    /// </summary>
    private static bool OnAcronymTopic(CorpusEntityState entity, int label) =>
        label < 0 || entity.Seeded || entity.TopicShare(label) >= 0.5;

    /// <summary>
    /// The other number of a key's last word (<c>oscars</c> ↔ <c>oscar</c>, <c>tories</c> ↔ <c>tory</c>): an entity
    /// indexed under it that is not a person named in full, looked up without making its string.
    /// </summary>
    private bool TryNumber(string key, out int id)
    {
        id = 0;
        if (key.Length < 3 || key.Length > 256 || !char.IsLetter(key[^1]))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[key.Length + 2];
        key.AsSpan().CopyTo(buffer);
        if (key.EndsWith("ies", StringComparison.Ordinal) && key.Length > 4)
        {
            buffer[key.Length - 3] = 'y';
            if (TryPlainForm(buffer[..(key.Length - 2)], out id))
            {
                return true;
            }
        }
        else if (key.EndsWith('y'))
        {
            "ies".CopyTo(buffer[(key.Length - 1)..]);
            if (TryPlainForm(buffer[..(key.Length + 2)], out id))
            {
                return true;
            }
        }

        key.AsSpan().CopyTo(buffer);
        if (key.EndsWith('s') && !key.EndsWith("ss", StringComparison.Ordinal) && key.Length > 3)
        {
            return TryPlainForm(buffer[..(key.Length - 1)], out id);
        }

        if (!key.EndsWith('s'))
        {
            buffer[key.Length] = 's';
            return TryPlainForm(buffer[..(key.Length + 1)], out id);
        }

        return false;
    }

    /// <summary>
    /// Another name of the same entity by the equivalents list (<c>Tories</c>, <c>Conservatives</c>), indexed for an
    /// entity that is not a person named in full: names that share no letters, which no rule of form could join.
    /// </summary>
    private bool TryEquivalent(string key, out int id)
    {
        if (CorpusNames.Equivalents(key) is { } others)
        {
            foreach (string other in others)
            {
                if (TryPlainForm(other, out id) || TryNumber(other, out id))
                {
                    return true;
                }
            }
        }

        id = 0;
        return false;
    }

    /// <summary>A form indexed for an entity that is not a person named in full.</summary>
    private bool TryPlainForm(ReadOnlySpan<char> key, out int id)
    {
        if (_byForm.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out id) && !_entities[id - 1].IsFullPerson)
        {
            return true;
        }

        id = 0;
        return false;
    }

    /// <summary>Indexes the name and aliases of a document entity under the corpus entity it joined, where still free.</summary>
    private void Register(DocumentEntity e, int id)
    {
        // Forms the entity has from earlier documents are indexed already (or were taken by another entity then).
        var state = _entities[id - 1];
        if (state.FormDocuments(e.Name) == 0)
        {
            RegisterForm(e.Name, id, state);
        }

        foreach (string alias in e.Aliases)
        {
            if (state.FormDocuments(alias) == 0 && IsShortForm(alias, e.Name))
            {
                RegisterForm(alias, id, state);
            }
        }
    }

    private void RegisterForm(string form, int id, CorpusEntityState state)
    {
        if (state.Surname is not null)
        {
            // A person's surname alone goes through the surname index, which knows about namesakes; only full names are forms.
            if (CorpusNames.ParsePerson(form).FullKey is { } full)
            {
                _byForm.TryAdd(full, id);
            }

            return;
        }

        string key = CorpusNames.FormKey(form);
        if (key.Length == 0)
        {
            return;
        }

        _byForm.TryAdd(key, id);
        if (CorpusNames.Initials(form) is { } initials)
        {
            AddInitials(initials.Content, id);
            if (initials.All != initials.Content)
            {
                AddInitials(initials.All, id);
            }
        }
    }

    private void AddInitials(string letters, int id)
    {
        if (letters.Length < 2)
        {
            return;
        }

        if (!_byInitials.TryGetValue(letters, out int existing))
        {
            _byInitials[letters] = id;
        }
        else if (existing != id)
        {
            // Two names with the same initials: an acronym cannot choose between them.
            _byInitials[letters] = -1;
        }
    }

    private CorpusEntityState Create(string name)
    {
        var state = new CorpusEntityState(_entities.Count + 1);
        state.AddForm(name, 0);
        _entities.Add(state);
        return state;
    }

    private void Seed(CorpusEntity entity)
    {
        var state = Create(entity.Name);
        state.Seeded = true;
        state.Documents = entity.Documents;
        state.Mentions = entity.Mentions;
        state.Vote(entity.Type, 2 * Math.Max(1, entity.Documents));
        state.AddForm(entity.Name, Math.Max(1, entity.Documents));
        foreach (string alias in entity.Aliases)
        {
            state.AddForm(alias, 0);
        }

        var person = entity.Type == EntityType.Person ? CorpusNames.ParsePerson(entity.Name) : default;
        if (person.FullKey is { } full)
        {
            state.IsFullPerson = true;
            state.Surname = person.Surname;
            if (!_bySurname.TryGetValue(person.Surname, out var people))
            {
                _bySurname[person.Surname] = people = [];
            }

            people.Add(state.Id);
            _byForm.TryAdd(full, state.Id);
        }
        else if (entity.Type == EntityType.Person && person.Surname.Length > 0)
        {
            state.Surname = person.Surname;
            state.Ambiguous = _bySurname.ContainsKey(person.Surname);
            _surnameOnly.TryAdd(person.Surname, state.Id);
        }

        RegisterForm(entity.Name, state.Id, state);
        foreach (string alias in entity.Aliases)
        {
            RegisterForm(alias, state.Id, state);
        }
    }

    /// <summary>
    /// Retires the entities named in one document only, more than <see cref="RetireAfter"/> documents ago: their index
    /// entries go, and what the corpus table needs of them is packed. Depends on document numbers only, so the ids
    /// stay the same whatever the parallelism that produced the records.
    /// </summary>
    private void Retire(int document)
    {
        bool sweep = false;
        for (int i = 0; i < _entities.Count; i++)
        {
            var state = _entities[i];
            if (state.LastDocument == int.MaxValue || state.Documents > 1 || state.LastDocument >= document - RetireAfter)
            {
                continue;
            }

            Unindex(state);
            _retired.Add(state.ToEntity());
            _entities[i] = CorpusEntityState.Retired;
            sweep |= state.FormCount == CorpusEntityState.MaxForms;
        }

        if (sweep)
        {
            // An entity with more forms than it keeps may have indexed one it no longer knows: look for what leads to it.
            foreach (var index in (Dictionary<string, int>[])[_byForm, _byInitials, _surnameOnly, _apartFromGuess])
            {
                List<string>? stale = null;
                foreach (var (key, id) in index)
                {
                    if (id > 0 && ReferenceEquals(_entities[id - 1], CorpusEntityState.Retired))
                    {
                        (stale ??= []).Add(key);
                    }
                }

                stale?.ForEach(key => index.Remove(key));
            }
        }
    }

    /// <summary>Removes every index entry that leads to an entity (those of its forms that another entity took stay).</summary>
    private void Unindex(CorpusEntityState state)
    {
        int id = state.Id;
        for (int i = 0; i < state.FormCount; i++)
        {
            string form = state.Form(i);
            var person = CorpusNames.ParsePerson(form);
            RemoveIf(_byForm, person.FullKey, id);
            RemoveIf(_byForm, person.InnerKey, id);
            RemoveIf(_byForm, CorpusNames.FormKey(form), id);
            RemoveIf(_apartFromGuess, CorpusNames.FormKey(form), id);
            RemoveIf(_byForm, CorpusNames.ShortWordsKey(CorpusNames.FormKey(form)), id);
            if (CorpusNames.Initials(form) is { } initials)
            {
                RemoveIf(_byInitials, initials.Content, id);
                RemoveIf(_byInitials, initials.All, id);
            }
        }

        if (state.Surname is { } surname)
        {
            RemoveIf(_byForm, surname, id);
            RemoveIf(_surnameOnly, surname, id);
            if (state.BareFirstName && _byGivenName.TryGetValue(surname, out var named) && named.Remove(id) && named.Count == 0)
            {
                _byGivenName.Remove(surname);
            }

            if (_bySurname.TryGetValue(surname, out var people) && people.Remove(id) && people.Count == 0)
            {
                _bySurname.Remove(surname);
            }

            if (state.IsFullPerson && CorpusNames.ParsePerson(state.Name).FullKey is { } full)
            {
                string first = full[..full.IndexOf(' ', StringComparison.Ordinal)];
                if (_firstNames.TryGetValue(first, out int count))
                {
                    if (count <= 1)
                    {
                        _firstNames.Remove(first);
                    }
                    else
                    {
                        _firstNames[first] = count - 1;
                    }
                }
            }
        }
    }

    private static void RemoveIf(Dictionary<string, int> index, string? key, int id)
    {
        if (key is not null && index.TryGetValue(key, out int value) && value == id)
        {
            index.Remove(key);
        }
    }

    private int LabelIndex(string label)
    {
        if (!_labels.TryGetValue(label, out int index))
        {
            index = _labels.Count < 64 ? _labels.Count : -1;
            if (index >= 0)
            {
                _labels[label] = index;
            }
        }

        return index;
    }

    private static void AddUnique(List<int> list, int id)
    {
        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }

    /// <summary>What the resolver reads of a document entity.</summary>
    /// <remarks>
    /// The name's person reading and key are computed once per document entity, from the name alone; a silo computes
    /// them beside the record it sends, so that the coordinator, which feeds the resolver one document at a time, only
    /// resolves (<see cref="DocumentEntity(string, EntityType, IReadOnlyList{string}, int, string?, PersonName, string, PersonRelation)"/>).
    /// </remarks>
    internal readonly record struct DocumentEntity
    {
        /// <summary>A document entity whose person reading and key are computed from its name here.</summary>
        /// <param name="name">The entity's name in the document.</param>
        /// <param name="type">Its type in the document.</param>
        /// <param name="aliases">Its other names in the document.</param>
        /// <param name="mentions">How often the document names it.</param>
        /// <param name="title">The courtesy title the document writes before the name, which the name leaves out (<c>Mrs</c>), or null.</param>
        /// <param name="relation">What a family word or royal title written before a one-word name says (<see cref="RelationFinder"/>).</param>
        public DocumentEntity(string name, EntityType type, IReadOnlyList<string> aliases, int mentions, string? title = null, PersonRelation relation = PersonRelation.None)
            : this(name, type, aliases, mentions, title, ReadPerson(name, title), CorpusNames.Key(name), relation)
        {
        }

        /// <summary>A document entity whose person reading and key were computed before, as <see cref="ReadPerson"/> and <see cref="CorpusNames.Key"/> give them.</summary>
        public DocumentEntity(string name, EntityType type, IReadOnlyList<string> aliases, int mentions, string? title, PersonName person, string key, PersonRelation relation = PersonRelation.None)
        {
            Relation = relation;
            Name = name;
            Type = type;
            Aliases = aliases;
            Mentions = mentions;
            Title = title;
            Person = person;
            Key = key;
        }

        /// <summary>The entity's name in the document.</summary>
        public string Name { get; init; }

        /// <summary>Its type in the document.</summary>
        public EntityType Type { get; init; }

        /// <summary>Its other names in the document.</summary>
        public IReadOnlyList<string> Aliases { get; init; }

        /// <summary>How often the document names it.</summary>
        public int Mentions { get; init; }

        /// <summary>The courtesy title the document writes before the name, which the name leaves out (<c>Mrs</c>), or null.</summary>
        public string? Title { get; init; }

        /// <summary>A relative (<c>his son John</c>) or a royal (<c>ex-King Michael</c>) by the words before the name, or neither.</summary>
        public PersonRelation Relation { get; }

        /// <summary>The name read as a person's, once per document entity; a title written before it counts as one in it.</summary>
        public PersonName Person { get; }

        /// <summary>The name's key (<see cref="CorpusNames.Key"/>), once per document entity.</summary>
        public string Key { get; }

        /// <summary>A name read as a person's, with the title written before it (which the name leaves out) counted as one in it.</summary>
        public static PersonName ReadPerson(string name, string? title)
        {
            var person = CorpusNames.ParsePerson(name);
            return title is null ? person
                : person with { HasTitle = true, Gender = person.Gender != 0 ? person.Gender : PersonGender.OfTitle(title) };
        }
    }
}
