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
        var vectorsOut = new Option<FileInfo?>("--vectors-out") { Description = "Also write word vectors of the key words (positive PMI within a few words, randomly projected; --exclude applies)." };
        var vectorsDims = new Option<int>("--vectors-dims") { Description = "With --vectors-out: the vectors' length (default 128).", DefaultValueFactory = _ => 128 };
        var vectorsWindow = new Option<int>("--vectors-window") { Description = "With --vectors-out: key words on either side counted as context (default 4).", DefaultValueFactory = _ => 4 };
        var vectorsSvd = new Option<bool>("--vectors-svd") { Description = "With --vectors-out: reduce by a randomized truncated SVD rather than a random projection." };
        var command = new Command("keyphrases", "Build the key phrase model: background document frequencies and non-nominal words (and, with --terms-out, of phrases; with --vectors-out, word vectors).") { tagged, background, output, minDf, termsOut, exclude, termsMinDf, vectorsOut, vectorsDims, vectorsWindow, vectorsSvd };
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

                if (parse.GetValue(vectorsOut) is { } vectorsFile)
                {
                    var (vectors, excluded) = KeyphraseModelTrainer.TrainVectors(
                        () => KeyphraseModelTrainer.ReadDocuments(backgroundPaths),
                        KeyphraseModelTrainer.ReadDocuments(parse.GetValue(exclude)!),
                        error.WriteLine,
                        dimensions: Math.Clamp(parse.GetValue(vectorsDims), 8, 1024),
                        window: Math.Max(1, parse.GetValue(vectorsWindow)),
                        svd: parse.GetValue(vectorsSvd));
                    using (var stream = vectorsFile.Create())
                    {
                        vectors.Save(stream);
                    }

                    error.WriteLine($"{vectors.Words} word vectors of {vectors.Dimensions} ({excluded} background documents left out as excluded); wrote {vectorsFile.FullName} ({new FileInfo(vectorsFile.FullName).Length} bytes).");
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
