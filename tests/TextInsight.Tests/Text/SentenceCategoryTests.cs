using TextInsight.Text;

namespace TextInsight.Tests.Text;

/// <summary>
/// Sentence boundaries by category (issue 20), with examples written for this project: plain marks, abbreviations of
/// every kind, numbers and addresses with periods, quotes, brackets and ellipses, times, initials and the pronoun I,
/// and inline lists, including one that starts inside a sentence without a colon.
/// </summary>
public sealed class SentenceCategoryTests
{
    private static string[] Sentences(string text)
    {
        var spans = SentenceSplitter.Default.Split(text);
        return spans.Select(s => s.GetText(text)).ToArray();
    }

    [Theory]
    // Plain marks, doubled marks.
    [InlineData("I live here. You live there.", "I live here.", "You live there.")]
    [InlineData("Is it late? Yes, it is.", "Is it late?", "Yes, it is.")]
    [InlineData("Stop! Go home now.", "Stop!", "Go home now.")]
    [InlineData("Really?! Yes.", "Really?!", "Yes.")]
    // Single capital initials and lower-case abbreviations inside a sentence.
    [InlineData("The novel was written by H. G. Wells in a hurry.", "The novel was written by H. G. Wells in a hurry.")]
    [InlineData("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it.")]
    [InlineData("It was approx. ten miles away.", "It was approx. ten miles away.")]
    [InlineData("They sell fruit, bread, etc. at the market.", "They sell fruit, bread, etc. at the market.")]
    [InlineData("They sell fruit, bread, etc. The market is busy.", "They sell fruit, bread, etc.", "The market is busy.")]
    [InlineData("He is a Ph.D. student at MIT.", "He is a Ph.D. student at MIT.")]
    [InlineData("She moved to St. Louis last year.", "She moved to St. Louis last year.")]
    [InlineData("Prof. Smith spoke. Dr. Jones replied.", "Prof. Smith spoke.", "Dr. Jones replied.")]
    [InlineData("She joined Apple Inc. The company grew.", "She joined Apple Inc.", "The company grew.")]
    [InlineData("He lives in the U.S. He likes it.", "He lives in the U.S.", "He likes it.")]
    [InlineData("He lives in the U.S. Army base.", "He lives in the U.S. Army base.")]
    [InlineData("The meeting is on Jan. 5 at noon.", "The meeting is on Jan. 5 at noon.")]
    // An abbreviation before a number.
    [InlineData("Look at fig. 3 for the data.", "Look at fig. 3 for the data.")]
    [InlineData("See p. 12 for the proof.", "See p. 12 for the proof.")]
    [InlineData("The item is item no. 7 in the list.", "The item is item no. 7 in the list.")]
    [InlineData("He lives at No. 5 Main St. in town.", "He lives at No. 5 Main St. in town.")]
    // Numbers, amounts and addresses with periods.
    [InlineData("The version is 2.3.1 now. It is new.", "The version is 2.3.1 now.", "It is new.")]
    [InlineData("Call 555.123.4567 today.", "Call 555.123.4567 today.")]
    [InlineData("There were 1.5 million people. Most stayed.", "There were 1.5 million people.", "Most stayed.")]
    [InlineData("He paid $5.50. Then he left.", "He paid $5.50.", "Then he left.")]
    [InlineData("The firm made U.S.$2 million.", "The firm made U.S.$2 million.")]
    [InlineData("He earned 3 Mio. Euro last year.", "He earned 3 Mio. Euro last year.")]
    [InlineData("Write to jo.smith@mail.example.org for details.", "Write to jo.smith@mail.example.org for details.")]
    [InlineData("Go to www.example.com. It is free.", "Go to www.example.com.", "It is free.")]
    // Times.
    [InlineData("The store closed at 9 P.M. Mrs. Lee then went home.", "The store closed at 9 P.M.", "Mrs. Lee then went home.")]
    [InlineData("Let's meet at 10 a.m. tomorrow.", "Let's meet at 10 a.m. tomorrow.")]
    [InlineData("It is 5 p.m. in London.", "It is 5 p.m. in London.")]
    // The pronoun I against a middle initial.
    [InlineData("It was me, said I. Nobody else did.", "It was me, said I.", "Nobody else did.")]
    [InlineData("The bill was signed by John F. Kennedy in 1963.", "The bill was signed by John F. Kennedy in 1963.")]
    // Quotes, brackets, citations, ellipses.
    [InlineData("\"Go home.\" He went.", "\"Go home.\"", "He went.")]
    [InlineData("She said \"no.\" Then she left.", "She said \"no.\"", "Then she left.")]
    [InlineData("He asked, \"Are you sure?\" and left.", "He asked, \"Are you sure?\" and left.")]
    [InlineData("'Why?' she asked.", "'Why?' she asked.")]
    [InlineData("He won (again). She lost.", "He won (again).", "She lost.")]
    [InlineData("He left (at 5 p.m.) and came back.", "He left (at 5 p.m.) and came back.")]
    [InlineData("\"It was cold.\" (Ortega 44). The next day was warm.", "\"It was cold.\" (Ortega 44).", "The next day was warm.")]
    [InlineData("Wait [...] and see.", "Wait [...] and see.")]
    [InlineData("He paused . . . and went on.", "He paused . . . and went on.")]
    [InlineData("It ended . . . . Then it was quiet.", "It ended . . . .", "Then it was quiet.")]
    [InlineData("Wait... What happened?", "Wait...", "What happened?")]
    // Inline lists, after a colon or starting inside a sentence without one.
    [InlineData("You need three things 1) a tent 2) a stove 3) a map.", "You need three things", "1) a tent", "2) a stove", "3) a map.")]
    [InlineData("The steps are 1. Wash 2. Dry 3. Fold.", "The steps are", "1. Wash", "2. Dry", "3. Fold.")]
    [InlineData("Pack these 1.) socks 2.) boots 3.) a hat.", "Pack these", "1.) socks", "2.) boots", "3.) a hat.")]
    [InlineData("Choose - 1. red - 2. blue - 3. green.", "Choose", "- 1. red", "- 2. blue", "- 3. green.")]
    [InlineData("Options are a) Rail b) Road.", "Options are", "a) Rail", "b) Road.")]
    [InlineData("Bring: 1) a tent 2) a stove.", "Bring: 1) a tent", "2) a stove.")]
    [InlineData("See steps 1. and 2. before you start.", "See steps 1. and 2. before you start.")]
    [InlineData("He came 1st and she came 2nd.", "He came 1st and she came 2nd.")]
    [InlineData("Chapter 1) was long and so was chapter 3).", "Chapter 1) was long and so was chapter 3).")]
    public void Splits_by_category(string text, params string[] expected)
        => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Splitting_allocates_nothing_but_the_output()
    {
        const string text = "You need three things 1) a tent 2) a stove 3) a map. The steps are 1. Wash 2. Dry 3. Fold. "
                            + "He earned 3 Mio. Euro at 9 P.M. Mrs. Lee said \"no.\" (Jones 12). Wait . . . then go. See p. 12. "
                            + "It ended . . . . Mr. K. Singh left the U.S. He went home.\n- 1. red\n- 2. blue\n• one • two";
        var sentences = new List<TextSpan>(64);
        SentenceSplitter.Default.Split(text, 0, sentences);
        int count = sentences.Count;
        sentences.Clear();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < 20; k++)
        {
            sentences.Clear();
            SentenceSplitter.Default.Split(text, 0, sentences);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(count, sentences.Count);
        Assert.True(count > 10, $"{count} sentences");
        Assert.Equal(0, allocated);
    }
}
