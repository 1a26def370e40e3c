using TextInsight.Text;

namespace TextInsight.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var spans = SentenceSplitter.Default.Split(text);
        var result = new string[spans.Count];
        for (int k = 0; k < spans.Count; k++)
        {
            result[k] = spans[k].GetText(text);
        }

        return result;
    }

    [Theory]
    // Abbreviations in the middle and at the end of sentences.
    [InlineData("Mr. Smith went to Washington. He arrived late.", "Mr. Smith went to Washington.", "He arrived late.")]
    [InlineData("Dr. Jones and Mrs. Brown met Prof. Lee at noon.", "Dr. Jones and Mrs. Brown met Prof. Lee at noon.")]
    [InlineData("Sen. Warren spoke. Rep. Pelosi listened.", "Sen. Warren spoke.", "Rep. Pelosi listened.")]
    [InlineData("Apple Inc. said profits rose. Shares jumped.", "Apple Inc. said profits rose.", "Shares jumped.")]
    [InlineData("He works for Acme Corp. The company is small.", "He works for Acme Corp.", "The company is small.")]
    [InlineData("The firm Acme Ltd. (formerly Acme Co.) grew fast.", "The firm Acme Ltd. (formerly Acme Co.) grew fast.")]
    [InlineData("The U.S. economy grew 3%. It was the best year since 2004.", "The U.S. economy grew 3%.", "It was the best year since 2004.")]
    [InlineData("She moved to the U.S. The move was hard.", "She moved to the U.S.", "The move was hard.")]
    [InlineData("He lives in the U.S. and works in Canada.", "He lives in the U.S. and works in Canada.")]
    [InlineData("Prices rose in the U.S. and fell in the U.K. last year.", "Prices rose in the U.S. and fell in the U.K. last year.")]
    [InlineData("Fruits, e.g. Apples, are healthy. Eat them.", "Fruits, e.g. Apples, are healthy.", "Eat them.")]
    [InlineData("Use a tool, i.e. a hammer. Then start.", "Use a tool, i.e. a hammer.", "Then start.")]
    [InlineData("Bring pens, paper, etc. We provide the rest.", "Bring pens, paper, etc.", "We provide the rest.")]
    [InlineData("Bring pens, paper, etc. and a laptop.", "Bring pens, paper, etc. and a laptop.")]
    [InlineData("Bring cups, plates, etc. so we can eat.", "Bring cups, plates, etc. so we can eat.")]
    [InlineData("He lives at No. 10 Downing Street. It is famous.", "He lives at No. 10 Downing Street.", "It is famous.")]
    [InlineData("I said no. Then I left.", "I said no.", "Then I left.")]
    [InlineData("The meeting starts at 10 a.m. and ends at noon.", "The meeting starts at 10 a.m. and ends at noon.")]
    [InlineData("The meeting starts at 10 a.m. The room is booked.", "The meeting starts at 10 a.m.", "The room is booked.")]
    [InlineData("We left at 5 p.m. on Friday.", "We left at 5 p.m. on Friday.")]
    [InlineData("The talk is at 3 p.m. Please be on time.", "The talk is at 3 p.m.", "Please be on time.")]
    [InlineData("St. Louis is in Missouri. It is large.", "St. Louis is in Missouri.", "It is large.")]
    [InlineData("It costs approx. 5 dollars.", "It costs approx. 5 dollars.")]
    [InlineData("It happened on Jan. 5, 2024. Nobody noticed.", "It happened on Jan. 5, 2024.", "Nobody noticed.")]
    [InlineData("Smith et al. found the effect. Others did not.", "Smith et al. found the effect.", "Others did not.")]
    [InlineData("Martin Luther King Jr. was born in Atlanta.", "Martin Luther King Jr. was born in Atlanta.")]
    [InlineData("The vote was 52 vs. 48 in favour.", "The vote was 52 vs. 48 in favour.")]
    [InlineData("He is a Ph.D. student at MIT.", "He is a Ph.D. student at MIT.")]
    [InlineData("She has a Ph.D. She teaches.", "She has a Ph.D.", "She teaches.")]
    [InlineData("The U.S.-led coalition advanced.", "The U.S.-led coalition advanced.")]
    [InlineData("Mr.Smith arrived.", "Mr.Smith arrived.")]
    // Initials.
    [InlineData("The book was written by J. R. R. Tolkien in England. It sold well.", "The book was written by J. R. R. Tolkien in England.", "It sold well.")]
    [InlineData("John F. Kennedy was president. He was young.", "John F. Kennedy was president.", "He was young.")]
    [InlineData("The letter was signed by A. Smith and B. Jones.", "The letter was signed by A. Smith and B. Jones.")]
    [InlineData("They fought in World War I. The war ended in 1918.", "They fought in World War I.", "The war ended in 1918.")]
    // Decimals, money and times.
    [InlineData("Sales rose 2.5% to $11.1bn. Profits fell.", "Sales rose 2.5% to $11.1bn.", "Profits fell.")]
    [InlineData("The rate is 3.75 percent. It was 3.5 percent.", "The rate is 3.75 percent.", "It was 3.5 percent.")]
    [InlineData("It cost $1,500,000.50 in total. That is a lot.", "It cost $1,500,000.50 in total.", "That is a lot.")]
    [InlineData("Version 2.0.1 was released. It fixes bugs.", "Version 2.0.1 was released.", "It fixes bugs.")]
    [InlineData("He was born in 1990. In 2000 he moved.", "He was born in 1990.", "In 2000 he moved.")]
    [InlineData("The score was 3-1. Arsenal won.", "The score was 3-1.", "Arsenal won.")]
    [InlineData("He arrived at 10:30. The train was late.", "He arrived at 10:30.", "The train was late.")]
    [InlineData("He was born in 2004. 2005 was better.", "He was born in 2004.", "2005 was better.")]
    // Numbered and lettered lists.
    [InlineData("1. Mix the flour.\n2. Add water.", "1. Mix the flour.", "2. Add water.")]
    [InlineData("a. Apples\nb. Pears", "a. Apples", "b. Pears")]
    [InlineData("- apples\n- pears\n- plums", "- apples", "- pears", "- plums")]
    [InlineData("• First item\n• Second item", "• First item", "• Second item")]
    [InlineData("The steps are: 1. Mix the flour. 2. Add water.", "The steps are: 1. Mix the flour.", "2. Add water.")]
    [InlineData("(a) the first case\n(b) the second case", "(a) the first case", "(b) the second case")]
    [InlineData("i. Introduction\nii. Methods", "i. Introduction", "ii. Methods")]
    [InlineData("A. First option\nB. Second option", "A. First option", "B. Second option")]
    [InlineData("Shopping list:\n- milk\n- eggs", "Shopping list:", "- milk", "- eggs")]
    [InlineData("1) Buy milk 2) Call Bob", "1) Buy milk", "2) Call Bob")]
    // Issue 20, by category (examples written for this project).
    // An abbreviation written before a number.
    [InlineData("The table is on p. 48 of the filing. It lists fees.", "The table is on p. 48 of the filing.", "It lists fees.")]
    [InlineData("The curve in fig. 2 is flat. Prices held.", "The curve in fig. 2 is flat.", "Prices held.")]
    [InlineData("Solve eq. 7 first. Then check it.", "Solve eq. 7 first.", "Then check it.")]
    // a.m. and p.m. that end a sentence before a title or a name, and that go on before a day or a time zone.
    [InlineData("The polls shut at 8 P.M. Mrs. Okafor counted first.", "The polls shut at 8 P.M.", "Mrs. Okafor counted first.")]
    [InlineData("Trading halted at 10 a.m. Dr. Varga explained why.", "Trading halted at 10 a.m.", "Dr. Varga explained why.")]
    [InlineData("The hearing ended at 4 p.m. Judge Ames left.", "The hearing ended at 4 p.m.", "Judge Ames left.")]
    [InlineData("Doors open at 7 p.m. Saturday in the hall.", "Doors open at 7 p.m. Saturday in the hall.")]
    [InlineData("The launch is at 6 a.m. EST from the coast.", "The launch is at 6 a.m. EST from the coast.")]
    // E-mail addresses with dots before the @.
    [InlineData("Write to li.wei.chen@press.example.org today. Replies are quick.", "Write to li.wei.chen@press.example.org today.", "Replies are quick.")]
    [InlineData("Contact m.a.diaz@example.com. She runs the desk.", "Contact m.a.diaz@example.com.", "She runs the desk.")]
    // Inline enumerations.
    [InlineData("Bring these: 1.) A torch 2.) Some water 3.) A coat", "Bring these: 1.) A torch", "2.) Some water", "3.) A coat")]
    [InlineData("1. Open the valve 2. Wait an hour 3. Close it", "1. Open the valve", "2. Wait an hour", "3. Close it")]
    [InlineData("a. Count the votes b. Sign the sheet c. File it", "a. Count the votes", "b. Sign the sheet", "c. File it")]
    [InlineData("• 4. Open the valve • 5. Close it", "• 4. Open the valve", "• 5. Close it")]
    [InlineData("⁃4. Open the valve ⁃5. Close it", "⁃4. Open the valve", "⁃5. Close it")]
    [InlineData("- 1. Open the valve - 2. Close it", "- 1. Open the valve", "- 2. Close it")]
    [InlineData("Buy a. apples and b. pears today.", "Buy a. apples and b. pears today.")]
    [InlineData("See steps 1. and 2. before you start.", "See steps 1. and 2. before you start.")]
    // Numbers with several dots.
    [InlineData("Install release 3.10.2. It fixes the bug.", "Install release 3.10.2.", "It fixes the bug.")]
    [InlineData("The host 10.0.12.7 was down. It is back.", "The host 10.0.12.7 was down.", "It is back.")]
    // The pronoun I ending a sentence, and a middle initial.
    [InlineData("Nobody answered but I. Maria had left.", "Nobody answered but I.", "Maria had left.")]
    [InlineData("The fund was set up by Clara J. Osei in 1990.", "The fund was set up by Clara J. Osei in 1990.")]
    [InlineData("The late Walter I. Brandt built it.", "The late Walter I. Brandt built it.")]
    // Bracketed ellipses and a citation after a closing quote.
    [InlineData("The memo said \"we regret [...] the delay\" and stopped.", "The memo said \"we regret [...] the delay\" and stopped.")]
    [InlineData("Her essay reads, \"The sea was grey.\" (Adeyemi 31). Critics agreed.", "Her essay reads, \"The sea was grey.\" (Adeyemi 31).", "Critics agreed.")]
    [InlineData("He wrote, \"All is lost.\" (Hale, p. 9). Then he rested.", "He wrote, \"All is lost.\" (Hale, p. 9).", "Then he rested.")]
    // Spaced ellipses inside a sentence, and a four-dot ellipsis that ends one.
    [InlineData("I thought . . . It did not matter. We left.", "I thought . . . It did not matter.", "We left.")]
    [InlineData("The road went on . . . . Night fell.", "The road went on . . . .", "Night fell.")]
    [InlineData("He hesitated.... Then he signed.", "He hesitated....", "Then he signed.")]
    [InlineData("10. The last item.", "10. The last item.")]
    // Ellipses.
    [InlineData("I waited... and waited.", "I waited... and waited.")]
    [InlineData("I waited... Nobody came.", "I waited...", "Nobody came.")]
    [InlineData("I waited… Nobody came.", "I waited…", "Nobody came.")]
    [InlineData("Well… maybe not.", "Well… maybe not.")]
    [InlineData("The list goes on and on...", "The list goes on and on...")]
    // Quotations and parentheses, the final mark inside or outside.
    [InlineData("\"Go home.\" He left.", "\"Go home.\"", "He left.")]
    [InlineData("“Go home.” He left.", "“Go home.”", "He left.")]
    [InlineData("“Why?” she asked.", "“Why?” she asked.")]
    [InlineData("\"Why?\" she asked. \"Because,\" he said.", "\"Why?\" she asked.", "\"Because,\" he said.")]
    [InlineData("He called it \"amazing\". Then he left.", "He called it \"amazing\".", "Then he left.")]
    [InlineData("He left (for good). Then he came back.", "He left (for good).", "Then he came back.")]
    [InlineData("(This is an aside.) The main text continues.", "(This is an aside.)", "The main text continues.")]
    [InlineData("He said (quietly!) that he would go.", "He said (quietly!) that he would go.")]
    [InlineData("‘Stop!’ she cried. Nobody stopped.", "‘Stop!’ she cried.", "Nobody stopped.")]
    [InlineData("She said: \"We are pleased.\" The board agreed.", "She said: \"We are pleased.\"", "The board agreed.")]
    [InlineData("He asked, “Is it done?” Nobody answered.", "He asked, “Is it done?”", "Nobody answered.")]
    [InlineData("It failed. “We are sorry,” the firm said.", "It failed.", "“We are sorry,” the firm said.")]
    // Question and exclamation marks.
    [InlineData("Is it done? Yes.", "Is it done?", "Yes.")]
    [InlineData("Wow! That was fast.", "Wow!", "That was fast.")]
    [InlineData("What?! No way!", "What?!", "No way!")]
    [InlineData("Really?! she asked.", "Really?! she asked.")]
    [InlineData("Stop! Stop! Stop!", "Stop!", "Stop!", "Stop!")]
    [InlineData("Call 555-1234 now! Offers end soon.", "Call 555-1234 now!", "Offers end soon.")]
    // Addresses.
    [InlineData("Visit www.bbc.co.uk for news. It is free.", "Visit www.bbc.co.uk for news.", "It is free.")]
    [InlineData("Visit https://www.apache.org/. It is the ASF site.", "Visit https://www.apache.org/.", "It is the ASF site.")]
    [InlineData("Email press@apache.org. They reply fast.", "Email press@apache.org.", "They reply fast.")]
    [InlineData("Amazon.com reported sales. They rose.", "Amazon.com reported sales.", "They rose.")]
    [InlineData("Read the node.js docs. They help.", "Read the node.js docs.", "They help.")]
    // Sentences glued together without a space, as in the BBC summaries.
    [InlineData("Sales rose to $11.1bn from $10.9bn.For the full-year, it posted a profit.", "Sales rose to $11.1bn from $10.9bn.", "For the full-year, it posted a profit.")]
    [InlineData("Mr Smith said.Ms Jones agreed.", "Mr Smith said.", "Ms Jones agreed.")]
    [InlineData("Profits rose in 2005.The firm was happy.", "Profits rose in 2005.", "The firm was happy.")]
    [InlineData("Shares rose 3% last week.US markets were calm.", "Shares rose 3% last week.", "US markets were calm.")]
    [InlineData("He scored a late goal.\"I was lucky,\" he said.", "He scored a late goal.", "\"I was lucky,\" he said.")]
    [InlineData("It was his best \"experience\".Mr Brown agreed.", "It was his best \"experience\".", "Mr Brown agreed.")]
    [InlineData("He said \"stop.\" Then he left.", "He said \"stop.\"", "Then he left.")]
    [InlineData("The campaign will continue.\"We are ready,\" he said.", "The campaign will continue.", "\"We are ready,\" he said.")]
    [InlineData("She said: \"We tried. We failed.\" Then she left.", "She said: \"We tried.", "We failed.\"", "Then she left.")]
    [InlineData("It made $1.13bn (£600m).For 2005, it expects growth.", "It made $1.13bn (£600m).", "For 2005, it expects growth.")]
    // Headings, paragraphs and line breaks.
    [InlineData("Why Open Source Matters\nFrom data systems to tooling, projects rely on Apache.", "Why Open Source Matters", "From data systems to tooling, projects rely on Apache.")]
    [InlineData("The company said on\nMonday that profits rose.", "The company said on\nMonday that profits rose.")]
    [InlineData("Results\n\nProfits rose.", "Results", "Profits rose.")]
    [InlineData("Profits rose sharply in the\nfourth quarter. Sales fell.", "Profits rose sharply in the\nfourth quarter.", "Sales fell.")]
    [InlineData("Chapter One\nIt was a dark night.", "Chapter One", "It was a dark night.")]
    [InlineData("This line has no period\n\nNext paragraph here", "This line has no period", "Next paragraph here")]
    [InlineData("Profits rose.\nSales fell.", "Profits rose.", "Sales fell.")]
    [InlineData("Profits rose.\r\n\r\nSales fell.", "Profits rose.", "Sales fell.")]
    [InlineData("A wrapped sentence, which continues\nright here.", "A wrapped sentence, which continues\nright here.")]
    // Other scripts, white space and unfinished text.
    [InlineData("   Leading and trailing spaces.   ", "Leading and trailing spaces.")]
    [InlineData("No final punctuation", "No final punctuation")]
    [InlineData("他来了。她走了。", "他来了。", "她走了。")]
    [InlineData("Apple’s shares rose. Anthropic’s did too.", "Apple’s shares rose.", "Anthropic’s did too.")]
    public void Splits_hard_cases_as_a_careful_reader_does(string text, params string[] expected)
        => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Empty_and_white_space_only_texts_have_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Default.Split(""));
        Assert.Empty(SentenceSplitter.Default.Split(" \n\t "));
    }

    [Fact]
    public void Shifts_spans_by_the_offset_of_the_paragraph()
    {
        const string document = "Title\n\nFirst one. Second one.";
        int paragraph = document.IndexOf("First", StringComparison.Ordinal);
        var spans = new List<TextSpan>();
        SentenceSplitter.Default.Split(document.AsSpan(paragraph), paragraph, spans);
        Assert.Equal([new TextSpan(7, 10), new TextSpan(18, 11)], spans);
        Assert.Equal("Second one.", spans[1].GetText(document));
    }

    [Fact]
    public void Rejects_a_null_collection()
        => Assert.Throws<ArgumentNullException>("sentences", () => SentenceSplitter.Default.Split("A.", 0, null!));
}
