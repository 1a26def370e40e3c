namespace TextInsight.Entities.Ner;

/// <summary>
/// The BILOU label set of the tagger: <c>O</c> and, for each of the four CoNLL types, Begin, Inside, Last and Unit.
/// A label is <c>1 + type * 4 + position</c>, so that the type and the position are cheap to read back.
/// </summary>
internal static class NerLabels
{
    /// <summary>The number of labels.</summary>
    public const int Count = 17;

    /// <summary>The outside label.</summary>
    public const int Outside = 0;

    /// <summary>The number of entity types.</summary>
    public const int TypeCount = 4;

    /// <summary>Position of a token in its entity.</summary>
    public const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    /// <summary>The CoNLL names of the types, by type index.</summary>
    public static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];

    private static readonly EntityType[] EntityTypes = [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Misc];

    /// <summary>The label of <paramref name="type"/> at <paramref name="position"/>.</summary>
    public static int Label(int type, int position) => 1 + (type * 4) + position;

    /// <summary>The type of a label, or -1 for <see cref="Outside"/>.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) >> 2;

    /// <summary>The position of a label in its entity, or -1 for <see cref="Outside"/>.</summary>
    public static int PositionOf(int label) => label == Outside ? -1 : (label - 1) & 3;

    /// <summary>The public entity type of a type index.</summary>
    public static EntityType ToEntityType(int type) => EntityTypes[type];

    /// <summary>The type index of a CoNLL type name, or -1.</summary>
    public static int ParseType(ReadOnlySpan<char> name)
    {
        for (int t = 0; t < TypeNames.Length; t++)
        {
            if (name.SequenceEqual(TypeNames[t]))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The short name of a label (<c>O</c>, <c>B-PER</c>, <c>U-LOC</c>…).</summary>
    public static string Name(int label) => label == Outside ? "O" : "BILU"[PositionOf(label)] + "-" + TypeNames[TypeOf(label)];

    /// <summary>Whether a label may start a sentence.</summary>
    public static bool CanStart(int label) => label == Outside || PositionOf(label) is Begin or Unit;

    /// <summary>Whether a label may end a sentence.</summary>
    public static bool CanEnd(int label) => label == Outside || PositionOf(label) is Last or Unit;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/>: the BILOU grammar.</summary>
    public static bool CanFollow(int previous, int next)
    {
        bool open = previous != Outside && PositionOf(previous) is Begin or Inside;
        if (open)
        {
            return next != Outside && PositionOf(next) is Inside or Last && TypeOf(next) == TypeOf(previous);
        }

        return CanStart(next);
    }

    /// <summary>Writes the BILOU labels of <paramref name="entities"/> over a sentence of <paramref name="labels"/>.Length tokens.</summary>
    public static void Encode(IEnumerable<EntitySpanLabel> entities, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(entities);
        labels.Clear();
        foreach (var e in entities)
        {
            if (e.End - e.Start == 1)
            {
                labels[e.Start] = Label(e.Type, Unit);
                continue;
            }

            labels[e.Start] = Label(e.Type, Begin);
            for (int i = e.Start + 1; i < e.End - 1; i++)
            {
                labels[i] = Label(e.Type, Inside);
            }

            labels[e.End - 1] = Label(e.Type, Last);
        }
    }

    /// <summary>
    /// Reads the entities of a BILOU label sequence. Ill-formed sequences (which constrained decoding never produces)
    /// are read leniently: an entity ends at a Last or Unit label, at <c>O</c> or at a change of type.
    /// </summary>
    public static List<EntitySpanLabel> Decode(ReadOnlySpan<int> labels)
    {
        var result = new List<EntitySpanLabel>();
        int start = -1, type = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int t = TypeOf(labels[i]);
            int p = PositionOf(labels[i]);
            if (start >= 0 && (t != type || p is Begin or Unit))
            {
                result.Add(new EntitySpanLabel(start, i, type));
                start = -1;
            }

            if (t < 0)
            {
                continue;
            }

            if (start < 0)
            {
                start = i;
                type = t;
            }

            if (p is Last or Unit)
            {
                result.Add(new EntitySpanLabel(start, i + 1, type));
                start = -1;
            }
        }

        if (start >= 0)
        {
            result.Add(new EntitySpanLabel(start, labels.Length, type));
        }

        return result;
    }

    /// <summary>
    /// Reads the entities of IOB tags (IOB1 as in CoNLL-2003, where <c>B-</c> only separates two adjacent entities of one
    /// type, or IOB2). Tags are <c>O</c>, <c>B-TYPE</c> or <c>I-TYPE</c>; <paramref name="tags"/> must be valid.
    /// </summary>
    public static List<EntitySpanLabel> FromIob(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var result = new List<EntitySpanLabel>();
        int start = -1, type = -1;
        for (int i = 0; i < tags.Count; i++)
        {
            string tag = tags[i];
            int t = tag == "O" ? -1 : ParseType(tag.AsSpan(2));
            bool begins = t >= 0 && (tag[0] == 'B' || t != type || start < 0);
            if (start >= 0 && (t < 0 || begins))
            {
                result.Add(new EntitySpanLabel(start, i, type));
                start = -1;
            }

            if (begins)
            {
                start = i;
            }

            type = t;
        }

        if (start >= 0)
        {
            result.Add(new EntitySpanLabel(start, tags.Count, type));
        }

        return result;
    }

    /// <summary>Whether <paramref name="tag"/> is a valid IOB tag of the four types.</summary>
    public static bool IsValidIobTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag == "O" || (tag.Length > 2 && tag[0] is 'B' or 'I' && tag[1] == '-' && ParseType(tag.AsSpan(2)) >= 0);
    }
}
