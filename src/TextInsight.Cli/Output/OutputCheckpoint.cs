using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using TextInsight.Cli.Input;

namespace TextInsight.Cli.Output;

/// <summary>
/// The checkpoint of a resumed run is its JSON Lines output itself: one complete line per document already done, in
/// input order. Reading it keeps the complete lines, cuts a trailing partial line (a record cut off by a crash) and
/// lists their sources, so that the run skips exactly those documents, after checking they are the same.
/// </summary>
internal sealed class OutputCheckpoint
{
    private OutputCheckpoint(IReadOnlyList<string> sources, long length, long cut)
    {
        Sources = sources;
        Length = length;
        CutBytes = cut;
    }

    /// <summary>The sources of the records already written, in order.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The bytes of complete records kept.</summary>
    public long Length { get; }

    /// <summary>The bytes of a partial last line that were cut off.</summary>
    public long CutBytes { get; }

    /// <summary>Reads the checkpoint of <paramref name="path"/> and cuts a partial last line; an absent file is an empty checkpoint.</summary>
    /// <exception cref="UsageException">A complete line is not a record.</exception>
    public static OutputCheckpoint ReadAndTrim(string path)
    {
        if (!File.Exists(path))
        {
            return new OutputCheckpoint([], 0, 0);
        }

        var sources = new List<string>();
        var line = new ArrayBufferWriter<byte>(1 << 16);
        long kept = 0;
        long position = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                var span = chunk.AsSpan(0, read);
                while (span.Length > 0)
                {
                    int newline = span.IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        line.Write(span);
                        position += span.Length;
                        break;
                    }

                    line.Write(span[..newline]);
                    position += newline + 1;
                    sources.Add(SourceOf(line.WrittenSpan, sources.Count + 1, path));
                    kept = position;
                    line.ResetWrittenCount();
                    span = span[(newline + 1)..];
                }
            }
        }

        long cut = position - kept;
        if (cut > 0)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None);
            stream.SetLength(kept);
        }

        return new OutputCheckpoint(sources, kept, cut);
    }

    /// <summary>
    /// Feeds the records already written to a corpus entity resolver, in order, so that the resumed run gives the same
    /// corpus ids as one run over all the documents would.
    /// </summary>
    /// <exception cref="OutputException">A kept line is not a record.</exception>
    public static void ResolveKept(string path, OutputCheckpoint checkpoint, TextInsight.Entities.Corpus.CorpusEntityResolver resolver)
    {
        if (checkpoint.Length == 0)
        {
            return;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        for (int i = 0; i < checkpoint.Sources.Count && reader.ReadLine() is { } line; i++)
        {
            try
            {
                resolver.Resolve(TextInsight.Serialization.AnalysisJson.Deserialize(line));
            }
            catch (JsonException ex)
            {
                throw new OutputException($"cannot resume {path}: record {i + 1} cannot be read: {ex.Message}", ex);
            }
        }
    }

    /// <summary>
    /// Passes through the documents after those already written, checking that the skipped ones have the sources of
    /// the records, in order.
    /// </summary>
    /// <exception cref="UsageException">The inputs are not the ones the output was written from.</exception>
    public async IAsyncEnumerable<DocumentInput> SkipDone(IAsyncEnumerable<DocumentInput> documents, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        int done = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (done < Sources.Count)
            {
                if (!string.Equals(document.Source, Sources[done], StringComparison.Ordinal))
                {
                    throw new UsageException(
                        $"cannot resume: record {done + 1} of the output is for '{Sources[done]}' but input document {done + 1} is '{document.Source}'; give the same inputs as the run that wrote the output.");
                }

                done++;
                continue;
            }

            yield return document;
        }

        if (done < Sources.Count)
        {
            throw new UsageException($"cannot resume: the output holds {Sources.Count} records but the inputs have only {done} documents.");
        }
    }

    private static string SourceOf(ReadOnlySpan<byte> json, int lineNumber, string path)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool isSource = reader.ValueTextEquals("source"u8);
                    reader.Read();
                    if (isSource && reader.TokenType == JsonTokenType.String)
                    {
                        return reader.GetString()!;
                    }

                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
        }

        throw new UsageException($"cannot resume: line {lineNumber} of {path} is not a TextInsight record with a source.");
    }
}
