using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Summaries;

public class KeyphraseExtractorTests
{
    private static readonly HashSet<string> NonContentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "previous", "next", "article", "the", "a", "of", "and", "to", "in", "0",
    };

    private static IReadOnlyList<Keyphrase> SeedPhrases(ArticleStructure structure, int max = 10)
        => KeyphraseExtractor.Default.Extract(structure, SeedStructure.BodySentences(structure), EntityAnalysis.Empty, max);

    [Fact]
    public void Word_graph_edge_keys_are_one_per_pair_and_spread_over_the_hash_table()
    {
        // A text of ever new words links words numbered n and n + 1 to n + 3. Keyed by the bare pair, those edges had
        // the hash x ^ y (a few dozen values for 200,000 edges), so the graph's table was a few long chains and key
        // phrases quadratic in such a text's length; pinned here by counting, the speed in docs/PERFORMANCE.md.
        const int words = 65_536;
        var keys = new HashSet<long>();
        var hashes = new HashSet<int>();
        var buckets = new int[1 << 16];
        int edges = 0;
        for (int x = 0; x < words; x++)
        {
            for (int y = x + 1; y <= x + 3; y++)
            {
                long key = KeyphraseExtractor.EdgeKey(x, y);
                Assert.Equal(key, KeyphraseExtractor.EdgeKey(y, x));
                Assert.True(keys.Add(key));
                hashes.Add(key.GetHashCode());
                buckets[(uint)key.GetHashCode() % (uint)buckets.Length]++;
                edges++;
            }
        }

        Assert.True(hashes.Count > edges * 0.99, $"{hashes.Count} distinct hashes of {edges} edges");
        Assert.True(buckets.Max() < 32, $"the fullest of {buckets.Length} buckets holds {buckets.Max()} of {edges} edges");
    }

    [Fact]
    public void Seed_key_phrases_include_open_source()
    {
        Assert.Contains(SeedPhrases(SeedStructure.Build()), k => k.Text == "open source");
    }

    [Fact]
    public void Seed_key_phrases_include_the_foundation()
    {
        Assert.Contains(SeedPhrases(SeedStructure.Build()), k => k.Text.Contains("ASF", StringComparison.Ordinal) || k.Text.Contains("Apache", StringComparison.Ordinal));
    }

    [Fact]
    public void Boilerplate_read_as_paragraphs_gives_no_boilerplate_phrase()
    {
        // The plain-text parser may keep "Previous article" and "Next article" as paragraphs: the words still rule them out.
        var structure = ArticleParser.Default.Parse(SeedArticle.Text);

        var phrases = SeedPhrases(structure, max: 100);

        Assert.NotEmpty(phrases);
        Assert.All(phrases, k => Assert.Contains(k.Text.Split(' ', '-'), w => !NonContentWords.Contains(w)));
        Assert.DoesNotContain(phrases, k => k.Text.Contains("article", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Scores_fall_from_one_and_stay_in_the_unit_interval()
    {
        var phrases = SeedPhrases(SeedStructure.Build(), max: 50);

        Assert.Equal(1.0, phrases[0].Score);
        Assert.All(phrases, k => Assert.InRange(k.Score, 0.0, 1.0));
        Assert.Equal(phrases.OrderByDescending(k => k.Score).Select(k => k.Score), phrases.Select(k => k.Score));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void At_most_max_phrases_are_returned(int max)
    {
        Assert.Equal(max, SeedPhrases(SeedStructure.Build(), max).Count);
    }

    [Theory]
    [InlineData("open-source", "open source")]
    [InlineData("data centres", "data centre")]
    public void Variants_merge_into_one_phrase(string first, string second)
    {
        string text = $"Cloud news\n\nThe firm builds {first} tools for every market. Its {second} plans grow. Rivals copy the {first} model.";
        var structure = ArticleParser.Default.Parse(text);

        var phrases = KeyphraseExtractor.Default.Extract(structure, SeedStructure.BodySentences(structure), EntityAnalysis.Empty, 20);

        Assert.Single(phrases, k => k.Text == first || k.Text == second);
    }

    [Fact]
    public void Salient_entity_name_ranks_first()
    {
        var structure = SeedStructure.Build();
        var entity = new LinkedEntity { Id = 1, Name = "Ruth Suehle", Type = EntityType.Person, Mentions = 1, Salience = 1 };
        var entities = new EntityAnalysis([], [entity]);
        var extractor = KeyphraseExtractor.Default;

        var without = extractor.Extract(structure, SeedStructure.BodySentences(structure), EntityAnalysis.Empty, 100);
        var with = extractor.Extract(structure, SeedStructure.BodySentences(structure), entities, 100);

        int before = without.ToList().FindIndex(k => k.Text == "Ruth Suehle");
        int after = with.ToList().FindIndex(k => k.Text == "Ruth Suehle");
        Assert.True(after >= 0 && (before < 0 || after < before), $"rank without entity {before}, with {after}");
    }
}

public class KeyphraseSeedTests
{
    private static readonly string[] DateWords =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday",
    ];

    [Fact]
    public void Seed_article_phrases_are_sensible_through_the_analyzer()
    {
        var phrases = TextAnalyzer.CreateDefault().Analyze(SeedArticle.Text).Keyphrases;

        Assert.Equal(10, phrases.Count);
        Assert.Contains(phrases, k => k.Text == "open source");
        Assert.Contains(phrases, k => k.Text is "Apache Software Foundation" or "ASF");
        Assert.DoesNotContain(phrases, k => k.Text.Any(char.IsDigit));
        Assert.DoesNotContain(phrases, k => k.Text.ToLowerInvariant().Split(' ', '-').Any(w => DateWords.Contains(w)));
    }

    [Fact]
    public void An_amounts_scale_is_no_phrase_but_its_currency_and_a_scale_word_elsewhere_stay_words()
    {
        const string text = """
            Yukos bill rises to $28bn

            Russian oil firm Yukos faces a tax bill of $28bn after the ruling. The bill, which stood at $7.5bn in April,
            could rise above 100bn roubles, and Yukos said its shares had lost 3.4 million dollars of value. Analysts
            said the roubles owed would strain the firm. Yukos shares fell in Moscow, where the tax bill dominated trade.
            """;

        var phrases = TextAnalyzer.CreateDefault().Analyze(text).Keyphrases.Select(k => k.Text).ToList();

        Assert.DoesNotContain(phrases, p => p.Split(' ').Any(w => w is "bn" or "million"));
        Assert.Contains("tax bill", phrases);
    }

    [Fact]
    public void A_date_period_is_no_phrase_as_a_month_is_none()
    {
        // "the first quarter of 2022", "the second half of 2021", "mid-2024" are Date mentions: their words end a
        // phrase as "April" does.
        const string text = """
            Tesco profits rise in first quarter

            Tesco said profits rose in the first quarter of 2022, after a weak second half of 2021. Sales of fresh food
            in the first quarter of 2022 rose in every region, and Tesco expects online sales to slow by mid-2024, chief
            executive Ken Murphy said. Fresh food sales led the rise, Tesco said.
            """;

        var phrases = TextAnalyzer.CreateDefault().Analyze(text).Keyphrases.Select(k => k.Text).ToList();

        Assert.DoesNotContain(phrases, p => p.Split(' ').Any(w => w is "quarter" or "half" or "mid-2024"));
        Assert.Contains("Tesco", phrases);
    }

    [Fact]
    public void An_entity_is_one_phrase_under_its_canonical_name()
    {
        var phrases = TextAnalyzer.CreateDefault().Analyze(SeedArticle.Text).Keyphrases;

        // The ASF is linked to the Apache Software Foundation: the alias does not stand beside the name.
        Assert.False(phrases.Any(k => k.Text == "ASF") && phrases.Any(k => k.Text == "Apache Software Foundation"));
    }
}

public class KeyphraseScratchTests
{
    private const string Other = """
        Oil spill fouls Alaska coast

        The tanker Exxon Valdez ran aground in Prince William Sound and spilled crude oil along the coast. Cleanup crews
        worked through the week as the oil spill spread; fishermen said the spill would cost them the salmon season.
        """;

    private static string[] Phrases(TextAnalyzer analyzer, string text) => analyzer.Analyze(text).Keyphrases.Select(k => $"{k.Text} {k.Score:R}").ToArray();

    [Fact]
    public void An_extraction_is_the_same_after_another_article_on_the_same_thread()
    {
        // The extractor reuses one scratch per thread: nothing of an article may leak into the next.
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities | Stages.Keyphrases });
        string[] first = Phrases(analyzer, SeedArticle.Text);
        string[] other = Phrases(analyzer, Other);
        string[] again = Phrases(analyzer, SeedArticle.Text);
        string[] otherAgain = Phrases(analyzer, Other);

        Assert.NotEmpty(first);
        Assert.NotEmpty(other);
        Assert.Equal(first, again);
        Assert.Equal(other, otherAgain);
    }

    [Fact]
    public void Threads_extracting_at_once_get_what_one_thread_gets()
    {
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities | Stages.Keyphrases });
        string[] seed = Phrases(analyzer, SeedArticle.Text);
        string[] other = Phrases(analyzer, Other);
        var results = new string[16][];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = Phrases(analyzer, i % 2 == 0 ? SeedArticle.Text : Other));

        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? seed : other, results[i]);
        }
    }

    [Fact]
    public void A_linked_name_is_not_shadowed_by_the_description_before_it()
    {
        // Written once as "Actor Bruce Willis" (a capital at the sentence start says nothing), then as "Willis": the
        // linked name is the phrase, not the longer run.
        string text = "Film news\n\nActor Bruce Willis is suing a film studio over an injury. Willis says the studio failed him. The studio denies the claims by Willis.";
        var structure = ArticleParser.Default.Parse(text);
        var entity = new LinkedEntity { Id = 1, Name = "Bruce Willis", Type = EntityType.Person, Aliases = ["Willis"], Mentions = 3, Salience = 1 };

        var phrases = KeyphraseExtractor.Default.Extract(structure, SeedStructure.BodySentences(structure), new EntityAnalysis([], [entity]), 10);

        Assert.Equal("Bruce Willis", phrases[0].Text);
        Assert.DoesNotContain(phrases, k => k.Text.Contains("Actor", StringComparison.Ordinal));
    }
}

