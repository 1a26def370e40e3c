using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using TextInsight.Text;

namespace TextInsight.Benchmarks;

/// <summary>
/// One pass over about 1 MB of article text by each tokenizer, all in one class so that the ratios come from the
/// same input in the same run. Every method returns its token (or sentence) count, so nothing is optimized away.
/// </summary>
[MemoryDiagnoser]
public partial class TokenizerBenchmarks
{
    private string _text = "";
    private StandardTokenizer _lucene = null!;
    private List<TextSpan> _sentences = null!;

    [GeneratedRegex(@"\w+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex WordOrPunctuationGenerated();

    private static readonly Regex WordOrPunctuationCompiled = new(@"\w+|[^\w\s]", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkInput.Text;
        _lucene = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(""));
        _lucene.Reset();
        _lucene.End();
        _lucene.Dispose();
        _sentences = new List<TextSpan>(capacity: _text.Length / 50);
        Console.WriteLine($"// Input: {_text.Length:N0} chars, {BenchmarkInput.Utf8Bytes:N0} UTF-8 bytes from {BenchmarkInput.Source}");
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    /// <summary>TextInsight: count tokens (what the CLI's <c>tokenize</c> and the pipeline's first pass cost).</summary>
    [Benchmark(Baseline = true)]
    public int TextInsightTokenizerCount() => Tokenizer.Count(_text);

    /// <summary>TextInsight: enumerate tokens through the public ref struct enumerator, reading every token.</summary>
    [Benchmark]
    public int TextInsightTokenizerEnumerate()
    {
        int words = 0;
        foreach (var token in Tokenizer.Tokenize(_text))
        {
            if (token.Kind == TokenKind.Word)
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>TextInsight: sentence splitting (it tokenizes as it goes), into a reused list.</summary>
    [Benchmark]
    public int TextInsightSentenceSplitter()
    {
        _sentences.Clear();
        SentenceSplitter.Default.Split(_text, 0, _sentences);
        return _sentences.Count;
    }

    /// <summary>Peer: a compiled <c>\w+|[^\w\s]</c>, counted with <c>EnumerateMatches</c> (no match objects).</summary>
    [Benchmark]
    public int RegexCompiledEnumerateMatches()
    {
        int n = 0;
        foreach (var _ in WordOrPunctuationCompiled.EnumerateMatches(_text))
        {
            n++;
        }

        return n;
    }

    /// <summary>Peer: the same pattern, source-generated.</summary>
    [Benchmark]
    public int RegexGeneratedEnumerateMatches()
    {
        int n = 0;
        foreach (var _ in WordOrPunctuationGenerated().EnumerateMatches(_text))
        {
            n++;
        }

        return n;
    }

    /// <summary>Peer: <c>string.Split</c> on white space (allocates every piece).</summary>
    [Benchmark]
    public int StringSplitWhiteSpace() => _text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Peer: Lucene.Net's <c>StandardTokenizer</c> (UAX#29), one instance reset with a new reader each pass.</summary>
    [Benchmark]
    public int LuceneStandardTokenizer()
    {
        _lucene.SetReader(new StringReader(_text));
        _lucene.Reset();
        int n = 0;
        while (_lucene.IncrementToken())
        {
            n++;
        }

        _lucene.End();
        _lucene.Dispose();
        return n;
    }
}
