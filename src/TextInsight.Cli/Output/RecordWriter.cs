using System.Text.Json;
using TextInsight.Serialization;

namespace TextInsight.Cli.Output;

/// <summary>Writes analysis records to a stream in one of the output formats, one whole record at a time.</summary>
internal abstract class RecordWriter : IRecordSink, IJsonRecordSink
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private long _lastFlush = Environment.TickCount64;

    protected RecordWriter(Stream stream, bool ownsStream)
    {
        _stream = stream;
        _ownsStream = ownsStream;
    }

    protected Stream Stream => _stream;

    /// <summary>Creates the writer for <paramref name="format"/>.</summary>
    public static RecordWriter Create(OutputFormat format, Stream stream, bool ownsStream) => format switch
    {
        OutputFormat.Json => new JsonArrayRecordWriter(stream, ownsStream),
        OutputFormat.Csv => new CsvRecordWriter(stream, ownsStream),
        _ => new JsonLinesRecordWriter(stream, ownsStream),
    };

    /// <summary>Writes one record; output is flushed at least every half second so that it streams.</summary>
    public void Write(AnalysisRecord record)
    {
        WriteRecord(record);
        long now = Environment.TickCount64;
        if (now - _lastFlush >= 500)
        {
            Flush();
            _lastFlush = now;
        }
    }

    /// <summary>Writes one record given as its JSON (what <see cref="AnalysisJson.Write"/> writes for it); output is flushed as by <see cref="Write"/>.</summary>
    public void WriteJson(ReadOnlySpan<byte> json)
    {
        WriteRecordJson(json);
        long now = Environment.TickCount64;
        if (now - _lastFlush >= 500)
        {
            Flush();
            _lastFlush = now;
        }
    }

    /// <summary>Ends the output (closing brackets) and flushes it.</summary>
    public virtual void Complete() => Flush();

    protected abstract void WriteRecord(AnalysisRecord record);

    /// <summary>Writes a record given as JSON; formats that are not JSON parse it back.</summary>
    protected virtual void WriteRecordJson(ReadOnlySpan<byte> json) =>
        WriteRecord(JsonSerializer.Deserialize(json, AnalysisJsonContext.Default.AnalysisRecord) ?? throw new JsonException("A record is null."));

    protected virtual void Flush() => _stream.Flush();

    public async ValueTask DisposeAsync()
    {
        await DisposeFormatterAsync().ConfigureAwait(false);
        if (_ownsStream)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }

        GC.SuppressFinalize(this);
    }

    protected virtual ValueTask DisposeFormatterAsync() => ValueTask.CompletedTask;

    /// <summary>JSON Lines.</summary>
    private sealed class JsonLinesRecordWriter(Stream stream, bool ownsStream) : RecordWriter(stream, ownsStream)
    {
        private readonly Utf8JsonWriter _json = new(stream, new JsonWriterOptions { Indented = false, SkipValidation = true });

        protected override void WriteRecord(AnalysisRecord record)
        {
            AnalysisJson.Write(_json, record);
            _json.Flush();
            _json.Reset();
            Stream.WriteByte((byte)'\n');
        }

        protected override void WriteRecordJson(ReadOnlySpan<byte> json)
        {
            Stream.Write(json);
            Stream.WriteByte((byte)'\n');
        }

        protected override ValueTask DisposeFormatterAsync() => _json.DisposeAsync();
    }

    /// <summary>A JSON array, one record per line inside it.</summary>
    private sealed class JsonArrayRecordWriter(Stream stream, bool ownsStream) : RecordWriter(stream, ownsStream)
    {
        private readonly Utf8JsonWriter _json = new(stream, new JsonWriterOptions { Indented = false, SkipValidation = true });
        private bool _any;

        protected override void WriteRecord(AnalysisRecord record)
        {
            Stream.Write(_any ? ",\n"u8 : "[\n"u8);
            _any = true;
            AnalysisJson.Write(_json, record);
            _json.Flush();
            _json.Reset();
        }

        protected override void WriteRecordJson(ReadOnlySpan<byte> json)
        {
            Stream.Write(_any ? ",\n"u8 : "[\n"u8);
            _any = true;
            Stream.Write(json);
        }

        public override void Complete()
        {
            Stream.Write(_any ? "\n]\n"u8 : "[]\n"u8);
            base.Complete();
        }

        protected override ValueTask DisposeFormatterAsync() => _json.DisposeAsync();
    }
}
