namespace TextInsight.Entities.Corpus;

/// <summary>
/// What the resolver keeps of one corpus entity: its name forms with document counts, type votes, counts, and for a
/// person the context that tells it from namesakes (its most frequent co-occurring entities and its topics). Bounded:
/// at most <see cref="MaxForms"/> forms and <see cref="MaxContext"/> co-occurring entities, whatever the corpus size.
/// </summary>
internal sealed class CorpusEntityState
{
    public const int MaxForms = 17;
    public const int MaxContext = 32;
    private const int TypeCount = 4;

    private string[] _forms = new string[2];
    private bool[] _formIsFullName = new bool[2];
    private int[] _formDocuments = new int[2];
    private int _formCount;
    private readonly int[] _typeVotes = new int[TypeCount];
    private int[]? _contextIds;
    private int[]? _contextCounts;
    private int _contextCount;
    private int[]? _topicCounts;
    private EntityType? _type;
    private bool _titled;
    private bool _hasPlural;

    public CorpusEntityState(int id) => Id = id;

    /// <summary>The one state that stands in the resolver's list for every retired entity (its id is not its own).</summary>
    public static CorpusEntityState Retired { get; } = new(0) { LastDocument = int.MaxValue };

    /// <summary>How many name forms it has.</summary>
    public int FormCount => _formCount;

    /// <summary>A name form, in the order first seen.</summary>
    public string Form(int index) => _forms[index];

    public int Id { get; }

    /// <summary>A person known by first name and surname (not only a surname).</summary>
    public bool IsFullPerson { get; set; }

    /// <summary>The surname key of a person entity.</summary>
    public string? Surname { get; set; }

    /// <summary>A bare surname that matched two or more corpus people and could not be told apart: never upgraded to one of them.</summary>
    public bool Ambiguous { get; set; }

    /// <summary>
    /// Made for a word a document wrote alone that the corpus has more often as a first name than as a surname
    /// (<c>David</c>, <c>Emily</c>): a person its article introduces, whom a later document's same word names only when
    /// the two documents' neighbours agree.
    /// </summary>
    public bool BareFirstName { get; set; }

    /// <summary>
    /// The acronym of two letters it was joined to by its initials alone (no document wrote the two together), or null:
    /// further documents that write it alone join only on its topic (<c>DC</c> in a politics story is not the
    /// <c>Definitive Collection</c> an entertainment story's <c>DC</c> was taken for).
    /// </summary>
    public string? GuessedAcronym { get; set; }

    /// <summary>
    /// For a person known by a first name alone, what the words before it said in the document that made it: a relative
    /// of some kind (<c>his son John</c>), a royal, or neither (<see cref="RelationFinder"/>).
    /// </summary>
    public PersonRelation Relation { get; set; }

    /// <summary>The document that last counted it, so that two entities of one document count it once.</summary>
    public int LastDocument { get; set; } = -1;

    public int Documents { get; set; }

    /// <summary>Continued from an earlier corpus, whose documents' topics and neighbours are not known.</summary>
    public bool Seeded { get; set; }

    /// <summary>Documents that wrote a male title before its name (<c>Mr</c>, <c>Sir</c>) minus those that wrote a female one.</summary>
    public int Gender { get; set; }

    /// <summary>What its first name says of the gender (<see cref="PersonGender.OfFirstName"/>): 1, -1 or 0.</summary>
    public int NameGender { get; set; }

    /// <summary>
    /// Whether its titles (each document's) and its first name (worth two) say the gender opposite to
    /// <paramref name="gender"/>: <c>Mrs Howard</c> is not <c>Michael Howard</c>.
    /// </summary>
    public bool Contradicts(int gender) => gender != 0 && (Gender + 2 * NameGender) * gender < 0;

    /// <summary>Whether its titles and first name say this gender (1 or -1), more than they say the other.</summary>
    public bool Agrees(int gender) => (Gender + 2 * NameGender) * gender > 0;

    public int Mentions { get; set; }

    /// <summary>How many documents used this form so far (0 for a form only just seen, or never).</summary>
    public int FormDocuments(string form)
    {
        for (int i = 0; i < _formCount; i++)
        {
            if (string.Equals(_forms[i], form, StringComparison.Ordinal))
            {
                return _formDocuments[i];
            }
        }

        return 0;
    }

