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
        var command = new Command(name, description);
        input.AddTo(command);
        command.Options.Add(output);
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
                                WriteRecord(json, document, write);
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

            if (plan.SkippedFiles > 0)
            {
                // As analyze says it: folders are walked as they are read, so a stopped run counted only part of them.
                string part = cancelled ? " (in the part of the folders walked before the run stopped)" : string.Empty;
                await console.Error.WriteLineAsync($"skipped {plan.SkippedFiles} files of unsupported kinds inside input folders{part}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync(progress.SummaryLine(name == "tokenize" ? "tokenized" : "split", cancelled)).ConfigureAwait(false);
            return cancelled ? Program.Cancelled : progress.Failures > 0 ? Program.SomeFailed : Program.Success;
        });
        return command;
    }

    private static void WriteRecord(Utf8JsonWriter json, DocumentInput document, Action<Utf8JsonWriter, string> write)
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
            // The text an analysis of the document would index: with a known title, the title line comes first.
            string text = document.Format switch
            {
                DocumentFormat.Html => HtmlArticleParser.Default.Parse(document.Content!, document.Title).Text,
                DocumentFormat.Markdown => MarkdownArticleParser.Default.Parse(document.Content!).Text,
                _ => string.IsNullOrWhiteSpace(document.Title) ? document.Content! : ArticleParser.Default.ParseWithTitle(document.Title, document.Content!).Text,
            };
            write(json, text);
        }

        json.WriteEndObject();
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
        foreach (var s in SentenceSplitter.Default.Split(text))
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
