using TextInsight.Internals;
using TextInsight.Structure;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The parser's main block (<c>ArticleParser.MainBlock</c>): the stretch in which short lines are kept at the lower
/// probability ends where three units in a row are not main text, and is the block with the most main-text words;
/// and the helpers of the page-text speed work (<see cref="InvariantCase"/>, <see cref="ThreadScratch"/>) against what
/// they replace.
/// </summary>
public sealed class StructureMainBlockTests
{
    private static TextUnit Prose(int words) => new() { Words = words, EndsSentence = true, StartsUpper = true, LowerWords = words };

    private static TextUnit Short() => new() { Words = 2, StartsUpper = true };

    /// <summary>Units from a pattern: P a prose unit of 30 words (or p of 60), s a short line; and their body probabilities.</summary>
    private static (TextUnit[] Units, double[] Body) Page(string pattern, double[] body)
    {
        var units = pattern.Select(c => c switch { 'P' => Prose(30), 'p' => Prose(60), _ => Short() }).ToArray();
        Assert.Equal(units.Length, body.Length);
        return (units, body);
    }

    [Fact]
    public void A_block_after_three_units_that_are_not_main_text_is_left_out()
    {
        // Article (0-2), three units of furniture (3-5), a comment of prose (6).
        var (units, body) = Page("PPPsssP", [0.95, 0.9, 0.95, 0.05, 0.3, 0.05, 0.8]);
        Assert.True(units[0].IsProse);
        int first = 0;
        int last = 6;
        ArticleParser.MainBlock(units, 0, body, ref first, ref last);
        Assert.Equal((0, 2), (first, last));
    }

    [Fact]
    public void Two_units_that_are_not_main_text_do_not_end_the_block()
    {
        var (units, body) = Page("PPPssP", [0.95, 0.9, 0.95, 0.05, 0.3, 0.8]);
        int first = 0;
        int last = 5;
        ArticleParser.MainBlock(units, 0, body, ref first, ref last);
        Assert.Equal((0, 5), (first, last));
    }

    [Fact]
    public void The_block_with_the_most_main_text_words_wins_wherever_it_stands()
    {
        // A teaser of prose at the top (0), then furniture, then the article of longer paragraphs (4-6).
        var (units, body) = Page("PssspPp", [0.7, 0.1, 0.1, 0.1, 0.9, 0.95, 0.9]);
        int first = 0;
        int last = 6;
        ArticleParser.MainBlock(units, 0, body, ref first, ref last);
        Assert.Equal((4, 6), (first, last));
    }

    [Fact]
    public void Invariant_case_tables_agree_with_char_on_every_character()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant((char)c), InvariantCase.ToLower((char)c));
            Assert.Equal(char.ToUpperInvariant((char)c), InvariantCase.ToUpper((char)c));
        }
    }

    [Fact]
    public void Invariant_lower_casing_in_place_agrees_with_the_span_method()
    {
        string s = "Ünïcödé ÉTÉ Straße İstanbul ΣΟΦΙΑ ABC def";
        var mine = s.ToCharArray();
        InvariantCase.ToLowerInPlace(mine);
        var theirs = new char[s.Length];
        s.AsSpan().ToLowerInvariant(theirs);
        Assert.Equal(new string(theirs), new string(mine));
    }

    [Fact]
    public void Thread_scratch_reuses_its_array_and_keeps_no_huge_one()
    {
        int[]? slot = null;
        var a = ThreadScratch.Get(ref slot, 100);
        Assert.True(a.Length >= 100);
        Assert.Same(a, slot);
        Assert.Same(a, ThreadScratch.Get(ref slot, 50));
        var b = ThreadScratch.Get(ref slot, a.Length + 1);
        Assert.True(b.Length > a.Length);
        Assert.Same(b, slot);
        var huge = ThreadScratch.Get(ref slot, ThreadScratch.MaxKeptElements + 1);
        Assert.Equal(ThreadScratch.MaxKeptElements + 1, huge.Length);
        Assert.Same(b, slot);
    }
}