    public void AddForm(string form, int documents = 1)
    {
        for (int i = 0; i < _formCount; i++)
        {
            if (string.Equals(_forms[i], form, StringComparison.Ordinal))
            {
                _formDocuments[i] += documents;
                return;
            }
        }

        if (_formCount == MaxForms)
        {
            return;
        }

        _type = null;

        if (_formCount == _forms.Length)
        {
            Array.Resize(ref _forms, Math.Min(MaxForms, _forms.Length * 2));
            Array.Resize(ref _formDocuments, _forms.Length);
            Array.Resize(ref _formIsFullName, _forms.Length);
        }

        // Read once here: the type and the canonical name are read again after every document.
        if (!_hasPlural && _formCount > 0)
        {
            string key = CorpusNames.Key(form);
            for (int i = 0; i < _formCount && !_hasPlural; i++)
            {
                string other = CorpusNames.Key(_forms[i]);
                _hasPlural = CorpusNames.IsPluralOf(key, other) || CorpusNames.IsPluralOf(other, key);
            }
        }

        _forms[_formCount] = form;
        _formIsFullName[_formCount] = CorpusNames.ParsePerson(form) is { FullKey: not null, HasTitle: false };
        _formDocuments[_formCount++] = documents;
    }

    /// <summary>Whether a document wrote a title before one of its names (<see cref="MarkTitled"/>).</summary>
    public bool Titled => _titled;

    /// <summary>A document wrote a title before one of its names (<c>Mr</c>, <c>Lord</c>): a person, whatever its head word.</summary>
    public void MarkTitled()
    {
        if (!_titled)
        {
            _titled = true;
            _type = null;
        }
    }

    /// <summary>
    /// Whether a first-name key fits this person: it fits one of the full names it was written with (without a title)
    /// and none of them names someone else (<c>Jane</c> does not fit the person written <c>J Tait</c> and <c>John Tait</c>).
    /// <paramref name="spelling"/> says a spelling one letter apart was needed.
    /// </summary>
    public bool FitsFirstName(ReadOnlySpan<char> given, out bool spelling)
    {
        spelling = false;
        bool fits = false;
        for (int i = 0; i < _formCount; i++)
        {
            if (!_formIsFullName[i])
            {
                continue;
            }

            string key = CorpusNames.Key(_forms[i]);
            int space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                continue;
            }

            if (!CorpusNames.SameFirstName(given, key.AsSpan(0, space), out bool variant))
            {
                return false;
            }

            fits = true;
            spelling |= variant;
        }

