using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Tests.Support;
using TextInsight.Text;
using TextInsight.Topics;
using Xunit;

namespace TextInsight.Tests.Pipeline;

/// <summary>The component contract: the default list, replacing, adding and removing components, checks at build time, cancellation of one document.</summary>
public sealed class ComponentTests
{
    private static readonly TextAnalyzer Default = TextAnalyzer.CreateDefault();

    [Fact]
    public void The_default_pipeline_runs_the_built_in_components_in_order()
    {
        Assert.Equal(
            [ArticleLayers.Sentences, ArticleLayers.Entities, ArticleLayers.Topics, ArticleLayers.Summary, ArticleLayers.Keyphrases],
            Default.Components.Select(c => c.Name));
        Assert.Equal(Default.Components.Select(c => c.Name), TextAnalyzer.CreateBuilder().Names);
    }

    [Fact]
    public void Stages_choose_the_built_in_components()
    {
        var a = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Topics });
        Assert.Equal([ArticleLayers.Topics], a.Components.Select(c => c.Name));
        var b = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Summary });
        Assert.Equal([ArticleLayers.Sentences, ArticleLayers.Summary], b.Components.Select(c => c.Name));
        Assert.Empty(new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Structure }).Components);
    }

    [Fact]
    public void A_custom_component_reads_the_shared_tokens_and_its_layer_reaches_the_result()
    {
        var analyzer = TextAnalyzer.CreateBuilder().InsertAfter(ArticleLayers.Sentences, new WordCount()).Build();
        var a = analyzer.Analyze(SeedArticle.Text);

        // The tokens it read are those of the title, headings, body and boilerplate sentences, each tokenized once.
        int expected = 0;
        var doc = ArticleDocument.Create(a.Structure, a.Sentences);
        foreach (var segment in doc.Segments)
        {
            foreach (var t in Tokenizer.Tokenize(segment.Slice(a.Text)))
            {
                expected += t.Kind == TokenKind.Word ? 1 : 0;
            }
        }

        Assert.True(expected > 500, $"the seed should have hundreds of words, not {expected}");
        Assert.Equal(expected, Assert.IsType<int>(a.Layers["word-count"]));

        // Adding a component changes nothing else.
        var plain = Default.Analyze(SeedArticle.Text);
        Assert.Equal(plain.Entities.Select(e => (e.Span, e.Type)), a.Entities.Select(e => (e.Span, e.Type)));
        Assert.Equal(plain.Summary.Text, a.Summary.Text);
        Assert.Empty(plain.Layers);
    }

    [Fact]
    public void A_replaced_component_takes_the_place_of_the_built_in_one()
    {
        var analyzer = TextAnalyzer.CreateBuilder().Replace(ArticleLayers.Topics, new FixedTopic("gardening")).Build();
        Assert.Equal(ArticleLayers.Topics, analyzer.Components[2].Name);
        var a = analyzer.Analyze(SeedArticle.Text);
        var top = Assert.Single(a.Topics);
        Assert.Equal("gardening", top.Label);
        Assert.NotEmpty(a.Entities);
    }

    [Fact]
    public void A_removed_component_leaves_its_layer_empty()
    {
        var analyzer = TextAnalyzer.CreateBuilder().Remove(ArticleLayers.Keyphrases).Remove(ArticleLayers.Summary).Build();
        var a = analyzer.Analyze(SeedArticle.Text);
        Assert.Empty(a.Keyphrases);
        Assert.Empty(a.Summary.Sentences);
        Assert.NotEmpty(a.Entities);
        Assert.NotEmpty(a.Topics);
    }

    [Fact]
    public void Build_names_the_component_and_the_missing_layer()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => TextAnalyzer.CreateBuilder().Remove(ArticleLayers.Sentences).Build());
        Assert.Contains("'entities' requires the layer 'sentences'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("no component in the pipeline assigns it", missing.Message, StringComparison.Ordinal);

        var topicsOnly = new TextAnalyzerOptions { Stages = Stages.Topics };
        var late = Assert.Throws<InvalidOperationException>(() => TextAnalyzer.CreateBuilder(topicsOnly).InsertBefore(ArticleLayers.Topics, new WordCount()).Build());
        Assert.Contains("'word-count' requires the layer 'tokens'", late.Message, StringComparison.Ordinal);

        var after = Assert.Throws<InvalidOperationException>(() => TextAnalyzer.CreateBuilder().Add(new NeedsWordCount()).Add(new WordCount()).Build());
        Assert.Contains("the component 'word-count' assigns it, but runs after 'needs-word-count'", after.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_unique_and_must_exist()
    {
        var builder = TextAnalyzer.CreateBuilder();
        Assert.Throws<ArgumentException>(() => builder.Add(new FixedTopic("x")));
        var unknown = Assert.Throws<ArgumentException>(() => builder.Remove("parser"));
        Assert.Contains("sentences, entities, topics, summary, keyphrases", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => builder.Replace(ArticleLayers.Summary, new FixedTopic("x")));
    }

    [Fact]
    public void The_analyzer_keeps_its_own_list()
    {
        var builder = TextAnalyzer.CreateBuilder();
        var analyzer = builder.Build();
        builder.Remove(ArticleLayers.Topics);
        Assert.Contains(analyzer.Components, c => c.Name == ArticleLayers.Topics);
        Assert.DoesNotContain(builder.Build().Components, c => c.Name == ArticleLayers.Topics);
    }

    [Fact]
    public void One_document_is_cancelled_inside_a_component_and_the_next_runs()
    {
        using var cancel = new CancellationTokenSource();
        var analyzer = TextAnalyzer.CreateBuilder().InsertAfter(ArticleLayers.Entities, new CancelsItsDocument(cancel)).Build();
        Assert.ThrowsAny<OperationCanceledException>(() => analyzer.Analyze(SeedArticle.Text, "seed", cancel.Token));
        var a = analyzer.Analyze(SeedArticle.Text, "seed", CancellationToken.None);
        Assert.NotEmpty(a.Keyphrases);
    }

    [Fact]
    public void A_document_kept_past_its_analysis_has_no_tokens()
    {
        var keeper = new KeepsTheDocument();
        var a = TextAnalyzer.CreateBuilder().Add(keeper).Build().Analyze(SeedArticle.Text);
        Assert.NotNull(keeper.Document);
        Assert.Throws<ObjectDisposedException>(() => keeper.Document!.Tokens.Length);
        Assert.Equal(a.Sentences.Count, keeper.Document!.Sentences.Count);

        // The result's layers are a copy: a layer set on the kept document afterwards does not reach it.
        keeper.Document.SetLayer("late", 2);
        Assert.Equal(1, a.Layers["kept"]);
        Assert.False(a.Layers.ContainsKey("late"));
    }

    [Fact]
    public void Segment_tokens_index_the_text_in_order_inside_their_segment()
    {
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Corpus, "*.txt"))
        {
            var structure = ArticleParser.Default.Parse(File.ReadAllText(path));
            var sentences = structure.SplitSentences();

            var doc = ArticleDocument.Create(structure, sentences);
            int end = 0;
            for (int i = 0; i < doc.Segments.Count; i++)
            {
                var segment = doc.Segments[i];
                Assert.True(segment.Start >= end, $"{path}: segment {i} overlaps the one before it");
                foreach (var t in doc.GetSegmentTokens(i))
                {
                    Assert.True(t.Start >= segment.Start && t.End <= segment.End && t.Start >= end, $"{path}: token {t} out of segment {segment} or order");
                    end = t.End;
                }

                end = Math.Max(end, segment.End);
            }

            for (int i = 0; i < sentences.Count; i++)
            {
                var expected = new List<Token>();
                foreach (var t in Tokenizer.Tokenize(sentences[i].Slice(structure.Text)))
                {
                    expected.Add(new Token(sentences[i].Start + t.Start, t.Length, t.Kind));
                }

                Assert.Equal(expected, doc.GetSentenceTokens(i).ToArray());
            }

            doc.Release();
        }
    }

    private sealed class WordCount : IArticleComponent
    {
        public string Name => "word-count";

        public IReadOnlyList<string> Requires => [ArticleLayers.Tokens];

        public IReadOnlyList<string> Assigns => ["word-count"];

        public void Process(ArticleDocument document, CancellationToken cancellationToken)
        {
            int words = 0;
            foreach (var t in document.Tokens)
            {
                words += t.Kind == TokenKind.Word ? 1 : 0;
            }

            document.SetLayer("word-count", words);
        }
    }

    private sealed class NeedsWordCount : IArticleComponent
    {
        public string Name => "needs-word-count";

        public IReadOnlyList<string> Requires => ["word-count"];

        public IReadOnlyList<string> Assigns => [];

        public void Process(ArticleDocument document, CancellationToken cancellationToken)
        {
        }
    }

    private sealed class FixedTopic(string label) : IArticleComponent
    {
        public string Name => ArticleLayers.Topics;

        public IReadOnlyList<string> Requires => [ArticleLayers.Structure];

        public IReadOnlyList<string> Assigns => [ArticleLayers.Topics];

        public void Process(ArticleDocument document, CancellationToken cancellationToken)
            => document.Topics = [new TopicScore(label, 1)];
    }

    private sealed class CancelsItsDocument(CancellationTokenSource source) : IArticleComponent
    {
        public string Name => "cancels";

        public IReadOnlyList<string> Requires => [];

        public IReadOnlyList<string> Assigns => [];

        public void Process(ArticleDocument document, CancellationToken cancellationToken)
        {
            if (cancellationToken.CanBeCanceled)
            {
                source.Cancel();
            }
        }
    }

    private sealed class KeepsTheDocument : IArticleComponent
    {
        public ArticleDocument? Document { get; private set; }

        public string Name => "keeps";

        public IReadOnlyList<string> Requires => [ArticleLayers.Tokens];

        public IReadOnlyList<string> Assigns => ["kept"];

        public void Process(ArticleDocument document, CancellationToken cancellationToken)
        {
            Document = document;
            document.SetLayer("kept", 1);
        }
    }
}
