using TextInsight.Entities.Ner;
using TextInsight.Internals;
using TextInsight.Serialization;
using TextInsight.Tests.Support;
using Xunit;

namespace TextInsight.Tests.Pipeline;

/// <summary>
/// The per-thread scratch the stages reuse between documents (the tagger's <see cref="NerWorkspace"/>, the summary's
/// vocabularies, <see cref="StringCache"/>) never carries one document into another: an article's record is the same
/// whatever was analyzed before it on the thread, after a document too long for the scratch to be kept, and on many
/// threads at once.
/// </summary>
public sealed class ScratchReuseTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    // The bundled corpus, and the seed article where the shared folder is beside the repository.
    private static string[] Texts()
    {
        var texts = Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        string seed = Path.Combine(RepoPaths.Shared, "seed-article.txt");
        if (File.Exists(seed))
        {
            texts.Add(File.ReadAllText(seed));
        }

        return [.. texts];
    }

    private static string Record(string text) => AnalysisJson.Serialize(AnalysisJson.ToRecord(Analyzer.Analyze(text)));

    // A fresh thread starts with empty scratch, so its first analysis is the reference.
    private static string[] OnFreshThreads(string[] texts)
    {
        var records = new string[texts.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            var thread = new Thread(() => records[i] = Record(texts[i]));
            thread.Start();
            thread.Join();
        }

        return records;
    }

    [Fact]
    public void An_article_comes_out_the_same_whatever_the_thread_analyzed_before()
    {
        var texts = Texts();
        var reference = OnFreshThreads(texts);
        var forward = texts.Select(Record).ToArray();
        var backward = texts.Reverse().Select(Record).Reverse().ToArray();
        Assert.Equal(reference, forward);
        Assert.Equal(reference, backward);
    }

    [Fact]
    public void A_document_too_long_for_the_scratch_is_analyzed_and_the_next_one_is_unaffected()
    {
        var texts = Texts();
        var reference = OnFreshThreads(texts);

        // About 40,000 tokens in one document: more than a kept workspace holds.
        string longText = string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", texts.Skip(1)), 4));
        var analysis = Analyzer.Analyze(longText);
        Assert.NotEmpty(analysis.Entities);
        Assert.True(analysis.Sentences.Count > NerWorkspace.MaxKeptTokens / 40, $"{analysis.Sentences.Count} sentences");
        Assert.Equal(reference, texts.Select(Record).ToArray());
    }

    [Fact]
    public void Articles_analyzed_on_many_threads_at_once_come_out_as_alone()
    {
        var texts = Texts();
        var reference = OnFreshThreads(texts);
        var jobs = Enumerable.Range(0, 8 * texts.Length).ToArray();
        var records = new string[jobs.Length];
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, j => records[j] = Record(texts[j % texts.Length]));
        for (int j = 0; j < jobs.Length; j++)
        {
            Assert.Equal(reference[j % texts.Length], records[j]);
        }
    }

    [Fact]
    public void The_string_cache_gives_equal_strings_shares_them_and_starts_over_when_full()
    {
        string a = StringCache.Get("blair".AsSpan());
        Assert.Equal("blair", a);
        Assert.Same(a, StringCache.Get("xblair".AsSpan(1)));
        for (int i = 0; i <= StringCache.MaxTerms; i++)
        {
            Assert.Equal("t" + i, StringCache.Get(("t" + i).AsSpan()));
        }

        Assert.Equal("blair", StringCache.Get("blair".AsSpan()));
        Assert.Equal(string.Empty, StringCache.Get([]));
    }
}
