using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Anthropic’s contribution", "Anthropic ’s contribution")]
    [InlineData("Anthropic's donation", "Anthropic 's donation")]
    [InlineData("AOL's underlying profit", "AOL 's underlying profit")]
    [InlineData("what’s being built", "what ’s being built")]
    [InlineData("don't", "do n't")]
    [InlineData("Don’t go", "Do n’t go")]
    [InlineData("DON'T", "DO N'T")]
    [InlineData("can't", "ca n't")]
    [InlineData("won't", "wo n't")]
    [InlineData("They'll", "They 'll")]
    [InlineData("I'm here", "I 'm here")]
    [InlineData("we've", "we 've")]
    [InlineData("she'd", "she 'd")]
    [InlineData("you're", "you 're")]
    [InlineData("analysts' expectations", "analysts ' expectations")]
    [InlineData("the 1990's boom", "the 1990 's boom")]
    [InlineData("O'Neill", "O'Neill")]
    [InlineData("rock'n'roll", "rock'n'roll")]
    [InlineData("AT&T's network", "AT&T 's network")]
    [InlineData("Boatmen 's stock", "Boatmen 's stock")]
    [InlineData("at Lord 's , London", "at Lord 's , London")]
    [InlineData("They 're here", "They 're here")]
    [InlineData("the 's' key", "the ' s ' key")]
    [InlineData("a 'sup' card", "a ' sup ' card")]
    public void Splits_possessives_and_contractions_like_the_Penn_Treebank(string text, string expected)
        => Assert.Equal(expected, TokenAssert.RenderTexts(text));

    [Theory]
    [InlineData("Kubernetes-driven environments", "Kubernetes-driven/Word environments/Word")]
    [InlineData("a co-founder", "a/Word co-founder/Word")]
    [InlineData("vendor-neutral steward", "vendor-neutral/Word steward/Word")]
    [InlineData("mother-in-law's", "mother-in-law/Word 's/Word")]
    [InlineData("COVID-19", "COVID-19/Word")]
    [InlineData("a 10-year-old boy", "a/Word 10-year-old/Word boy/Word")]
    [InlineData("AT&T and R&B", "AT&T/Word and/Word R&B/Word")]
    [InlineData("well - known", "well/Word -/Punctuation known/Word")]
    [InlineData("end-", "end/Word -/Punctuation")]
    public void Keeps_hyphenated_compounds_as_one_word(string text, string expected)
        => Assert.Equal(expected, TokenAssert.Render(text));

    [Theory]
    [InlineData("the U.S. economy", "the U.S. economy")]
    [InlineData("U.S.-led talks", "U.S. - led talks")]
    [InlineData("Dr. Smith", "Dr. Smith")]
    [InlineData("Mr.Smith", "Mr. Smith")]
    [InlineData("J. R. R. Tolkien", "J. R. R. Tolkien")]
    [InlineData("J.R.R. Tolkien", "J.R.R. Tolkien")]
    [InlineData("e.g. this", "e.g. this")]
    [InlineData("i.e., that", "i.e. , that")]
    [InlineData("at 10 a.m. today", "at 10 a.m. today")]
    [InlineData("Apple Inc. said", "Apple Inc. said")]
    [InlineData("a Ph.D. student", "a Ph.D. student")]
    [InlineData("No. 10 Downing St.", "No. 10 Downing St.")]
    [InlineData("I said no. Then", "I said no . Then")]
    [InlineData("books, toys etc.", "books , toys etc.")]
    [InlineData("Plan B...", "Plan B ...")]
    [InlineData("ends here.", "ends here .")]
    [InlineData("St. Petersburg, Fla., for", "St. Petersburg , Fla. , for")]
    [InlineData("Daniels Pharmaceuticals Inc of St. Petersburg , Fla. , for about 2,960,000 shares", "Daniels Pharmaceuticals Inc of St. Petersburg , Fla. , for about 2,960,000 shares")]
    [InlineData("Wilmington, Del.; Dover", "Wilmington , Del. ; Dover")]
    public void Keeps_abbreviations_and_initials_with_their_periods(string text, string expected)
        => Assert.Equal(expected, TokenAssert.RenderTexts(text));

    [Theory]
    [InlineData("1.5", "1.5/Number")]
    [InlineData("1,500,000", "1,500,000/Number")]
    [InlineData("1.500.000,50", "1.500.000,50/Number")]
    [InlineData("10:30", "10:30/Number")]
    [InlineData("2024-05-01", "2024-05-01/Number")]
    [InlineData("05/01/2024", "05/01/2024/Number")]
    [InlineData("won 3-1", "won/Word 3-1/Number")]
    [InlineData("in 2005.", "in/Word 2005/Number ./Punctuation")]
    [InlineData("the 1990s", "the/Word 1990s/Number")]
    [InlineData("the 21st century", "the/Word 21st/Number century/Word")]
    [InlineData("4G phones", "4G/Word phones/Word")]
    [InlineData("at 10pm", "at/Word 10/Number pm/Word")]
    [InlineData("12.5%", "12.5/Number %/Percent")]
    [InlineData("up 27% from", "up/Word 27/Number %/Percent from/Word")]
    [InlineData("١٢٣ items", "١٢٣/Number items/Word")]
    [InlineData("TORONTO 63 72 .467 12", "TORONTO/Word 63/Number 72/Number .467/Number 12/Number")]
    [InlineData("a .22 rifle", "a/Word .22/Number rifle/Word")]
    public void Reads_numbers_times_and_dates_whole(string text, string expected)
        => Assert.Equal(expected, TokenAssert.Render(text));

    [Theory]
    [InlineData("$1.5M", "$/Currency 1.5/Number M/Word")]
    [InlineData("$1.5 million", "$/Currency 1.5/Number million/Word")]
    [InlineData("a $1.5M.", "a/Word $/Currency 1.5/Number M/Word ./Punctuation")]
    [InlineData("US$2bn", "US$/Currency 2/Number bn/Word")]
    [InlineData("€300k", "€/Currency 300/Number k/Word")]
    [InlineData("£1.2 billion", "£/Currency 1.2/Number billion/Word")]
    [InlineData("$1.13bn (£600m)", "$/Currency 1.13/Number bn/Word (/Punctuation £/Currency 600/Number m/Word )/Punctuation")]
    [InlineData("USD 100", "USD/Currency 100/Number")]
    [InlineData("EUR100", "EUR/Currency 100/Number")]
    [InlineData("¥500", "¥/Currency 500/Number")]
    [InlineData("₹2,000 crore", "₹/Currency 2,000/Number crore/Word")]
    public void Splits_money_into_currency_amount_and_scale(string text, string expected)
        => Assert.Equal(expected, TokenAssert.Render(text));

    [Theory]
    [InlineData("$10.9bn.For the full-year", "$/Currency 10.9/Number bn/Word ./Punctuation For/Word the/Word full-year/Word")]
    [InlineData("said.Mr Smith", "said/Word ./Punctuation Mr/Word Smith/Word")]
    [InlineData("rise.US shares", "rise/Word ./Punctuation US/Word shares/Word")]
    [InlineData("2005.The", "2005/Number ./Punctuation The/Word")]
    [InlineData("goal.\"I", "goal/Word ./Punctuation \"/Punctuation I/Word")]
    public void Splits_a_period_glued_to_the_next_sentence(string text, string expected)
        => Assert.Equal(expected, TokenAssert.Render(text));

    [Theory]
    [InlineData("see https://www.apache.org/foundation/.", "see/Word https://www.apache.org/foundation//Url ./Punctuation")]
    [InlineData("(https://en.wikipedia.org/wiki/Foo_(bar))", "(/Punctuation https://en.wikipedia.org/wiki/Foo_(bar)/Url )/Punctuation")]
    [InlineData("www.bbc.co.uk/news, today", "www.bbc.co.uk/news/Url ,/Punctuation today/Word")]
    [InlineData("visit bbc.co.uk.", "visit/Word bbc.co.uk/Url ./Punctuation")]
    [InlineData("Amazon.com shares", "Amazon.com/Url shares/Word")]
    [InlineData("http://example.com?q=1&r=2", "http://example.com?q=1&r=2/Url")]
    [InlineData("node.js code", "node.js/Word code/Word")]
    [InlineData("write to press@apache.org.", "write/Word to/Word press@apache.org/Email ./Punctuation")]
    [InlineData("john.smith@example.co.uk", "john.smith@example.co.uk/Email")]
    [InlineData("j_doe+news@mail.example.org", "j_doe+news@mail.example.org/Email")]
    [InlineData("me@home", "me/Word @home/Mention")]
    [InlineData("#OpenSource by @anthropic_ai", "#OpenSource/Hashtag by/Word @anthropic_ai/Mention")]
    [InlineData("# 1", "#/Punctuation 1/Number")]
    public void Reads_addresses_hashtags_and_mentions_whole(string text, string expected)
        => Assert.Equal(expected, TokenAssert.Render(text));

    [Theory]
    [InlineData("“Hello,” she said.", "“/Punctuation Hello/Word ,/Punctuation ”/Punctuation she/Word said/Word ./Punctuation")]
    [InlineData("\"Hi\"", "\"/Punctuation Hi/Word \"/Punctuation")]
    [InlineData("‘quoted’ word", "‘/Punctuation quoted/Word ’/Punctuation word/Word")]
    [InlineData("layers—many", "layers/Word —/Punctuation many/Word")]
    [InlineData("2–1 win", "2/Number –/Punctuation 1/Number win/Word")]
    [InlineData("wait -- what", "wait/Word --/Punctuation what/Word")]
    [InlineData("wait... what", "wait/Word .../Punctuation what/Word")]
    [InlineData("wait… what", "wait/Word …/Punctuation what/Word")]
    [InlineData("Why?! No!", "Why/Word ?/Punctuation !/Punctuation No/Word !/Punctuation")]
    [InlineData("a + b = c", "a/Word +/Symbol b/Word =/Symbol c/Word")]
    [InlineData("20°C ©", "20/Number °/Symbol C/Word ©/Symbol")]
    public void Reads_quotes_dashes_ellipses_and_symbols(string text, string expected)
        => Assert.Equal(expected, TokenAssert.Render(text));

    [Theory]
    [InlineData("Ελληνικά κείμενα", "Ελληνικά/Word κείμενα/Word")]
    [InlineData("Zürich café", "Zürich/Word café/Word")]
    [InlineData("nai\u0308ve", "nai\u0308ve/Word")]
    [InlineData("हिन्दी भाषा", "हिन्दी/Word भाषा/Word")]
    [InlineData("مرحبا بالعالم", "مرحبا/Word بالعالم/Word")]
    [InlineData("東京都", "東京都/Word")]
    [InlineData("𝒜𝒷𝒸 x", "𝒜𝒷𝒸/Word x/Word")]
    [InlineData("\u0301a", "\u0301/Symbol a/Word")]
    [InlineData("!\u0301", "!\u0301/Punctuation")]
    public void Reads_letters_of_any_script_with_their_marks(string text, string expected)
        => Assert.Equal(expected, TokenAssert.Render(text));

    [Theory]
    [InlineData("great 👍🏽!", "great/Word 👍🏽/Emoji !/Punctuation")]
    [InlineData("👨‍👩‍👧 family", "👨‍👩‍👧/Emoji family/Word")]
    [InlineData("🇬🇧🇫🇷", "🇬🇧/Emoji 🇫🇷/Emoji")]
    [InlineData("I ❤️ NY", "I/Word ❤️/Emoji NY/Word")]
    [InlineData("👩🏽‍💻", "👩🏽‍💻/Emoji")]
    [InlineData("1️⃣ first", "1️⃣/Emoji first/Word")]
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🏴󠁧󠁢󠁳󠁣󠁴󠁿/Emoji")]
    public void Reads_emoji_sequences_as_one_token(string text, string expected)
        => Assert.Equal(expected, TokenAssert.Render(text));

    [Fact]
    public void Gives_exact_offsets_and_skips_every_kind_of_white_space()
    {
        const string text = "\u00A0 a\tb\r\n\u2003c ";
        var tokens = new List<Token>();
        foreach (var t in Tokenizer.Tokenize(text))
        {
            tokens.Add(t);
        }

        Assert.Equal([new Token(2, 1, TokenKind.Word), new Token(4, 1, TokenKind.Word), new Token(8, 1, TokenKind.Word)], tokens);
    }

    [Fact]
    public void Count_equals_the_number_of_enumerated_tokens_on_the_seed_article()
    {
        int enumerated = 0;
        foreach (var _ in Tokenizer.Tokenize(SeedArticle.Text))
        {
            enumerated++;
        }

        Assert.Equal(enumerated, Tokenizer.Count(SeedArticle.Text));
    }

    [Fact]
    public void Tokenizes_the_seed_title_for_the_money_recognizer()
    {
        string title = SeedArticle.Text[..SeedArticle.Text.IndexOf('\n')];
        Assert.Equal(
            "Anthropic/Word Backs/Word Apache/Word with/Word $/Currency 1.5/Number M/Word to/Word Strengthen/Word Open/Word Source/Word Infrastructure/Word",
            TokenAssert.Render(title));
    }

    [Fact]
    public void Tokenizes_a_seed_sentence_with_possessive_and_compound()
    {
        const string sentence = "Anthropic’s contribution comes at a time when AI development is accelerating rapidly.";
        Assert.Contains(sentence, SeedArticle.Text);
        Assert.Equal(
            "Anthropic ’s contribution comes at a time when AI development is accelerating rapidly .",
            TokenAssert.RenderTexts(sentence));
    }

    [Fact]
    public void Empty_and_white_space_only_texts_have_no_tokens()
    {
        Assert.Equal(0, Tokenizer.Count(""));
        Assert.Equal(0, Tokenizer.Count(" \n\t\u00A0"));
    }
}
