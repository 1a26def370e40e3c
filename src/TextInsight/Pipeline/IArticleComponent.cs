namespace TextInsight;

/// <summary>
/// One step of the pipeline: it reads layers of an <see cref="ArticleDocument"/> and adds its own. The built-in steps
/// (sentences and tokens, entities, topics, summary, key phrases) are components too, and
/// <see cref="TextAnalyzerBuilder"/> inserts, replaces or removes them by name.
/// </summary>
/// <remarks>
/// A component is shared by every analysis of its analyzer, on many threads at once: keep per-document state in the
/// document (or in locals), not in fields. <see cref="Requires"/> and <see cref="Assigns"/> name layers
/// (<see cref="ArticleLayers"/> for the built-in ones); the builder checks, when the analyzer is built, that every layer a
/// component requires is assigned by a component before it.
/// </remarks>
/// <example>
/// <code>
/// sealed class WordCount : IArticleComponent
/// {
///     public string Name =&gt; "word-count";
///     public IReadOnlyList&lt;string&gt; Requires =&gt; [ArticleLayers.Tokens];
///     public IReadOnlyList&lt;string&gt; Assigns =&gt; ["word-count"];
///     public void Process(ArticleDocument document, CancellationToken cancellationToken)
///     {
///         int words = 0;
///         foreach (var t in document.Tokens) { if (t.Kind == TokenKind.Word) words++; }
///         document.SetLayer("word-count", words);
///     }
/// }
/// </code>
/// </example>
public interface IArticleComponent
{
    /// <summary>The component's name, unique in a pipeline (the built-in ones are in <see cref="ArticleLayers"/>).</summary>
    string Name { get; }

    /// <summary>The layers this component reads, each assigned by an earlier component (or <see cref="ArticleLayers.Structure"/>, always there).</summary>
    IReadOnlyList<string> Requires { get; }

    /// <summary>The layers this component sets on the document.</summary>
    IReadOnlyList<string> Assigns { get; }

    /// <summary>Processes one document.</summary>
    /// <param name="document">The document; read its layers, set yours.</param>
    /// <param name="cancellationToken">Check it in long loops: a cancelled analysis should stop soon with <see cref="OperationCanceledException"/>.</param>
    void Process(ArticleDocument document, CancellationToken cancellationToken);
}
