using System.Text.Json;

namespace TextInsight.Entities.Corpus;

/// <summary>
/// Reads what the corpus resolver needs of a record given as its JSON bytes (compact UTF-8, as <c>AnalysisJson</c>
/// writes it, without corpus ids), without building the record: each <c>entitySummary</c> item's document entity and
/// the offset just after its <c>id</c> value, where the item's <c>corpusId</c> goes, and the first topic's label.
/// The two arrays are found by their property names, without reading the sentences and mentions before them: in compact
/// JSON a property name with its quotes cannot occur inside a string (a string's quotes are escaped), and no nested
/// object of a record has properties of these names. A record of another shape is read whole.
/// </summary>
internal static class RecordEntityReader
{
    private static ReadOnlySpan<byte> EntitySummaryName => "entitySummary"u8;
    private static ReadOnlySpan<byte> TopicsName => "topics"u8;
    private static ReadOnlySpan<byte> IdName => "id"u8;
    private static ReadOnlySpan<byte> CorpusIdName => "corpusId"u8;
    private static ReadOnlySpan<byte> NameName => "name"u8;
    private static ReadOnlySpan<byte> TypeName => "type"u8;
    private static ReadOnlySpan<byte> AliasesName => "aliases"u8;
    private static ReadOnlySpan<byte> MentionsName => "mentions"u8;
    private static ReadOnlySpan<byte> TitleName => "title"u8;
    private static ReadOnlySpan<byte> RolesName => "roles"u8;
    private static ReadOnlySpan<byte> LabelName => "label"u8;
    private static ReadOnlySpan<byte> EntitySummaryProperty => "\"entitySummary\":"u8;
    private static ReadOnlySpan<byte> TopicsProperty => "\"topics\":"u8;

    /// <summary>Reads a record's entity summary and first topic.</summary>
    /// <param name="json">One record, without corpus ids.</param>
    /// <param name="entities">Gets each item's document entity, in order; when null, only the offsets are read (and no topic).</param>
    /// <param name="idEnds">Gets, for each item in order, the offset in <paramref name="json"/> just after its <c>id</c> value.</param>
    /// <returns>The first topic's label, or null (always null when <paramref name="entities"/> is null).</returns>
    /// <exception cref="JsonException">The bytes are not a record this version can read, or already hold corpus ids.</exception>
    public static string? Read(ReadOnlySpan<byte> json, List<CorpusEntityResolver.DocumentEntity>? entities, List<int> idEnds)
    {
        int summary = json.IndexOf(EntitySummaryProperty);
        int topics = json.IndexOf(TopicsProperty);
        if (summary < 0 || topics < summary || json.IsEmpty || json[0] != (byte)'{'
            || json[summary - 1] != (byte)',' || json[topics - 1] != (byte)',')
        {
            return ReadAll(json, entities, idEnds);
        }

        int start = summary + EntitySummaryProperty.Length;
        var reader = new Utf8JsonReader(json[start..], new JsonReaderOptions { MaxDepth = 64 });
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A record's entitySummary is not an array.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            ReadEntity(ref reader, start, entities, idEnds);
        }

        if (entities is null)
        {
            return null;
        }

        start = topics + TopicsProperty.Length;
        reader = new Utf8JsonReader(json[start..], new JsonReaderOptions { MaxDepth = 64 });
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A record's topics is not an array.");
        }

        return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? ReadLabel(ref reader) : null;
    }

    /// <summary>Reads the whole record for its entity summary and first topic (records of another shape).</summary>
    private static string? ReadAll(ReadOnlySpan<byte> json, List<CorpusEntityResolver.DocumentEntity>? entities, List<int> idEnds)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A record is not a JSON object.");
        }

        string? topic = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(EntitySummaryName))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        ReadEntity(ref reader, 0, entities, idEnds);
                    }
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw new JsonException("A record's entitySummary is not an array.");
                }
            }
            else if (reader.ValueTextEquals(TopicsName) && entities is not null)
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    bool first = true;
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        var label = ReadLabel(ref reader);
                        if (first)
                        {
                            topic = label;
                            first = false;
                        }
                    }
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw new JsonException("A record's topics is not an array.");
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return topic;
    }

    /// <param name="reader">The reader, on the item's start.</param>
    /// <param name="offset">Where the reader's input starts in the record.</param>
    /// <param name="entities">Gets the item's document entity; when null, its properties other than the id are skipped.</param>
    /// <param name="idEnds">Gets the offset just after the item's id.</param>
    private static void ReadEntity(ref Utf8JsonReader reader, int offset, List<CorpusEntityResolver.DocumentEntity>? entities, List<int> idEnds)
    {
        string? name = null;
        var type = EntityType.Misc;
        List<string>? aliases = entities is null ? null : [];
        int mentions = 0;
        string? title = null;
        var relation = PersonRelation.None;
        int idEnd = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(IdName))
            {
                reader.Read();
                idEnd = offset + checked((int)reader.BytesConsumed);
            }
            else if (reader.ValueTextEquals(CorpusIdName))
            {
                throw new JsonException("A record from the cluster already holds corpus ids.");
            }
            else if (entities is null)
            {
                reader.Skip();
            }
            else if (reader.ValueTextEquals(NameName))
            {
                reader.Read();
                name = reader.GetString();
            }
            else if (reader.ValueTextEquals(TypeName))
            {
                reader.Read();
                // As CorpusEntityResolver.Resolve(AnalysisRecord) reads it: an unknown type is Misc.
                type = Enum.TryParse<EntityType>(reader.GetString(), ignoreCase: false, out var t) ? t : EntityType.Misc;
            }
            else if (reader.ValueTextEquals(AliasesName))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.String)
                    {
                        aliases!.Add(reader.GetString()!);
                    }
                }
            }
            else if (reader.ValueTextEquals(MentionsName))
            {
                reader.Read();
                mentions = reader.GetInt32();
            }
            else if (reader.ValueTextEquals(TitleName))
            {
                reader.Read();
                title = reader.GetString();
            }
            else if (reader.ValueTextEquals(RolesName))
            {
                relation = ReadRelation(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        if (idEnd < 0)
        {
            throw new JsonException("An entitySummary item has no id.");
        }

        entities?.Add(new CorpusEntityResolver.DocumentEntity(name ?? string.Empty, type, aliases!, mentions, title, relation));
        idEnds.Add(idEnd);
    }

    /// <summary>What an item's roles say of it as a relative or a royal (the first such role), the reader on the property name.</summary>
    private static PersonRelation ReadRelation(ref Utf8JsonReader reader)
    {
        var relation = PersonRelation.None;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return relation;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(TitleName))
                {
                    reader.Read();
                    if (relation == PersonRelation.None && reader.TokenType == JsonTokenType.String)
                    {
                        relation = RelationFinder.Of(reader.GetString()!);
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return relation;
    }

    private static string? ReadLabel(ref Utf8JsonReader reader)
    {
        string? label = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(LabelName))
            {
                reader.Read();
                label = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return label;
    }
}