public class KeyphraseNameRulesTests
{
    private const string Copper = """
        Copper workers elect new union leaders

        Chilean copper workers elected left-wing leaders to run their union for the first time in fourteen years.
        The Chilean union groups the workers of the state copper mines of Chile, the largest copper exporter.
        Union elections were called after the former president resigned; Chilean mines produce most of the copper of Chile.
        Kim Jong Un was not mentioned; the new union president, Nicanor Araya, said Kim had nothing to do with it.
        """;

    private static readonly LinkedEntity[] Entities =
    [
        new() { Id = 1, Name = "Chilean", Type = EntityType.Misc, Mentions = 3, Salience = 0.3 },
        new() { Id = 2, Name = "Chile", Type = EntityType.Location, Mentions = 2, Salience = 0.2 },
        new() { Id = 3, Name = "Nicanor Araya", Type = EntityType.Person, Mentions = 1, Salience = 0.1 },
        new() { Id = 4, Name = "Kim Jong Un", Type = EntityType.Person, Mentions = 1, Salience = 0.1 },
        new() { Id = 5, Name = "Kim", Type = EntityType.Person, Mentions = 1, Salience = 0.05 },
    ];

    private static List<string> Phrases(KeyphraseExtractor extractor)
    {
        var structure = ArticleParser.Default.Parse(Copper);
        return [.. extractor.Extract(structure, SeedStructure.BodySentences(structure), new EntityAnalysis([], Entities), 10).Select(k => k.Text)];
    }

