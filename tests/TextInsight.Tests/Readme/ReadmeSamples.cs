using TextInsight;
using TextInsight.Entities.Corpus;
using TextInsight.Text;

namespace TextInsight.Tests.Readme;

/// <summary>
/// The C# samples of README.md, one region per ```csharp block in README order; ReadmeSampleTests checks that each
/// block equals its region and runs them. Edit a sample here and in README.md together. A README block's leading
/// using directives are the using directives of this file.
/// </summary>
internal static class ReadmeSamples
{
    /// <summary>Runs every sample in order, in the current directory (which holds article.txt and articles/).</summary>
    public static async Task RunAsync()
    {
        #region library
        var analyzer = TextAnalyzer.CreateDefault();            // loads the built-in models once; share it between threads
        ArticleAnalysis a = analyzer.Analyze(File.ReadAllText("article.txt"), source: "article.txt");

        Console.WriteLine(a.Title);
        foreach (var section in a.Sections)
            Console.WriteLine(section.Heading is { } h ? h.GetText(a.Text) : "(lead)");
        foreach (var m in a.Entities)
            Console.WriteLine($"{m.Type} {m.Text} {m.Value} {m.Currency} ({m.Zone})");
        Console.WriteLine(a.Summary.Text);
        #endregion

        #region batch
        var documents = Directory.EnumerateFiles("articles", "*.txt")
            .Select(f => DocumentInput.FromText(Path.GetFileName(f), File.ReadAllText(f)));
        await foreach (DocumentResult r in analyzer.AnalyzeManyAsync(documents, new BatchOptions { MaxDegreeOfParallelism = 4 }))
            Console.WriteLine(r.Error is null ? r.Analysis!.Title : $"{r.Source}: {r.Error.Message}");
        #endregion

        #region corpus
        var resolver = new CorpusEntityResolver();              // one id per entity across documents: Tony Blair = Mr Blair
        await foreach (DocumentResult r in analyzer.AnalyzeManyAsync(documents))
            if (r.Analysis is { } doc)
                resolver.Resolve(doc);                          // the corpus ids of doc.EntitySummary, in order
        var top = resolver.GetEntities().OrderByDescending(e => e.Documents).ThenBy(e => e.Id).First();
        Console.WriteLine($"{top.Name} ({top.Type}): {top.Documents} documents, also {string.Join(", ", top.Aliases)}");
        #endregion

        #region components
        var counting = TextAnalyzer.CreateBuilder()
            .InsertAfter(ArticleLayers.Sentences, new WordCount())   // runs on the shared tokens
            .Remove(ArticleLayers.Keyphrases)
            .Build();                                                 // checks what each component requires
        Console.WriteLine($"words: {counting.Analyze(File.ReadAllText("article.txt")).Layers["word-count"]}");
        #endregion
    }

    #region component
    sealed class WordCount : IArticleComponent
    {
        public string Name => "word-count";
        public IReadOnlyList<string> Requires => [ArticleLayers.Tokens];
        public IReadOnlyList<string> Assigns => ["word-count"];

        public void Process(ArticleDocument document, CancellationToken cancellationToken)
        {
            int words = 0;
            foreach (Token t in document.Tokens)
                if (t.Kind == TokenKind.Word) words++;
            document.SetLayer("word-count", words);
        }
    }
    #endregion
}
