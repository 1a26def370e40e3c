using TextInsight.Entities.Ner;

namespace TextInsight.Tests.Entities;

public class NerConllReaderTests
{
    private const string Sample = """
        -DOCSTART- -X- O O

        EU NNP I-NP I-ORG
        rejects VBZ I-VP O
        German JJ I-NP I-MISC
        call NN I-NP O

        Peter NNP I-NP I-PER
        Blackburn NNP I-NP I-PER

        -DOCSTART- -X- O O

        BRUSSELS NNP I-NP I-LOC
        1996-08-22 CD I-NP O
        """;

    [Fact]
    public void Reads_documents_sentences_tokens_and_entities()
    {
        var docs = IobCorpusReader.Read(new StringReader(Sample), "sample");

        Assert.Equal(2, docs.Count);
        Assert.Equal(2, docs[0].Sentences.Count);
        Assert.Equal(["EU", "rejects", "German", "call"], docs[0].Sentences[0].Tokens);
        Assert.Equal([new EntitySpanLabel(0, 1, 1), new EntitySpanLabel(2, 3, 3)], docs[0].Sentences[0].Entities);
        Assert.Equal([new EntitySpanLabel(0, 2, 0)], docs[0].Sentences[1].Entities);
        Assert.Equal(13, docs[1].Sentences[0].Line);
    }

    [Fact]
    public void A_bad_tag_is_reported_with_the_source_and_line()
    {
        string text = "EU NNP I-NP I-ORG\nrejects VBZ I-VP X-FOO\n";

        var e = Assert.Throws<FormatException>(() => IobCorpusReader.Read(new StringReader(text), "bad.txt"));

        Assert.StartsWith("bad.txt:2: 'X-FOO' is not an IOB tag", e.Message);
    }

    [Fact]
    public void A_line_with_one_column_is_reported_with_the_source_and_line()
    {
        string text = "EU NNP I-NP I-ORG\n\nrejects\n";

        var e = Assert.Throws<FormatException>(() => IobCorpusReader.Read(new StringReader(text), "bad.txt"));

        Assert.StartsWith("bad.txt:3: expected 'token ... TAG'", e.Message);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var e = Assert.Throws<FileNotFoundException>(() => IobCorpusReader.ReadFile("/nonexistent/train.txt"));

        Assert.Contains("/nonexistent/train.txt", e.Message);
    }
}
