using TextInsight.Internals;
using TextInsight.Tests.Support;
using Xunit;

namespace TextInsight.Tests.Internals;

/// <summary>The English word lists kept as data (src/TextInsight/Language/en): each one is embedded, read and well formed.</summary>
public sealed class WordListTests
{
    public static TheoryData<string> Lists() => new(Files());

    private static string[] Files() => Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "TextInsight", "Language", "en"), "*.txt")
        .Select(Path.GetFileNameWithoutExtension).ToArray()!;

    [Fact]
    public void Every_file_is_embedded()
    {
        var files = Files().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, WordLists.Names().Order(StringComparer.Ordinal));
        Assert.True(files.Length >= 20);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_reads_into_words_without_comments_or_blanks(string name)
    {
        var words = WordLists.Load(name, StringComparer.Ordinal);
        Assert.NotEmpty(words);
        Assert.All(words, w =>
        {
            Assert.DoesNotContain('#', w);
            Assert.False(string.IsNullOrWhiteSpace(w));
            Assert.Equal(w.Trim(), w);
        });

        // The lists are written in lower case: the exact lists are compared with lower-cased words.
        Assert.All(words, w => Assert.Equal(w.ToLowerInvariant(), w));
    }

    [Fact]
    public void A_missing_list_is_a_clear_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => WordLists.Load("no-such-list", StringComparer.Ordinal));
        Assert.Contains("TextInsight.Language.en.no-such-list.txt", e.Message, StringComparison.Ordinal);
    }
}
