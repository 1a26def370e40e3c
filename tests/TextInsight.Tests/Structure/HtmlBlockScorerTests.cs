using System.Text.Json;
using AngleSharp.Html.Parser;
using TextInsight.Cli.Commands;
using TextInsight.Structure;
using TextInsight.Structure.Html;
using TextInsight.Training.Extraction;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The learned block scorer of HTML extraction (<see cref="HtmlBlockModel"/>): its features on small team-written pages,
/// the rules that bound what it may change (hand-set models that keep or drop everything), its file format, the built-in
/// model on team-written pages, and <c>train extraction</c> on a tiny dataset.
/// </summary>
public sealed class HtmlBlockScorerTests : IDisposable
{
    private const string Lead = "The council voted on Tuesday to rebuild the harbour wall, which storms in January and February broke in three places, at a cost of four million pounds.";

    private const string Second = "Work starts in April, the harbour master said, and the wall should stand again, taller and wider, before the autumn gales return to the coast.";

    private const string Aside = "Our newsletter, sent every Friday morning, brings the week's local stories, events, planning decisions and weather to your inbox, free of charge.";

    private const string Extra = "Ferries to the island run as normal while the work goes on";

    private static readonly string Page = "<html><head><title>Harbour wall to be rebuilt</title></head><body>"
        + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
        + "<div class='story'><h1>Harbour wall to be rebuilt</h1><p>" + Lead + "</p><p>" + Second + "</p>"
        + "<figure><img src='x.jpg'><figcaption>The broken wall in February, seen from the pier at low tide.</figcaption></figure></div>"
        + "<div class='promo'><p>" + Aside + "</p><p>Topics</p></div>"
        + "<div><p>" + Extra + "</p></div>"
        + "<div class='comment-list'><div class='comment'><p>About time too, said every fisherman in the town, who have waited for this decision for years and years.</p></div></div>"
        + "</body></html>";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("textinsight-blockscorer-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void The_built_in_model_is_there_and_reads_this_builds_features()
    {
        var model = HtmlBlockModel.Default;

        Assert.NotNull(model);
        Assert.InRange(model.DropThreshold, 0.0, 1.0);
        Assert.InRange(model.AddThreshold, model.DropThreshold, 1.0);
    }

    [Fact]
    public void A_model_reads_back_as_written()
    {
        var model = HandSet(bias: 0.25f, kept: 1.5f, drop: 0.3, add: 0.9);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;

        var read = HtmlBlockModel.Read(stream);

        Assert.Equal(model.Pass1.ToArray(), read.Pass1.ToArray());
        Assert.Equal(model.Pass2.ToArray(), read.Pass2.ToArray());
        Assert.Equal(0.3, read.DropThreshold);
        Assert.Equal(0.9, read.AddThreshold);
    }

    [Fact]
    public void A_file_that_is_not_a_model_of_these_features_is_refused()
    {
        using var wrong = new MemoryStream("TIEXBLK1"u8.ToArray().Concat(BitConverter.GetBytes(1)).Concat(BitConverter.GetBytes(HtmlBlockFeatures.Dense + 1)).ToArray());
        using var other = new MemoryStream("not a model at all"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => HtmlBlockModel.Read(wrong));
        Assert.Throws<InvalidDataException>(() => HtmlBlockModel.Read(other));
    }

    [Fact]
    public void Features_say_what_the_heuristic_kept_and_where_a_block_sits()
    {
        var (blocks, features) = Features(Page);
        int lead = FindBlock(blocks, Lead);
        int aside = FindBlock(blocks, Aside);
        int comment = FindBlock(blocks, "About time too");
        int menu = FindBlock(blocks, "Home");
        var dense = new float[HtmlBlockFeatures.Dense];
        var hashed = new int[HtmlBlockFeatures.MaxHashed];

        features.Compute(lead, dense, hashed);
        Assert.Equal(1, dense[0]);
        Assert.Equal(1, dense[1]);
        Assert.Equal(1, dense[2]);
        Assert.Equal(0, dense[5]);
        Assert.Equal(1, dense[6]);
        Assert.Equal(0, dense[48]);

        features.Compute(aside, dense, hashed);
        Assert.Equal(0, dense[1]);
        Assert.True(dense[18] > 0, "a block after the chosen container says how far after it is");

        features.Compute(comment, dense, hashed);
        Assert.Equal(1, dense[48]);

        features.Compute(menu, dense, hashed);
        Assert.Equal(1, dense[5]);
        Assert.Equal(1, dense[19]);
        Assert.True(dense[17] > 0, "a block before the chosen container says how far before it is");
    }

    [Fact]
    public void Class_and_id_words_hash_alike_in_any_case_and_apart_by_level()
    {
        Assert.Equal(HtmlBlockFeatures.Hash('o', "Story"), HtmlBlockFeatures.Hash('o', "story"));
        Assert.NotEqual(HtmlBlockFeatures.Hash('o', "story"), HtmlBlockFeatures.Hash('a', "story"));
        Assert.InRange(HtmlBlockFeatures.Hash('a', "comment"), 0, HtmlBlockFeatures.HashSize - 1);

        var (blocks, features) = Features(Page);
        var dense = new float[HtmlBlockFeatures.Dense];
        var hashed = new int[HtmlBlockFeatures.MaxHashed];
        int n = features.Compute(FindBlock(blocks, Lead), dense, hashed);

        Assert.Contains(HtmlBlockFeatures.Hash('t', "p"), hashed[..n]);
        Assert.Contains(HtmlBlockFeatures.Hash('a', "story"), hashed[..n]);
    }

    [Fact]
    public void Context_features_average_the_first_pass_over_neighbours_and_the_parent()
    {
        float[] p1 = [0.1f, 0.9f, 0.5f, 0.3f];
        var prefix = new float[p1.Length + 1];
        for (int i = 0; i < p1.Length; i++)
        {
            prefix[i + 1] = prefix[i] + p1[i];
        }

        var context = new float[HtmlBlockFeatures.Context];
        HtmlBlockFeatures.ComputeContext(1, (1, 3, 0, 4), p1, prefix, context);

        Assert.Equal(0.9f, context[0]);
        Assert.Equal(0.1f, context[1]);
        Assert.Equal(0.5f, context[2]);
        Assert.Equal((0.1f + 0.5f + 0.3f) / 3, context[3], 5);
        Assert.Equal((0.9f + 0.5f) / 2, context[4], 5);
        Assert.Equal((0.1f + 0.9f + 0.5f + 0.3f) / 4, context[5], 5);
    }

    [Fact]
    public void A_scorer_that_keeps_everything_adds_running_text_but_no_furniture_comments_captions_labels_or_title()
    {
        string heuristic = new HtmlArticleParser(null).Parse(Page).GetBody();
        string body = new HtmlArticleParser(HandSet(bias: 20, kept: 0, drop: 0.3, add: 0.9)).Parse(Page).GetBody();

        Assert.DoesNotContain(Extra, heuristic, StringComparison.Ordinal);
        Assert.Contains(Lead, body, StringComparison.Ordinal);
        Assert.Contains(Extra, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Aside, body, StringComparison.Ordinal);
        Assert.DoesNotContain("About time too", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Topics", body, StringComparison.Ordinal);
        Assert.DoesNotContain("broken wall in February", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour wall to be rebuilt", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scorer_that_keeps_everything_does_not_add_the_headline_in_other_words()
    {
        // og:title and the page's own headline differ by a few words: the headline is the title, reported apart, and
        // the scorer may not add it to the body, as it may not add an exact repeat.
        string headline = "Harbour wall to be rebuilt after the winter storms, council says";
        string page = "<html><head><meta property='og:title' content='Harbour wall to be rebuilt after winter storms'></head><body>"
            + "<div class='top'><h2>" + headline + "</h2></div>"
            + "<div class='story'><p>" + Lead + "</p><p>" + Second + "</p></div>"
            + "<div><p>" + Extra + "</p></div></body></html>";

        string body = new HtmlArticleParser(HandSet(bias: 20, kept: 0, drop: 0.3, add: 0.9)).Parse(page).GetBody();

        Assert.Contains(Extra, body, StringComparison.Ordinal);
        Assert.DoesNotContain(headline, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scorer_that_keeps_everything_does_not_add_the_headline_that_the_document_title_holds()
    {
        // og:title says the story in other words; <title> holds the page's own headline and the site's name.
        string headline = "Harbour wall will be rebuilt before the autumn gales return";
        string page = "<html><head><title>" + headline + " - Coast News</title>"
            + "<meta property='og:title' content='Council backs new sea defences'></head><body>"
            + "<div class='top'><h2>" + headline + "</h2></div>"
            + "<div class='story'><p>" + Lead + "</p><p>" + Second + "</p></div>"
            + "<div><p>" + Extra + "</p></div></body></html>";

        string body = new HtmlArticleParser(HandSet(bias: 20, kept: 0, drop: 0.3, add: 0.9)).Parse(page).GetBody();

        Assert.Contains(Extra, body, StringComparison.Ordinal);
        Assert.DoesNotContain(headline, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbour wall to be rebuilt, council says", "Harbour wall to be rebuilt", true)]
    [InlineData("HARBOUR WALL TO BE REBUILT", "Harbour wall to be rebuilt", true)]
    [InlineData("The harbour master said the wall would be rebuilt before the autumn gales return to the coast.", "Harbour wall to be rebuilt", false)]
    [InlineData("Ferries run as normal", "Harbour wall to be rebuilt", false)]
    public void A_block_repeats_the_title_when_most_of_its_words_are_the_titles(string text, string title, bool repeats)
    {
        var owner = new HtmlParser().ParseDocument("<p>x</p>").QuerySelector("p")!;
        var block = new HtmlBlock(text, 0, HtmlBlockKind.Heading, 2, owner, 1);

        Assert.Equal(repeats, HtmlContentExtractor.RepeatsTitle(block, title));
    }

    [Fact]
    public void A_scorer_that_would_drop_most_of_the_heuristic_text_is_overruled()
    {
        string heuristic = new HtmlArticleParser(null).Parse(Page).GetBody();

        string body = new HtmlArticleParser(HandSet(bias: -20, kept: 0, drop: 0.3, add: 0.9)).Parse(Page).GetBody();

        Assert.Equal(heuristic, body);
    }

    [Fact]
    public void A_scorer_that_follows_the_heuristic_changes_nothing()
    {
        string heuristic = new HtmlArticleParser(null).Parse(Page).GetBody();

        string body = new HtmlArticleParser(HandSet(bias: -10, kept: 20, drop: 0.3, add: 0.9)).Parse(Page).GetBody();

        Assert.Equal(heuristic, body);
        Assert.Contains(Lead, body, StringComparison.Ordinal);
        Assert.Contains(Second, body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_scorer_keeps_a_news_story_and_leaves_the_menu_promo_comments_and_caption_out()
    {
        string body = HtmlArticleParser.Default.Parse(Page).GetBody();

        Assert.DoesNotContain(Aside, body, StringComparison.Ordinal);
        Assert.DoesNotContain("About time too", body, StringComparison.Ordinal);
        Assert.StartsWith(Lead, body, StringComparison.Ordinal);
        Assert.Contains(Second, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", body, StringComparison.Ordinal);
        Assert.DoesNotContain("broken wall in February", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Topics", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_scorer_keeps_every_post_of_a_discussion_split_over_sibling_tables()
    {
        // An old forum page: each post is a table row of its own table, the heuristic's best container is one post.
        string[] posts =
        [
            "I have grown tomatoes on my balcony for three summers now, and this year the leaves curled and yellowed in July, although I watered them every evening.",
            "Curling leaves in July are usually heat stress, not thirst: move the pots out of the afternoon sun, water in the morning, and feed them less nitrogen.",
            "I had the same trouble last year, and a shade cloth over the railing from noon to four solved it, the plants recovered within a fortnight.",
            "Check the undersides of the leaves as well, because spider mites love hot, dry balconies and cause the same curling and yellow spots on tomatoes.",
        ];
        string html = "<html><head><title>Tomato leaves curling - Balcony gardening forum</title></head><body>"
            + "<table class='nav'><tr><td><a href='/'>Forum index</a> | <a href='/search'>Search</a> | <a href='/faq'>FAQ</a></td></tr></table>"
            + string.Concat(posts.Select((p, i) => "<table class='post'><tr><td class='author'>member" + i + "</td><td class='text'>" + p + "</td></tr></table>"))
            + "<table class='nav'><tr><td><a href='/'>Forum index</a> | <a href='/terms'>Terms</a></td></tr></table>"
            + "</body></html>";

        string body = HtmlArticleParser.Default.Parse(html).GetBody();

        foreach (string post in posts)
        {
            Assert.Contains(post, body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Terms", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_extraction_writes_the_same_readable_model_twice_from_a_tiny_dataset()
    {
        var set = _dir.CreateSubdirectory("tiny");
        var html = set.CreateSubdirectory("html");
        var truth = new Dictionary<string, Dictionary<string, string>>();
        for (int i = 0; i < 24; i++)
        {
            string id = "page" + i;
            File.WriteAllText(Path.Combine(html.FullName, id + ".html"), Page.Replace("four million", (i + 2) + " million", StringComparison.Ordinal));
            truth[id] = new() { ["articleBody"] = Lead.Replace("four million", (i + 2) + " million", StringComparison.Ordinal) + "\n" + Second };
        }

        File.WriteAllText(Path.Combine(set.FullName, "ground-truth.json"), JsonSerializer.Serialize(truth));
        var first = new FileInfo(Path.Combine(_dir.FullName, "a.bin"));
        var second = new FileInfo(Path.Combine(_dir.FullName, "b.bin"));
        var log = new StringWriter();

        Assert.Equal(0, TrainExtractionCommand.Run([set], first, "all", new ExtractionBlockTrainer.Options(Epochs: 3), log, new StringWriter()));
        Assert.Equal(0, TrainExtractionCommand.Run([set], second, "all", new ExtractionBlockTrainer.Options(Epochs: 3), new StringWriter(), new StringWriter()));

        Assert.Equal(File.ReadAllBytes(first.FullName), File.ReadAllBytes(second.FullName));
        var model = HtmlBlockModel.Load(first.FullName);
        Assert.Contains("tiny:", log.ToString(), StringComparison.Ordinal);
        Assert.Equal(0.0, model.DropThreshold);
        string body = new HtmlArticleParser(model).Parse(Page).GetBody();
        Assert.StartsWith(Lead, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_extraction_takes_a_model_file_or_none_and_refuses_an_unreadable_one()
    {
        var set = _dir.CreateSubdirectory("one");
        var html = set.CreateSubdirectory("html");
        File.WriteAllText(Path.Combine(html.FullName, "p.html"), Page);
        File.WriteAllText(Path.Combine(set.FullName, "ground-truth.json"), JsonSerializer.Serialize(new Dictionary<string, Dictionary<string, string>> { ["p"] = new() { ["articleBody"] = Lead + "\n" + Second } }));
        string junk = Path.Combine(_dir.FullName, "junk.bin");
        File.WriteAllText(junk, "junk");

        var none = new StringWriter();
        int ok = EvaluateExtractionCommand.Run(new EvaluateExtractionCommand.Request(set, null, null, null, false, null, null, Model: "none"), none, new StringWriter());
        var error = new StringWriter();
        int bad = EvaluateExtractionCommand.Run(new EvaluateExtractionCommand.Request(set, null, null, null, false, null, null, Model: junk), new StringWriter(), error);

        Assert.Equal(0, ok);
        Assert.Contains("| one | textinsight | 1 |", none.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, bad);
        Assert.Contains("unreadable", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A model whose second pass is bias + kept × (did the heuristic keep the block); its first pass is zero.</summary>
    private static HtmlBlockModel HandSet(float bias, float kept, double drop, double add)
    {
        var pass1 = new float[HtmlBlockModel.Pass1Length];
        var pass2 = new float[HtmlBlockModel.Pass2Length];
        pass2[0] = bias;
        pass2[1] = kept;
        return new HtmlBlockModel(pass1, pass2, drop, add);
    }

    private static (IReadOnlyList<HtmlBlock> Blocks, HtmlBlockFeatures Features) Features(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var body = document.Body!;
        var collector = new HtmlBlockCollector();
        collector.Collect(body);
        var extractor = new HtmlContentExtractor(collector.Blocks, collector.Info, body);
        string? title = document.Title;
        var selected = extractor.Select(title);
        return (collector.Blocks, extractor.Features(selected, title));
    }

    private static int FindBlock(IReadOnlyList<HtmlBlock> blocks, string start)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Text.StartsWith(start, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException("no block starts with " + start);
    }
}
