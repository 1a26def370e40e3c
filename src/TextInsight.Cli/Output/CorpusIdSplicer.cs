using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using TextInsight.Entities;
using TextInsight.Entities.Corpus;

namespace TextInsight.Cli.Output;

/// <summary>
/// Resolves the corpus entities of records that arrive as JSON (from a cluster's silos) and writes each record's bytes
/// with the corpus ids put in, without building the record and writing it again: it reads only the record's
/// <c>entitySummary</c> and first topic, and inserts <c>"corpusId":N</c> after each item's <c>id</c>, where the
/// record's serializer puts it. The bytes are those the JSON writer writes for a record resolved in process.
/// </summary>
/// <remarks>Not thread-safe: one per run, fed in input order (the resolver's ids depend on the order).</remarks>
internal sealed class CorpusIdSplicer(CorpusEntityResolver resolver)
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
    private static ReadOnlySpan<byte> LabelName => "label"u8;
    private static ReadOnlySpan<byte> CorpusIdInsert => ",\"corpusId\":"u8;
    private static ReadOnlySpan<byte> EntitySummaryProperty => "\"entitySummary\":"u8;
    private static ReadOnlySpan<byte> TopicsProperty => "\"topics\":"u8;

    private readonly CorpusEntityResolver _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
    private readonly ArrayBufferWriter<byte> _output = new(32 * 1024);
    private readonly List<CorpusEntityResolver.DocumentEntity> _entities = [];
    private readonly List<int> _insertAt = [];

    /// <summary>
    /// Resolves one record's entities and returns its JSON with their corpus ids; the span is valid until the next call.
    /// </summary>
    /// <param name="json">One record as <c>AnalysisJson</c> writes it (compact UTF-8), without corpus ids.</param>
    /// <exception cref="JsonException">The bytes are not a record this version can read, or already hold corpus ids.</exception>
    public ReadOnlySpan<byte> Resolve(ReadOnlySpan<byte> json)
    {
        _entities.Clear();
        _insertAt.Clear();
        string? topic = Read(json);

        var ids = _resolver.Resolve([.. _entities], topic);
        _output.ResetWrittenCount();
        int copied = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            int at = _insertAt[i];
            _output.Write(json[copied..at]);
            _output.Write(CorpusIdInsert);
            var digits = _output.GetSpan(11);
            if (!Utf8Formatter.TryFormat(ids[i], digits, out int written))
            {
                throw new InvalidOperationException("A corpus id did not fit in 11 bytes.");
            }

            _output.Advance(written);
            copied = at;
        }

        _output.Write(json[copied..]);
        return _output.WrittenSpan;
    }

    /// <summary>
    /// Reads the entity summary (into the lists) and the first topic's label of one record. The two arrays are found by
    /// their property names, without reading the sentences and mentions before them: in compact JSON a property name
    /// with its quotes cannot occur inside a string (a string's quotes are escaped), and no nested object of a record
    /// has properties of these names. Anything else goes through <see cref="ReadAll"/>.
    /// </summary>
    private string? Read(ReadOnlySpan<byte> json)
    {
        int summary = json.IndexOf(EntitySummaryProperty);
        int topics = json.IndexOf(TopicsProperty);
        if (summary < 0 || topics < summary || json.IsEmpty || json[0] != (byte)'{'
            || json[summary - 1] != (byte)',' || json[topics - 1] != (byte)',')
        {
            _entities.Clear();
            _insertAt.Clear();
            return ReadAll(json);
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
            ReadEntity(ref reader, start);
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
    private string? ReadAll(ReadOnlySpan<byte> json)
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
                        ReadEntity(ref reader, 0);
                    }
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw new JsonException("A record's entitySummary is not an array.");
                }
            }
            else if (reader.ValueTextEquals(TopicsName))
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
    private void ReadEntity(ref Utf8JsonReader reader, int offset)
    {
        string? name = null;
        var type = EntityType.Misc;
        List<string> aliases = [];
        int mentions = 0;
        string? title = null;
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
                        aliases.Add(reader.GetString()!);
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
            else
            {
                reader.Skip();
            }
        }

        if (idEnd < 0)
        {
            throw new JsonException("An entitySummary item has no id.");
        }

        _entities.Add(new CorpusEntityResolver.DocumentEntity(name ?? string.Empty, type, aliases, mentions, title));
        _insertAt.Add(idEnd);
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
