using System.CommandLine;
using TextInsight.Summaries;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight train keyphrases</c>: builds the key phrase model (background document frequencies and the words that
/// tagged text writes mostly as neither noun nor adjective).
/// </summary>
internal static class TrainKeyphrasesCommand
{
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var tagged = new Option<FileInfo[]>("--tagged") { Description = "CoNLL-format files whose second column is a Penn Treebank part-of-speech tag (for example CoNLL-2003 train.txt).", Required = true, AllowMultipleArgumentsPerToken = true };
        var background = new Option<string[]>("--background") { Description = "Background news: folders of .txt files (one document each) or .txt.gz files (one document per line).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", Required = true };
        var minDf = new Option<int>("--min-df") { Description = "Leave out words in fewer background documents (default 3).", DefaultValueFactory = _ => 3 };
        var termsOut = new Option<FileInfo?>("--terms-out") { Description = "Also write the phrase model: how many background documents hold each phrase of two to four key words of the extractor's noun phrases, and in how many it is a whole noun phrase." };
        var exclude = new Option<string[]>("--exclude") { Description = "With --terms-out: documents (folders of .txt files, or files) whose articles the phrase counts must leave out: evaluation samples drawn from the background.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var termsMinDf = new Option<int>("--terms-min-df") { Description = "With --terms-out: leave out phrases in fewer background documents (default 3).", DefaultValueFactory = _ => 3 };
        var command = new Command("keyphrases", "Build the key phrase model: background document frequencies and non-nominal words (and, with --terms-out, of phrases).") { tagged, background, output, minDf, termsOut, exclude, termsMinDf };
        command.SetAction(parse =>
        {
            var error = console.Error;
            var taggedFiles = parse.GetValue(tagged)!;
            var backgroundPaths = parse.GetValue(background)!;
            foreach (var f in taggedFiles)
            {
                if (!f.Exists)
                {
                    error.WriteLine($"Not found: {f.FullName}");
                    return Program.UsageError;
                }
            }

            foreach (var p in backgroundPaths.Concat(parse.GetValue(exclude)!))
            {
                if (!File.Exists(p) && !Directory.Exists(p))
                {
                    error.WriteLine($"Not found: {Path.GetFullPath(p)}");
                    return Program.UsageError;
                }
            }

            try
            {
                var model = KeyphraseModelTrainer.Train(
                    taggedFiles.Select(f => f.FullName),
                    KeyphraseModelTrainer.ReadDocuments(backgroundPaths),
                    Math.Max(1, parse.GetValue(minDf)));
                var outFile = parse.GetValue(output)!;
                using (var stream = outFile.Create())
                {
                    model.Save(stream);
                }

                error.WriteLine($"{model.Documents} background documents, {model.Words} words with a document frequency, {model.NotNominalWords} non-nominal words; wrote {outFile.FullName} ({new FileInfo(outFile.FullName).Length} bytes).");
                if (parse.GetValue(termsOut) is { } termsFile)
                {
                    var (terms, excluded) = KeyphraseModelTrainer.TrainTerms(
                        model,
                        KeyphraseModelTrainer.ReadDocuments(backgroundPaths),
                        KeyphraseModelTrainer.ReadDocuments(parse.GetValue(exclude)!),
                        Math.Max(1, parse.GetValue(termsMinDf)));
                    using (var stream = termsFile.Create())
                    {
                        terms.Save(stream);
                    }

                    error.WriteLine($"{terms.Documents} background documents for phrases ({excluded} left out as excluded), {terms.Terms} phrases; wrote {termsFile.FullName} ({new FileInfo(termsFile.FullName).Length} bytes).");
                }

                return Program.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error.WriteLine(e.Message);
                return Program.SomeFailed;
            }
        });
        return command;
    }
}
