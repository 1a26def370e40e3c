using CsCheck;
using TextInsight.Text;
using TextInsight.Text.Training;

namespace TextInsight.Tests.Text;

public sealed class TrueCaserTests
{
    private const string CasedParagraph =
        "The talks in Paris ended on Monday without a deal, officials said. The European Union and the United States will meet again in Brussels next week.";

    private static TrueCaser Model => TrueCaser.Default ?? throw new InvalidOperationException("the truecaser model is not embedded");

    [Fact]
    public void A_cased_text_is_not_in_one_case()
    {
        Assert.Empty(TrueCaser.Detect(CasedParagraph));
        Assert.Null(Model.Restore(CasedParagraph, out _));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_whole_text_in_one_case_is_one_stretch(bool upper)
    {
        string text = upper ? CasedParagraph.ToUpperInvariant() : CasedParagraph.ToLowerInvariant();
        var stretch = Assert.Single(TrueCaser.Detect(text));
        Assert.Equal(new CaseStretch(0, text.Length, upper), stretch);
    }

    [Fact]
    public void A_transcript_that_writes_I_and_an_odd_acronym_in_capitals_is_still_in_lower_case()
    {
        string text = string.Concat(Enumerable.Repeat("so i told them the plan was fine and they agreed to meet again next week in the city. ", 8)) + "it was OK.";
        Assert.Equal(new CaseStretch(0, text.Length, Upper: false), Assert.Single(TrueCaser.Detect(text)));
        Assert.StartsWith("So I told them", Model.Restore(text, out _), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("市政府星期一宣布，横跨河流的新桥要到明年才能完工。官员表示，由于钢材和混凝土价格上涨，工程费用明显增加。")]
    [InlineData("أعلنت البلدية يوم الاثنين أن الجسر الجديد فوق النهر لن يكتمل قبل العام المقبل بسبب ارتفاع الأسعار.")]
    [InlineData("Beijing 北京市政府星期一宣布，横跨河流的新桥要到明年才能完工。官员表示，由于钢材和混凝土价格上涨，工程费用明显增加。官员表示，由于钢材和混凝土价格上涨，工程费用明显增加。官员表示，由于钢材和混凝土价格上涨，工程费用明显增加。官员表示，由于钢材和混凝土价格上涨，工程费用明显增加。")]
    public void A_text_in_a_caseless_script_is_in_no_case(string text)
    {
        // Before, its letters counted and none was in upper case: the text was "in lower case", a long line "in capitals".
        Assert.Empty(TrueCaser.Detect(text));
        Assert.Null(Model.Restore(text, out _));
    }

    [Fact]
    public void Fewer_letters_than_a_sentence_are_left_as_they_are()
    {
        Assert.Empty(TrueCaser.Detect("hello world"));
        Assert.Empty(TrueCaser.Detect(""));
        Assert.Empty(TrueCaser.Detect("123 456 !!"));
    }

    [Fact]
    public void A_headline_or_a_table_in_capitals_inside_cased_text_is_left_as_it_is()
    {
        string headline = "TALKS END WITHOUT A DEAL IN PARIS\n\n" + CasedParagraph;
        string table = CasedParagraph + "\nAMERICAN LEAGUE\nEASTERN DIVISION\nNEW YORK 74 59 .556\nBALTIMORE 70 63 .526\nBOSTON 69 65 .515\n"
            + "TORONTO 63 71 .470\nDETROIT 48 86 .358\nCENTRAL DIVISION\nCLEVELAND 80 53 .602\nCHICAGO 71 64 .526\nMINNESOTA 67 67 .500\n"
            + "MILWAUKEE 64 71 .474\nKANSAS CITY 63 71 .470\nWESTERN DIVISION\nTEXAS 75 58 .564\nSEATTLE 70 63 .526\nOAKLAND 64 72 .471\n"
            + "CALIFORNIA 61 72 .459\n" + CasedParagraph;
        Assert.Empty(TrueCaser.Detect(headline));
        Assert.Empty(TrueCaser.Detect(table));
    }

    [Fact]
    public void A_shouted_paragraph_inside_cased_text_is_a_stretch_of_its_own()
    {
        string shouted = CasedParagraph.ToUpperInvariant() + " " + CasedParagraph.ToUpperInvariant();
        string text = CasedParagraph + "\n\n" + shouted + "\n\n" + CasedParagraph;
        var stretch = Assert.Single(TrueCaser.Detect(text));
        Assert.Equal(new CaseStretch(CasedParagraph.Length + 2, shouted.Length, Upper: true), stretch);

        string restored = Model.Restore(text, out _)!;
        Assert.Equal(text[..stretch.Start], restored[..stretch.Start]);
        Assert.Equal(text[(stretch.Start + stretch.Length)..], restored[(stretch.Start + stretch.Length)..]);
        Assert.Contains("Paris", restored.Substring(stretch.Start, stretch.Length), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Restores_names_and_sentence_starts(bool upper)
    {
        string text = upper ? CasedParagraph.ToUpperInvariant() : CasedParagraph.ToLowerInvariant();
        string restored = Model.Restore(text, out var stretches)!;
        Assert.Single(stretches);
        Assert.Equal(CasedParagraph, restored);
    }

    [Fact]
    public void Changes_only_the_case_of_characters_whose_case_maps_back_one_to_one()
    {
        // ß has a two-letter capital, dotless ı a capital whose lower case is another letter: both stay as written.
        string text = "the strasse and the straße in istanbul and ıstanbul were closed on monday, officials said.";
        string restored = Model.Restore(text, out _)!;
        Assert.Equal(text.Length, restored.Length);
        Assert.Equal('ß', restored[text.IndexOf('ß', StringComparison.Ordinal)]);
        Assert.Equal('ı', restored[text.IndexOf('ı', StringComparison.Ordinal)]);
        Assert.Equal(text, restored.ToLowerInvariant());
    }

    [Fact]
    public void Restoring_keeps_the_length_and_the_letters_of_any_text() => RandomText.Text.Sample(text =>
    {
        foreach (string form in new[] { text.ToLowerInvariant(), text.ToUpperInvariant() })
        {
            string restored = Model.Restore(form, out _) ?? form;
            Assert.Equal(form.Length, restored.Length);
            Assert.Equal(form.ToLowerInvariant(), restored.ToLowerInvariant());
        }
    });

    [Fact]
    public void A_model_trained_on_cased_text_learns_the_forms_of_its_words_and_reads_back_the_same()
    {
        var trainer = new TrueCaserTrainer();
        for (int i = 0; i < 5; i++)
        {
            trainer.AddArticle("Headline\n\nOfficials from Zorvania met in Quillbridge on Monday. The talks with Zorvania ended well, they said.");
        }

        var model = trainer.Train(smoothing: 2);
        string text = "officials from zorvania met in quillbridge. the talks ended.";
        Assert.Equal("Officials from Zorvania met in Quillbridge. The talks ended.", model.Restore(text, out _));

        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = TrueCaser.Load(stream);
        Assert.Equal(model.WordCount, loaded.WordCount);
        Assert.Equal(model.Restore(text, out _), loaded.Restore(text, out _));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_with_a_message()
    {
        using var stream = new MemoryStream("NOTAMODEL!!!!!"u8.ToArray());
        var e = Assert.Throws<InvalidDataException>(() => TrueCaser.Load(stream));
        Assert.Contains("truecaser", e.Message, StringComparison.Ordinal);
    }
}
