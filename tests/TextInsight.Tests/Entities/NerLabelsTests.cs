using CsCheck;
using TextInsight.Entities.Ner;

namespace TextInsight.Tests.Entities;

public class NerLabelsTests
{
    // "EU rejects German call to boycott British lamb ." and "Peter Blackburn" from CoNLL-2003, with IOB1 tags.
    [Theory]
    [InlineData("I-ORG O I-MISC O O O I-MISC O O", "0-1 ORG|2-3 MISC|6-7 MISC")]
    [InlineData("I-PER I-PER", "0-2 PER")]
    [InlineData("O I-ORG I-ORG I-ORG O", "1-4 ORG")]
    [InlineData("I-LOC B-LOC O", "0-1 LOC|1-2 LOC")]
    [InlineData("I-LOC I-ORG I-ORG", "0-1 LOC|1-3 ORG")]
    [InlineData("B-PER I-PER O B-LOC", "0-2 PER|3-4 LOC")]
    [InlineData("O O", "")]
    public void FromIob_reads_IOB1_and_IOB2_spans(string tags, string expected)
    {
        var spans = NerLabels.FromIob(tags.Split(' '));

        Assert.Equal(expected, Describe(spans));
    }

    [Fact]
    public void Encode_writes_BILOU_labels()
    {
        var labels = new int[7];

        NerLabels.Encode([new EntitySpanLabel(0, 1, 1), new EntitySpanLabel(2, 5, 0), new EntitySpanLabel(5, 7, 2)], labels);

        Assert.Equal("U-ORG O B-PER I-PER L-PER B-LOC L-LOC", string.Join(' ', labels.Select(NerLabels.Name)));
    }

    [Fact]
    public void Decode_reads_back_what_Encode_wrote()
    {
        var gen = Gen.Int[1, 12].SelectMany(n => Gen.Int[0, 3].Array[n].Select(Gen.Int[0, 4].Array[n], (types, lengths) => (types, lengths)));
        gen.Sample(t =>
        {
            var spans = new List<EntitySpanLabel>();
            int position = 0;
            for (int i = 0; i < t.types.Length; i++)
            {
                if (t.lengths[i] == 0)
                {
                    position++;
                    continue;
                }

                spans.Add(new EntitySpanLabel(position, position + t.lengths[i], t.types[i]));
                position += t.lengths[i];
            }

            var labels = new int[position];
            NerLabels.Encode(spans, labels);
            return NerLabels.Decode(labels).SequenceEqual(spans);
        });
    }

    [Fact]
    public void Decode_closes_an_entity_left_open_by_an_ill_formed_sequence()
    {
        int[] labels = [NerLabels.Label(0, NerLabels.Begin), NerLabels.Label(0, NerLabels.Inside), NerLabels.Outside, NerLabels.Label(2, NerLabels.Inside)];

        Assert.Equal("0-2 PER|3-4 LOC", Describe(NerLabels.Decode(labels)));
    }

    [Theory]
    [InlineData("B-PER", "I-PER", true)]
    [InlineData("B-PER", "L-PER", true)]
    [InlineData("B-PER", "L-ORG", false)]
    [InlineData("B-PER", "O", false)]
    [InlineData("I-LOC", "U-LOC", false)]
    [InlineData("L-LOC", "B-LOC", true)]
    [InlineData("U-MISC", "U-MISC", true)]
    [InlineData("O", "I-ORG", false)]
    [InlineData("O", "U-ORG", true)]
    public void CanFollow_is_the_BILOU_grammar(string previous, string next, bool allowed)
    {
        Assert.Equal(allowed, NerLabels.CanFollow(Parse(previous), Parse(next)));
    }

    private static int Parse(string name) => Enumerable.Range(0, NerLabels.Count).Single(y => NerLabels.Name(y) == name);

    private static string Describe(IEnumerable<EntitySpanLabel> spans) =>
        string.Join('|', spans.Select(s => $"{s.Start}-{s.End} {NerLabels.TypeNames[s.Type]}"));
}
