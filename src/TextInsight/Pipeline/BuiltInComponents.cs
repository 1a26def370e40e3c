using TextInsight.Entities;
using TextInsight.Summaries;
using TextInsight.Text;
using TextInsight.Topics;

namespace TextInsight.Pipeline;

/// <summary>Splits the body paragraphs into sentences, then builds the document's segments and tokens once.</summary>
internal sealed class SentencesComponent(SentenceSplitter splitter) : IArticleComponent
{
    public string Name => ArticleLayers.Sentences;

    public IReadOnlyList<string> Requires { get; } = [ArticleLayers.Structure];

    public IReadOnlyList<string> Assigns { get; } = [ArticleLayers.Sentences, ArticleLayers.Tokens];

    public void Process(ArticleDocument document, CancellationToken cancellationToken)
        => document.SetSentences(document.Structure.SplitSentences(splitter, cancellationToken), cancellationToken);
}

/// <summary>Names from the tagger and the name rules, money, percentages and dates, linked into entities.</summary>
internal sealed class EntitiesComponent(EntityRecognizer recognizer) : IArticleComponent
{
    public EntityRecognizer Recognizer => recognizer;

    public string Name => ArticleLayers.Entities;

    public IReadOnlyList<string> Requires { get; } = [ArticleLayers.Structure, ArticleLayers.Sentences, ArticleLayers.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [ArticleLayers.Entities];

    public void Process(ArticleDocument document, CancellationToken cancellationToken)
        => document.Entities = recognizer.Recognize(document, cancellationToken);
}

/// <summary>Topic scores for the body text.</summary>
internal sealed class TopicsComponent(TopicClassifier classifier) : IArticleComponent
{
    public TopicClassifier Classifier => classifier;

    public string Name => ArticleLayers.Topics;

    public IReadOnlyList<string> Requires { get; } = [ArticleLayers.Structure];

    public IReadOnlyList<string> Assigns { get; } = [ArticleLayers.Topics];

    public void Process(ArticleDocument document, CancellationToken cancellationToken)
        => document.Topics = classifier.Predict(document.Body);
}

/// <summary>The extractive summary; reads the entities when an earlier component set them.</summary>
internal sealed class SummaryComponent(Summarizer summarizer, SummaryLength length) : IArticleComponent
{
    public string Name => ArticleLayers.Summary;

    public IReadOnlyList<string> Requires { get; } = [ArticleLayers.Structure, ArticleLayers.Sentences, ArticleLayers.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [ArticleLayers.Summary];

    public void Process(ArticleDocument document, CancellationToken cancellationToken)
        => document.Summary = summarizer.Summarize(document, length, cancellationToken);
}

/// <summary>Key phrases; reads the entities when an earlier component set them.</summary>
internal sealed class KeyphrasesComponent(KeyphraseExtractor extractor, int max) : IArticleComponent
{
    public string Name => ArticleLayers.Keyphrases;

    public IReadOnlyList<string> Requires { get; } = [ArticleLayers.Structure, ArticleLayers.Sentences, ArticleLayers.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [ArticleLayers.Keyphrases];

    public void Process(ArticleDocument document, CancellationToken cancellationToken)
        => document.Keyphrases = extractor.Extract(document, max);
}