    [Fact]
    public void A_nationality_written_as_one_word_gets_no_entity_factor()
    {
        var withFactor = Phrases(new KeyphraseExtractor(KeyphraseWeights.Default with { MiscWord = 1, LoneDemonym = false }, null));
        var without = Phrases(new KeyphraseExtractor(KeyphraseWeights.Default with { LoneDemonym = false }, null));

        // With the whole factor the adjective leads, as weights v2 had it; people do not choose it alone.
        Assert.Equal("Chilean", withFactor[0]);
        Assert.True(without.IndexOf("Chilean") is -1 or > 2, string.Join(" | ", without));
        Assert.Contains("Chile", without);
    }

    [Fact]
    public void A_nationality_adjective_alone_comes_after_every_other_phrase()
    {
        var structure = ArticleParser.Default.Parse(Copper);
        List<Keyphrase> Extract(KeyphraseWeights weights)
            => [.. new KeyphraseExtractor(weights, null).Extract(structure, SeedStructure.BodySentences(structure), new EntityAnalysis([], Entities), 100)];

        var without = Extract(KeyphraseWeights.Default with { LoneDemonym = false });
        var with = Extract(KeyphraseWeights.Default);

        // People choose the country or the specific phrase, never the adjective alone: it scores 0, and a kept phrase
        // that holds it ("Chilean copper workers") then stands for it.
        Assert.True(without.Single(k => k.Text == "Chilean").Score > 0);
        Assert.DoesNotContain(with, k => k.Text == "Chilean" && k.Score > 0);
        Assert.True(with.Single(k => k.Text == "Chile").Score > 0);
    }

