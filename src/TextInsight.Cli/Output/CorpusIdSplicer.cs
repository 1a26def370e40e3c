using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using TextInsight.Entities.Corpus;
using TextInsight.Orleans;

namespace TextInsight.Cli.Output;

/// <summary>
/// Resolves the corpus entities of records that arrive as JSON (from a cluster's silos) and writes each record's bytes
/// with the corpus ids put in, without building the record and writing it again: it inserts <c>"corpusId":N</c> after
/// each <c>entitySummary</c> item's <c>id</c>, where the record's serializer puts it. The bytes are those the JSON
/// writer writes for a record resolved in process. The silos send what the resolver reads of each record
/// (<see cref="RecordEntities"/>: the entities' names parsed and keyed, where their ids go), so that this, the serial
/// part of a cluster run, only resolves and splices; a record without it is read from its JSON
/// (<see cref="RecordEntityReader"/>).
/// </summary>
/// <remarks>Not thread-safe: one per run, fed in input order (the resolver's ids depend on the order).</remarks>
internal sealed class CorpusIdSplicer(CorpusEntityResolver resolver)
{
    private static ReadOnlySpan<byte> CorpusIdInsert => ",\"corpusId\":"u8;

    private readonly CorpusEntityResolver _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
    private readonly ArrayBufferWriter<byte> _output = new(32 * 1024);
    private readonly List<CorpusEntityResolver.DocumentEntity> _entities = [];
    private readonly List<int> _insertAt = [];

    /// <summary>
    /// Resolves one record's entities and returns its JSON with their corpus ids; the span is valid until the next call.
    /// </summary>
    /// <param name="json">One record as <c>AnalysisJson</c> writes it (compact UTF-8), without corpus ids.</param>
    /// <param name="entities">What the resolver reads of the record, as its silo encoded it (<see cref="RecordEntities"/>); empty to read it from <paramref name="json"/>.</param>
    /// <exception cref="JsonException">The bytes are not a record this version can read, or already hold corpus ids.</exception>
    /// <exception cref="InvalidDataException"><paramref name="entities"/> is cut short or does not fit the record.</exception>
    public ReadOnlySpan<byte> Resolve(ReadOnlySpan<byte> json, ReadOnlySpan<byte> entities = default)
    {
        _insertAt.Clear();
        int[] ids;
        if (RecordEntities.TryDecode(entities, json.Length, _insertAt, out var decoded, out string? decodedTopic))
        {
            ids = _resolver.Resolve(decoded, decodedTopic);
        }
        else
        {
            _entities.Clear();
            string? topic = RecordEntityReader.Read(json, _entities, _insertAt);
            ids = _resolver.Resolve([.. _entities], topic);
        }

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
}
