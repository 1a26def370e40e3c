using System.CommandLine;
using System.Text.Json;
using TextInsight.Cli.Input;
using TextInsight.Cli.Output;
using TextInsight.Structure;
using TextInsight.Text;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight tokenize</c> and <c>textinsight sentences</c>: the tokens or sentences of each document's whole text,
/// without structure parsing (an HTML page is first reduced to its extracted text), as JSON Lines.
/// </summary>
internal static class TextCommands
{
    public static Command CreateTokenize(CliConsole console) => Create(
        console,
        "tokenize",
        "Tokens of each document's whole text as JSON Lines: {\"source\", \"tokens\": [{\"start\", \"end\", \"kind\", \"text\"}]}.",
        WriteTokens);

    public static Command CreateSentences(CliConsole console) => Create(
        console,
        "sentences",
        "Sentences of each document's whole text as JSON Lines: {\"source\", \"sentences\": [{\"start\", \"end\", \"text\"}]}.",
        WriteSentences);

    private static Command Create(CliConsole console, string name, string description, Action<Utf8JsonWriter, string> write)
    {
        var input = new InputArguments();
        var output = new Option<string>("--output", "-o") { Description = "Write records to this file instead of standard output." };
        var noRepairText = new Option<bool>("--no-repair-text")
        {
            Description = "Read plain text as it is, as analyze --no-repair-text does, without repairing mis-decoded characters or decoding HTML character references first.",
        };
        var command = new Command(name, description);
        input.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(noRepairText);
        command.SetAction(async (parse, cancellationToken) =>
        {
            InputPlan plan;
            var options = input.ToOptions(parse);
            try
            {
                plan = InputPlan.Create(parse.GetValue(input.Inputs) ?? [], options);
            }
            catch (UsageException ex)
            {
                await console.Error.WriteLineAsync($"textinsight {name}: {ex.Message}").ConfigureAwait(false);
                return Program.UsageError;
            }

            var read = new ReadProgress { TotalBytes = plan.TotalBytes };
            var progress = new ProgressDisplay(console.Error, read, input.ProgressWanted(parse) && console.ErrorIsTerminal);
            var reader = new DocumentReader(options, read, console.OpenInput);
            bool repair = !parse.GetValue(noRepairText);
            Stream stream = parse.GetValue(output) is { } path
                ? new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16)
                : new BufferedStream(console.Out, 1 << 16);
            bool cancelled = false;
            await using (progress.ConfigureAwait(false))
            {
                await using (stream.ConfigureAwait(false))
                {
                    var json = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true });
                    await using (json.ConfigureAwait(false))
                    {
                        try
                        {
                            await foreach (var document in reader.ReadAsync(plan, cancellationToken).ConfigureAwait(false))
                            {
                                WriteRecord(json, document, repair, write);
                                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                                json.Reset();
                                stream.WriteByte((byte)'\n');
                                progress.Done(document.Content is null || document.Content.AsSpan().IsWhiteSpace());
                            }
                        }
                        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                        {
                            cancelled = true;
                        }
                    }
                }
            }

            if (plan.SkippedFiles + reader.SkippedNotFeeds > 0)
            {
                // As analyze says it: folders are walked as they are read, so a stopped run counted only part of them.
                string part = cancelled ? " (in the part of the folders walked before the run stopped)" : string.Empty;
                await console.Error.WriteLineAsync(InputPlan.SkippedMessage(plan.SkippedFiles, reader.SkippedNotFeeds, part)).ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync(progress.SummaryLine(name == "tokenize" ? "tokenized" : "split", cancelled)).ConfigureAwait(false);
            return cancelled ? Program.Cancelled : progress.Failures > 0 ? Program.SomeFailed : Program.Success;
        });
        return command;
    }

    private static void WriteRecord(Utf8JsonWriter json, DocumentInput document, bool repair, Action<Utf8JsonWriter, string> write)
    {
        json.WriteStartObject();
        json.WriteString("source", document.Source);
        var error = document.Error;
        if (error is null && string.IsNullOrEmpty(document.Content))
        {
            error = new DocumentError(ErrorCodes.EmptyDocument, $"{document.Source}: the document is empty.");
        }
        else if (error is null && document.Content.AsSpan().IsWhiteSpace())
        {
            error = new DocumentError(ErrorCodes.WhitespaceOnly, $"{document.Source}: the document holds only white space.");
        }

        if (document.Warnings.Count > 0)
        {
            json.WriteStartArray("warnings");
            foreach (string w in document.Warnings)
            {
                json.WriteStringValue(w);
            }

            json.WriteEndArray();
        }

        if (error is not null)
        {
            json.WriteStartObject("error");
            json.WriteString("code", error.Code);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }
        else
        {
            write(json, AnalyzedText(document, repair));
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The text an analysis of the document would index (<see cref="ArticleAnalysis.Text"/>): HTML's extracted text,
    /// Markdown's rendered text, plain text repaired as <see cref="TextAnalyzerOptions.RepairText"/> repairs it; with a
    /// known title (repaired as the analysis repairs it), the title line first.
    /// </summary>
    internal static string AnalyzedText(DocumentInput document, bool repair)
    {
        string content = document.Content!;
        string? title = string.IsNullOrWhiteSpace(document.Title) ? null : document.Title;
        if (repair && title is not null && document.Format != DocumentFormat.Markdown && TextRepair.Repair(title) is { } fixedTitle)
        {
            title = string.IsNullOrWhiteSpace(fixedTitle.Text) ? null : fixedTitle.Text;
        }

        switch (document.Format)
        {
            case DocumentFormat.Html:
                return HtmlArticleParser.Default.Parse(content, title).Text;
            case DocumentFormat.Markdown:
                return MarkdownArticleParser.Default.Parse(content).Text;
            default:
                if (repair && TextRepair.Repair(content) is { } fixedText)
                {
                    content = fixedText.Text;
                }

                return title is null ? content : ArticleParser.Default.ParseWithTitle(title, content).Text;
        }
    }

    private static void WriteTokens(Utf8JsonWriter json, string text)
    {
        json.WriteStartArray("tokens");
        foreach (var token in Tokenizer.Tokenize(text))
        {
            json.WriteStartObject();
            json.WriteNumber("start", token.Start);
            json.WriteNumber("end", token.End);
            json.WriteString("kind", KindName(token.Kind));
            json.WriteString("text", text.AsSpan(token.Start, token.Length));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSentences(Utf8JsonWriter json, string text)
    {
        json.WriteStartArray("sentences");
        // A hard-wrapped text is split as analyze splits its paragraphs: the line breaks the parser joins are spaces
        // (its copy has them so, every other character where it is), so that a wrapped line is no sentence of its own.
        foreach (var s in SentenceSplitter.Default.Split(TextUnitReader.JoinWrappedLines(text) ?? text))
        {
            json.WriteStartObject();
            json.WriteNumber("start", s.Start);
            json.WriteNumber("end", s.End);
            json.WriteString("text", text.AsSpan(s.Start, s.Length));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Currency => "currency",
        TokenKind.Percent => "percent",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Hashtag => "hashtag",
        TokenKind.Mention => "mention",
        TokenKind.Emoji => "emoji",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