        return fits;
    }

    public void Vote(EntityType type, int documents = 1)
    {
        if ((int)type < TypeCount)
        {
            _typeVotes[(int)type] += documents;
            _type = null;
        }
    }

    /// <summary>
    /// The type most documents gave it. A name the corpus also writes in the plural (<c>Oscar</c>, <c>Oscars</c>;
    /// <c>Tory</c>, <c>Tories</c>) is neither a person nor a place: people's and places' names do not take a plural,
    /// awards, parties and products do.
    /// </summary>
    public EntityType Type => _type ??= VotedType();

    private EntityType VotedType()
    {
        bool plural = HasPluralForm();
        bool noPerson = plural || IsPlaceLike();
        int best = -1;
        for (int t = 0; t < TypeCount; t++)
        {
            if ((noPerson && t == (int)EntityType.Person) || (plural && t == (int)EntityType.Location))
            {
                continue;
            }

            if (best < 0 || _typeVotes[t] > _typeVotes[best])
            {
                best = t;
            }
        }

        return noPerson && _typeVotes[best] == 0 ? EntityType.Misc : (EntityType)best;
    }

    /// <summary>The canonical name: a person's most used full name, otherwise the most used form.</summary>
    public string Name
    {
        get
        {
            int best = 0;
            for (int i = 1; i < _formCount; i++)
            {
                if (Better(i, best))
                {
                    best = i;
                }
            }

            return _forms[best];
        }
    }

    /// <summary>The other forms, most used first.</summary>
    public List<string> Aliases()
    {
        string name = Name;
        var order = new List<int>(_formCount);
        for (int i = 0; i < _formCount; i++)
        {
            if (!string.Equals(_forms[i], name, StringComparison.Ordinal))
            {
                order.Add(i);
            }
        }

        order.RemoveAll(i => Contradicts(CorpusNames.ParsePerson(_forms[i]).Gender));
        order.Sort((a, b) => _formDocuments[a] != _formDocuments[b] ? _formDocuments[b].CompareTo(_formDocuments[a]) : a.CompareTo(b));
        var aliases = new List<string>(order.Count);
        foreach (int i in order)
        {
            aliases.Add(_forms[i]);
        }

        return aliases;
    }

    private bool Better(int i, int j)
    {
        if (IsFullPerson && _formIsFullName[i] != _formIsFullName[j])
        {
            return _formIsFullName[i];
        }

        return _formDocuments[i] > _formDocuments[j];
    }

    /// <summary>
    /// A name of two words or more ending in a place word (<c>Downing Street</c>, <c>Wall Street</c>) that no document
    /// wrote with a title and that documents typed a place or an organization at least a quarter of the votes (two
    /// documents or more): the tagger's person readings of a street or a square, not a person called Street or Park,
    /// whom some document would have called Mr or Ms, and whom few would type a place.
    /// </summary>
    private bool IsPlaceLike()
    {
        if (_titled || _formCount == 0)
        {
            return false;
        }

        int other = _typeVotes[(int)EntityType.Location] + _typeVotes[(int)EntityType.Organization];
        int all = other + _typeVotes[(int)EntityType.Person] + _typeVotes[(int)EntityType.Misc];
        if (other < 4 || other * 4 < all)
        {
            return false;
        }

        string name = _forms[0];
        int space = name.LastIndexOf(' ');
        return space > 0 && Rules.NameWords.PlaceWords.Contains(name.AsSpan(space + 1));
    }

    /// <summary>
    /// Whether a name may be the long form of this entity's acronym: the entity has no long form yet, or one that shares a
    /// word with the name (<c>Europe Union</c> and <c>European Union</c>; not <c>Universal Studio</c> and <c>United States</c>).
    /// </summary>
    public bool FitsLongForm(string name)
    {
        for (int i = 0; i < _formCount; i++)
        {
            if (!NameForms.IsAcronym(_forms[i]) && CorpusNames.SharesWord(_forms[i], name))
            {
                return true;
            }
        }

        return !HasLongForm();
    }

    /// <summary>Whether one of its forms is not an acronym (the entity's acronym is spelled out by some name already).</summary>
    public bool HasLongForm()
    {
        for (int i = 0; i < _formCount; i++)
        {
            if (!NameForms.IsAcronym(_forms[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of its forms is the plural of another (kept as forms are added, since the type is read after every document).</summary>
    private bool HasPluralForm() => _hasPlural;

    /// <summary>Counts a topic label (by index) of a document that mentions it.</summary>
    public void AddTopic(int label)
    {
        if (label < 0)
        {
            return;
        }

        if (_topicCounts is null || _topicCounts.Length <= label)
        {
            Array.Resize(ref _topicCounts, label + 1);
        }

        _topicCounts[label]++;
    }

    /// <summary>The share of its documents with this top topic, from 0 to 1.</summary>
    public double TopicShare(int label) =>
        label >= 0 && _topicCounts is { } counts && label < counts.Length && Documents > 0 ? (double)counts[label] / Documents : 0;

    /// <summary>
    /// Counts an entity that co-occurred with it. A fixed number of slots, the space-saving way: a new entity takes the
    /// place of the least counted one, so the most frequent neighbours stay whatever the corpus size.
    /// </summary>
    public void AddContext(int id)
    {
        // Slots grow as needed: most people of a corpus are named in one document and need few.
        _contextIds ??= new int[8];
        _contextCounts ??= new int[8];
        if (_contextCount == _contextIds.Length && _contextCount < MaxContext)
        {
            Array.Resize(ref _contextIds, Math.Min(MaxContext, _contextCount * 2));
            Array.Resize(ref _contextCounts, _contextIds.Length);
        }

        int least = 0;
        for (int i = 0; i < _contextCount; i++)
        {
            if (_contextIds[i] == id)
            {
                _contextCounts[i]++;
                return;
            }

            if (_contextCounts[i] < _contextCounts[least])
            {
                least = i;
            }
        }

        if (_contextCount < MaxContext)
        {
            _contextIds[_contextCount] = id;
            _contextCounts[_contextCount++] = 1;
        }
        else
        {
            _contextIds[least] = id;
            _contextCounts[least]++;
        }
    }

    /// <summary>Whether this entity is among its frequent neighbours.</summary>
    public bool HasContext(int id)
    {
        for (int i = 0; i < _contextCount; i++)
        {
            if (_contextIds![i] == id)
            {
                return true;
            }
        }

        return false;
    }

    public CorpusEntity ToEntity() => new()
    {
        Id = Id,
        Name = Name,
        Type = Type,
        Aliases = Aliases(),
        Documents = Documents,
        Mentions = Mentions,
    };
}
