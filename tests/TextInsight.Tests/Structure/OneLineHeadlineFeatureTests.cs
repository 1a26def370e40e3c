using CsCheck;
using TextInsight.Structure;
using TextInsight.Structure.Evaluation;
using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The headline model's features from the reused, allocation-free context (<see cref="OneLineHeadline.Context"/>) against
/// the string-and-set code they replaced (<see cref="ReferenceOneLineFeatures"/>): the same candidates and every feature
/// equal to the last bit, so that the model decides exactly as it was trained and measured.
/// </summary>
public sealed class OneLineHeadlineFeatureTests
{
    [Fact]
    public void Features_equal_the_reference_on_generated_one_line_texts()
    {
        // Capitals that are names or sentence starts, the same words in lower case, non-ASCII initials (É, the Kelvin sign
        // that lower-cases to k, the dotted İ, the titlecase ǅ), inner apostrophes and hyphens, function words,
        // auxiliaries, words longer than any listed word, punctuation between words.
        var words = Gen.OneOf<string>(
            "Porthaven", "porthaven", "Council", "council", "The", "the", "Residents", "residents", "Élysée", "élysée", "ÉLYSÉE",
            "\u212Aelvin", "kelvin", "Kelvin", "İstanbul", "istanbul", "ǅemal", "ǆemal", "O'Brien", "Anglo-Dutch", "anglo-dutch",
            "has", "Has", "will", "is", "of", "and", "to", "a", "Morris", "Ellen", "said", "Said", "voted", "vote", "votes",
            "internationalisation", "Internationalisation", "centre", "Centre", "—", ",", "\"", "’s", "US", "Us", "us", "x");
        var sentence = Gen.Select(words.Array[3, 30], Gen.OneOf<string>(".", "!", "?", ":", ""), (w, stop) => string.Join(' ', w) + stop);
        Gen.Select(sentence.Array[1, 8], sentence.Array[0, 3], (body, more) => string.Join(' ', body.Concat(more)))
            .Sample(text => Same(text), iter: 3000);
    }

    [Fact]
    public void A_sentence_taken_as_safe_has_the_same_tokens_alone_as_in_the_whole_text()
        => TextInsight.Tests.Text.RandomText.Text.Sample(text =>
        {
            var whole = new List<Token>();
            foreach (var t in Tokenizer.Tokenize(text))
            {
                whole.Add(t);
            }

            foreach (var sentence in SentenceSplitter.Default.Split(text))
            {
                if (!OneLineHeadline.Context.SameTokensAlone(text, sentence))
                {
                    continue;
                }

                var alone = new List<Token>();
                foreach (var t in Tokenizer.Tokenize(text.AsSpan(sentence.Start, sentence.Length)))
                {
                    alone.Add(new Token(sentence.Start + t.Start, t.Length, t.Kind));
                }

                Assert.Equal(whole.Where(t => t.Start >= sentence.Start && t.Start < sentence.End), alone);
            }
        }, iter: 5000);

    [SharedDataFact]
    public void Features_equal_the_reference_on_the_flattened_bbc_articles_with_and_without_their_headline()
    {
        string folder = Path.Combine(RepoPaths.SharedData, "bbc", "articles");
        int checkedTexts = 0;
        foreach (string f in Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, k) => k % 4 == 0))
        {
            string article = TextDecoding.Decode(File.ReadAllBytes(f), out _);
            Assert.True(Same(OneLineEvaluator.Flatten(article)), f);
            Assert.True(Same(OneLineEvaluator.Flatten(article[(article.IndexOf('\n') + 1)..])), f + " without its headline");
            checkedTexts += 2;
        }

        Assert.True(checkedTexts >= 800, $"only {checkedTexts} texts compared");
    }

    private static bool Same(string text)
    {
        var sentences = SentenceSplitter.Default.Split(text);
        if (sentences.Count == 0)
        {
            return true;
        }

        // The parser's path reads the other sentences' words from the tokens the splitter read; training tokenizes them.
        var tokens = new List<Token>();
        var split = new List<TextSpan>();
        SentenceSplitter.Default.Split(text, 0, split, tokens);
        if (!split.SequenceEqual(sentences))
        {
            return false;
        }

        var reference = new ReferenceOneLineFeatures.Context(text, sentences);
        var fresh = new OneLineHeadline.Context(text, sentences);
        var fromSplitter = new OneLineHeadline.Context(text, sentences, tokens);
        var reused = OneLineHeadline.Context.ForThread;
        reused.ReadFirst(text, sentences, tokens);
        reused.CountOthers(text, sentences, tokens);
        var expected = new double[OneLineHeadline.FeatureCount];
        var actual = new double[OneLineHeadline.FeatureCount];
        if (reference.FirstEndsWithStop != fresh.FirstEndsWithStop)
        {
            return false;
        }

        for (int i = 0; i < reference.First.Count && i <= OneLineHeadline.MaxWords; i++)
        {
            bool candidate = ReferenceOneLineFeatures.IsCandidate(text, reference, i);
            if (candidate != OneLineHeadline.IsCandidate(text, fresh, i) || candidate != OneLineHeadline.IsCandidate(text, fromSplitter, i)
                || candidate != OneLineHeadline.IsCandidate(text, reused, i))
            {
                return false;
            }

            if (!candidate)
            {
                continue;
            }

            ReferenceOneLineFeatures.Features(text, reference, i, expected);
            foreach (var c in new[] { fresh, fromSplitter, reused })
            {
                OneLineHeadline.Features(text, c, i, actual);
                if (!expected.AsSpan().SequenceEqual(actual))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