    [Fact]
    public void A_lone_adjective_comes_after_every_other_phrase()
    {
        const string Article = """
            Reform plans

            Party leaders said economic and political reforms would go on. Economic growth slowed, and the reforms were economic, not political, the leaders said.

            Critics said the cuts were difficult. Difficult or not, the reforms will cut subsidies.
            """;
        var structure = ArticleParser.Default.Parse(Article);
        List<Keyphrase> Extract(KeyphraseWeights weights)
            => [.. new KeyphraseExtractor(weights, null).Extract(structure, SeedStructure.BodySentences(structure), new EntityAnalysis([], []), 100)];
        static double Score(List<Keyphrase> phrases, string text)
            => phrases.Where(k => k.Text.Equals(text, StringComparison.OrdinalIgnoreCase)).Select(k => k.Score).DefaultIfEmpty(-1).First();

        var without = Extract(KeyphraseWeights.Default with { LoneAdjective = false });
        var with = Extract(KeyphraseWeights.Default with { LoneAdjective = true });

        // A noun phrase needs its noun: "economic" cut at "and" and the predicative "difficult" (written "Difficult"
        // too) score 0 (listed only when nothing else is left; -1 here: not listed), while the phrases that hold an
        // adjective keep theirs.
        Assert.True(Score(without, "economic") > 0, string.Join(" | ", without.Select(k => $"{k.Text} {k.Score}")));
        Assert.True(Score(without, "difficult") > 0);
        Assert.True(Score(with, "economic") <= 0); // 0, or left out beside "Economic growth", which holds it
        Assert.True(Score(with, "difficult") <= 0);
        Assert.True(Score(with, "economic growth") > 0, string.Join(" | ", with.Select(k => $"{k.Text} {k.Score}")));
        Assert.True(Score(with, "political reforms") > 0);
        Assert.True(Score(with, "subsidies") > 0);
    }

    [Fact]
    public void Facets_of_one_subject_stand_beside_each_other_unless_they_share_two_words()
    {
        const string Article = """
            Trade talks

            The trade deficit widened as exports fell, while the trade surplus with Asia grew. Officials said the trade deficit and the trade surplus would be discussed, and the budget deficit too.

            The budget deficit will be cut next year, and the budget trade deficit rule will change.
            """;
        var structure = ArticleParser.Default.Parse(Article);
        List<string> Extract(int topicWords)
            => [.. new KeyphraseExtractor(KeyphraseWeights.Default with { TopicWords = topicWords }, null)
                .Extract(structure, SeedStructure.BodySentences(structure), new EntityAnalysis([], []), 100).Select(k => k.Text)];

        var one = Extract(1);
        var two = Extract(2);

        // One shared word is one topic when TopicWords is 1: the second of the facets stands down.
        Assert.False(one.Contains("trade deficit") && one.Contains("trade surplus"), string.Join(" | ", one));
        // With 2, the facets stand side by side; a phrase two of whose words the kept phrases of several words hold still
        // stands down.
        Assert.Contains("trade deficit", two);
        Assert.Contains("trade surplus", two);
        Assert.Contains("budget deficit", two);
        Assert.DoesNotContain(two, k => k.StartsWith("budget trade deficit", StringComparison.Ordinal));
        Assert.Contains(Extract(0), k => k.StartsWith("budget trade deficit", StringComparison.Ordinal)); // the rule, not the text, drops it
    }

    [Fact]
    public void The_words_of_an_amount_end_a_phrase_when_AmountWords_is_set()
    {
        const string Article = """
            Retailer agrees loan

            The retailer agreed a 300 million pound loan and a 2 billion euro deal with its banks. The loan and the deal
            came as sales saw a 5 percentage point rise, and the board backed a 45 pence dividend. Shareholders welcomed
            the dividend, the deal and the loan, and the rise in sales.
            """;
        var analysis = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities }).Analyze(Article, "amounts");
        List<string> Extract(bool amountWords)
            => [.. new KeyphraseExtractor(KeyphraseWeights.Default with { AmountWords = amountWords }, null)
                .Extract(analysis.Structure, analysis.Sentences, analysis.EntityAnalysis, 100).Select(k => k.Text)];

        var off = Extract(false);
        var on = Extract(true);

        // The recognizer reads each amount as Money or Percent; without the switch its unit stays glued to the noun.
        Assert.Contains("pound loan", off);
        Assert.Contains("pence dividend", off);
        foreach (string glued in new[] { "pound loan", "euro deal", "percentage point rise", "point rise", "pence dividend", "pence", "euro" })
        {
            Assert.DoesNotContain(glued, on);
        }

        Assert.Contains("loan", on);
        Assert.Contains("deal", on);
        Assert.Contains("dividend", on);
    }

    [Fact]
    public void A_people_named_in_the_plural_stays_a_phrase()
    {
        const string Article = """
            Villagers film a creature

            Russians in the Adygeya Republic say they filmed a creature in the forest. Russians who saw the footage
            called it a yeti, and several Russians told local television they had seen its footprints.
            """;
        var structure = ArticleParser.Default.Parse(Article);
        var russians = new LinkedEntity { Id = 1, Name = "Russians", Type = EntityType.Misc, Mentions = 3, Salience = 0.5 };
        var phrases = KeyphraseExtractor.Default.Extract(structure, SeedStructure.BodySentences(structure), new EntityAnalysis([], [russians]), 100);

        Assert.True(phrases.Single(k => k.Text == "Russians").Score > 0, string.Join(" | ", phrases.Select(k => $"{k.Text} {k.Score}")));
    }

    [Fact]
    public void A_lone_name_inside_a_kept_name_stands_down()
    {
        var phrases = Phrases(KeyphraseExtractor.Default);

        // "Kim" is linked apart (as the linker left it on newswire), but people write the full name once.
        Assert.Contains("Kim Jong Un", phrases);
        Assert.DoesNotContain("Kim", phrases);
    }

    [Theory]
    [InlineData("General Motors Corp", "General Motors")]
    [InlineData("Imperial Chemical Industries PLC", "Imperial Chemical Industries")]
    [InlineData("Dean Witter Reynolds Inc.", "Dean Witter Reynolds")]
    [InlineData("Exxon Corp", "Exxon")]
    [InlineData("Danish Broadcasting Corporation", "Danish Broadcasting Corporation")]
    [InlineData("Kidder, Peabody and Co", "Kidder, Peabody and Co")]
    [InlineData("News Corp", "News Corp")]
    [InlineData("Corp", "Corp")]
    public void A_final_abbreviated_legal_form_is_left_off_a_name(string name, string expected)
    {
        // "News" is a common word the text never writes alone: the legal form stays; "Exxon" is not.
        string text = $"{name} said on Monday that {name}'s results would improve. News Corporation did not comment.";
        Assert.Equal(expected, KeyphraseExtractor.WithoutLegalForm(name, text, KeyphraseModel.Default));
    }

    [Fact]
    public void A_common_word_before_a_legal_form_goes_when_the_text_writes_it_alone()
    {
        Assert.Equal("Power", KeyphraseExtractor.WithoutLegalForm("Power Corp", "Power Corp rose. Power said so.", KeyphraseModel.Default));
    }

    [Fact]
    public void A_lone_common_word_of_most_news_comes_after_every_other_phrase()
    {
        const string Article = """
            Sorghum growers wait on quotas

            The market for sorghum weakened again this week as the market waited for news of export quotas. Traders said the
            market was quiet. Sorghum prices fell as sorghum stocks rose, and the market expects export quotas to be cut.
            Growers said the market would recover once export quotas were set.
            """;
        var structure = ArticleParser.Default.Parse(Article);
        List<Keyphrase> Extract(KeyphraseWeights weights)
            => [.. new KeyphraseExtractor(weights, null).Extract(structure, SeedStructure.BodySentences(structure), EntityAnalysis.Empty, 100)];

        var without = Extract(KeyphraseWeights.Default with { GenericIdf = 0 });
        var with = Extract(KeyphraseWeights.Default);

        // "market" is in most news: alone it says nothing, and the specific term ("export quotas") speaks for the story.
        // "sorghum" is rare in news and stays a phrase of its own.
        int before = without.FindIndex(k => k.Text == "market");
        Assert.True(before >= 0 && without[before].Score > 0 && before < without.FindIndex(k => k.Text == "Sorghum prices"), string.Join(" | ", without.Select(k => k.Text)));
        var market = with.Single(k => k.Text == "market");
        Assert.Equal(0, market.Score);
        Assert.All(with.TakeWhile(k => k.Text != "market"), k => Assert.True(k.Score > 0, k.Text));
        Assert.Contains(with, k => k.Text.Equals("sorghum", StringComparison.OrdinalIgnoreCase) && k.Score > 0);
        Assert.Contains(with.Take(3), k => k.Text == "export quotas");
    }

    [Fact]
    public void A_unit_written_after_counts_comes_after_every_other_phrase()
    {
        const string Article = """
            Oil output steady as yen firms

            Producers pumped 300,000 bpd more in March, and output in the north rose by 120,000 bpd. Refiners bought
            40,000 bpd for storage. Prices rose 20 points on the index, then fell 15 points. The 1987 budget assumed
            higher prices, and the budget was cut again. The dollar fell to 150 yen and 1.80 marks, and the yen gained
            against the euro as budget talks went on. Dealers sold 40 million marks.
            """;
        var structure = ArticleParser.Default.Parse(Article);
        List<Keyphrase> Extract(KeyphraseWeights weights)
            => [.. new KeyphraseExtractor(weights, null).Extract(structure, SeedStructure.BodySentences(structure), EntityAnalysis.Empty, 100)];

        var without = Extract(KeyphraseWeights.Default with { MeasureShare = 1 });
        var with = Extract(KeyphraseWeights.Default);
        string Show(List<Keyphrase> list) => string.Join(" | ", list.Select(k => $"{k.Text} {k.Score:0.###}"));

        // Units of what was counted say nothing alone; both score above 0 without the rule.
        foreach (string unit in new[] { "bpd", "points" })
        {
            Assert.True(without.Single(k => k.Text == unit).Score > 0, Show(without));
            Assert.Equal(0, with.Single(k => k.Text == unit).Score);
        }

        // A year is no count ("the 1987 budget"), and a currency can be what a story is about ("150 yen"), also when
        // its written name is not its key ("marks", key "mark").
        Assert.True(with.Single(k => k.Text == "budget").Score > 0, Show(with));
        Assert.True(with.Single(k => k.Text == "yen").Score > 0, Show(with));
        Assert.True(with.Single(k => k.Text == "marks").Score > 0, Show(with));
    }

    [Fact]
    public void A_name_read_only_in_the_title_is_no_key_phrase()
    {
        const string Article = """
            WALL STREET STOCKS RALLY ON BONDS

            Stocks rose sharply as bond prices climbed, and traders said the bull market had further to run. The Dow
            Jones average gained 30 points. Analysts said the bull market was driven by falling interest rates, and Dow
            Jones futures rose again as the bull market went on.
            """;
        var structure = ArticleParser.Default.Parse(Article);
        string text = structure.Text;
        EntityMention Mention(string name, EntityType type, int id, int from)
        {
            int at = text.IndexOf(name, from, StringComparison.Ordinal);
            return new EntityMention { Type = type, Span = new TextSpan(at, name.Length), Text = name, Zone = structure.ZoneAt(at) ?? Zone.Body, EntityId = id, Confidence = 0.9 };
        }

        // The tagger read the headline in capitals as one organization, named nowhere else; "Dow" is named in the body.
        EntityMention[] mentions =
        [
            Mention("WALL STREET STOCKS", EntityType.Organization, 1, 0),
            Mention("Dow", EntityType.Organization, 2, 0),
        ];
        LinkedEntity[] entities =
        [
            new() { Id = 1, Name = "WALL STREET STOCKS", Type = EntityType.Organization, Mentions = 1, Salience = 0.5 },
            new() { Id = 2, Name = "Dow", Type = EntityType.Organization, Mentions = 1, Salience = 0.2 },
        ];
        List<string> Extract(KeyphraseWeights weights)
            => [.. new KeyphraseExtractor(weights, null).Extract(structure, SeedStructure.BodySentences(structure), new EntityAnalysis(mentions, entities), 10).Select(k => k.Text)];

        var without = Extract(KeyphraseWeights.Default with { BodyNames = false });
        var with = Extract(KeyphraseWeights.Default);

        Assert.Contains("WALL STREET STOCKS", without);
        Assert.DoesNotContain("WALL STREET STOCKS", with);
        Assert.Contains(with, k => k.StartsWith("Dow", StringComparison.Ordinal));
        Assert.Contains("bull market", with);
    }

    [Fact]
    public void A_name_read_only_in_the_title_stays_when_the_body_writes_it_alone()
    {
        const string Article = """
            Rock band U2 break ticket record

            U2 have smashed Irish box office records with ticket sales for their Dublin concerts. Tickets for the two
            concerts went on sale on Friday, and U2 fans queued overnight for the concerts.
            """;
        var structure = ArticleParser.Default.Parse(Article);
        int at = structure.Text.IndexOf("U2", StringComparison.Ordinal);
        // The tagger found the band in the headline and missed it in the body.
        EntityMention[] mentions = [new EntityMention { Type = EntityType.Organization, Span = new TextSpan(at, 2), Text = "U2", Zone = structure.ZoneAt(at) ?? Zone.Body, EntityId = 1 }];
        LinkedEntity[] entities = [new() { Id = 1, Name = "U2", Type = EntityType.Organization, Mentions = 1, Salience = 0.5 }];

        var phrases = KeyphraseExtractor.Default.Extract(structure, SeedStructure.BodySentences(structure), new EntityAnalysis(mentions, entities), 10);

        Assert.Equal(Zone.Title, mentions[0].Zone);
        Assert.Contains(phrases, k => k.Text == "U2");
    }

    [Theory]
    [InlineData("U.S", true)]
    [InlineData("u.s.", true)]
    [InlineData("US", true)]
    [InlineData("U.S.A.", false)]
    [InlineData("U.S. Steel", false)]
    public void A_phrase_is_not_shown_again_with_other_periods(string surface, bool shown)
    {
        Assert.Equal(shown, KeyphraseExtractor.Shown(surface, [new Keyphrase("U.S.", 1)]));
    }

    [Fact]
    public void A_company_is_one_phrase_with_or_without_its_legal_form()
    {
        const string Article = """
            GAF SEEN RAISING BORG-WARNER BID

            GAF Corp, set on acquiring Borg-Warner Corp's plastics business, is believed by analysts to be preparing an increased offer. GAF has offered 46 dlrs per share for Borg-Warner. GAF holds 19.9 pct of Borg-Warner's stock, and GAF chairman Samuel Heyman sought Borg-Warner for its plastics business. Analysts said GAF would profit from a higher bid for Borg-Warner by another company.
            """;
        var a = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Entities | Stages.Keyphrases, MaxKeyphrases = 10 }).Analyze(Article, "gaf");
        var phrases = KeyphraseExtractor.Default.Extract(a.Structure, a.Sentences, a.EntityAnalysis, 10).Select(k => k.Text).ToList();

        Assert.Contains("GAF", phrases);
        Assert.Contains("Borg-Warner", phrases);
        Assert.DoesNotContain("GAF Corp", phrases);
        Assert.DoesNotContain("Borg-Warner Corp", phrases);
        Assert.Equal(phrases.Count, phrases.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}

public class KeyphraseWeightsTests
{
    [Fact]
    public void Weights_read_back_as_they_are_written()
    {
        var weights = KeyphraseWeights.Default with { Window = 5, Idf = 1.5, MiscWord = 0.25, GenericIdf = 3.5, EstablishedPhrase = 2, MeasureShare = 0.75, LoneDemonym = false, LoneAdjective = !KeyphraseWeights.Default.LoneAdjective, TopicWords = KeyphraseWeights.Default.TopicWords + 1, AmountWords = !KeyphraseWeights.Default.AmountWords };

        Assert.Equal(weights, KeyphraseWeights.Parse(weights.ToString(), KeyphraseWeights.Default));
    }

    [Fact]
    public void Weights_not_named_keep_their_starting_values()
    {
        var weights = KeyphraseWeights.Parse("Title=2, MiscWord=1", KeyphraseWeights.Default);

        Assert.Equal(KeyphraseWeights.Default with { Title = 2, MiscWord = 1 }, weights);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Colour=1")]
    [InlineData("Window=2.5")]
    [InlineData("Idf=high")]
    public void Malformed_weights_are_a_format_error(string text)
        => Assert.Throws<FormatException>(() => KeyphraseWeights.Parse(text, KeyphraseWeights.Default));
}
