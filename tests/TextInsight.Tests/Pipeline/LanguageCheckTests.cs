using TextInsight.Serialization;
using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Pipeline;

/// <summary>
/// A document whose body is not English is said to be so (<see cref="ArticleAnalysis.Language"/>, a warning, the
/// record's <c>language</c>), since every stage after structure is built for English; English text, however short,
/// mixed or full of names and numbers, is never. The texts in other languages are written for these tests (the
/// benchmark pages that measured the check may not be copied).
/// </summary>
public sealed class LanguageCheckTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    private const string German =
        "Neue Brücke wird später fertig\n\n" +
        "Die Stadtverwaltung hat am Montag mitgeteilt, dass die neue Brücke über den Fluss erst im nächsten Jahr fertig wird. " +
        "Nach Angaben der Behörde sind die Kosten deutlich gestiegen, weil die Preise für Stahl und Beton im vergangenen Jahr stark zugenommen haben.\n\n" +
        "Die Bürger sollen in den kommenden Wochen über die weiteren Pläne informiert werden, sagte ein Sprecher der Stadt.";

    private const string French =
        "Le nouveau pont sera terminé plus tard\n\n" +
        "La mairie a annoncé lundi que le nouveau pont sur la rivière ne sera pas terminé avant l'année prochaine. " +
        "Selon les services de la ville, les coûts ont nettement augmenté, car les prix de l'acier et du béton ont beaucoup progressé depuis un an.\n\n" +
        "Les habitants seront informés des prochaines étapes dans les semaines qui viennent, a précisé un porte-parole.";

    private const string Spanish =
        "El nuevo puente se retrasa\n\n" +
        "El ayuntamiento anunció el lunes que el nuevo puente sobre el río no estará terminado hasta el año que viene. " +
        "Según los responsables municipales, los costes han subido mucho porque los precios del acero y del hormigón aumentaron durante el último año.\n\n" +
        "Los vecinos recibirán más información sobre los próximos pasos en las próximas semanas, dijo un portavoz.";

    private const string Russian =
        "Новый мост откроют позже\n\n" +
        "Городские власти сообщили в понедельник, что новый мост через реку будет достроен только в следующем году. " +
        "По словам чиновников, стоимость работ заметно выросла из-за подорожания стали и бетона.";

    private const string Chinese =
        "新桥推迟完工\n\n" +
        "市政府星期一宣布，横跨河流的新桥要到明年才能完工。官员表示，由于钢材和混凝土价格上涨，工程费用明显增加。" +
        "市民将在未来几周内得到有关下一步计划的更多信息。";

    private const string Japanese =
        "新しい橋の完成が遅れる\n\n" +
        "市役所は月曜日、川に架かる新しい橋の完成は来年になると発表しました。担当者によると、鉄鋼やコンクリートの価格が上がったため、" +
        "費用が大きく増えたということです。市民には今後数週間のうちに詳しい計画が知らされる予定です。";

    private const string Arabic =
        "تأجيل افتتاح الجسر الجديد\n\n" +
        "أعلنت البلدية يوم الاثنين أن الجسر الجديد فوق النهر لن يكتمل قبل العام المقبل. " +
        "وقال المسؤولون إن التكاليف ارتفعت بشكل كبير بسبب زيادة أسعار الحديد والإسمنت خلال العام الماضي.";

    private const string English =
        "New bridge delayed until next year\n\n" +
        "The city council said on Monday that the new bridge over the river will not be finished before next year. " +
        "Officials said the costs had risen sharply because the prices of steel and concrete went up over the past year.\n\n" +
        "Residents will be told about the next steps in the coming weeks, a spokesman for the city said.";

    public static TheoryData<string, string, string> OtherLanguages => new()
    {
        { German, "und-Latn", "script: Latin; " },
        { French, "und-Latn", "script: Latin; " },
        { Spanish, "und-Latn", "script: Latin; " },
        { Russian, "und-Cyrl", "script: Cyrillic" },
        { Chinese, "und-Hani", "script: Han (Chinese characters)" },
        { Japanese, "und-Jpan", "script: Japanese kana and Han" },
        { Arabic, "und-Arab", "script: Arabic" },
    };

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void A_body_in_another_language_is_said_not_to_be_English(string text, string tag, string found)
    {
        var a = Analyzer.Analyze(text);

        Assert.Equal(tag, a.Language);
        string warning = Assert.Single(a.Warnings);
        Assert.StartsWith("the text does not look like English (" + found, warning, StringComparison.Ordinal);
        Assert.EndsWith("entities, topics, key phrases and summaries are built for English and are likely wrong", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("中国政府周二宣布了一项新的养老金改革，该改革将于明年生效。据劳动部长称，这项改革对于确保该体系的财务平衡是必要的。工会立即呼吁下个月举行大罢工。", "und-Hani")]
    [InlineData("日本政府は火曜日、来年施行される新しい年金改革を発表した。労働大臣によると、この改革は制度の財政的均衡を確保するために必要だという。", "und-Jpan")]
    public void A_document_of_one_line_of_Chinese_or_Japanese_is_said_not_to_be_English(string text, string tag)
    {
        // Written without spaces, a paragraph is one "word" long: the parser takes the line for a headline over no body,
        // and the check, which reads the body, said nothing. A CSV cell or a news brief is such a line.
        var a = Analyzer.Analyze(text);
        var cell = Analyzer.Analyze(new DocumentInput { Source = "news.csv#2", Content = text, Published = new DateOnly(2020, 3, 5) });

        Assert.Equal(tag, a.Language);
        Assert.Contains(a.Warnings, w => w.StartsWith("the text does not look like English", StringComparison.Ordinal));
        Assert.Equal(tag, cell.Language);
        Assert.Equal(new DateOnly(2020, 3, 5), cell.Published);
    }

    [Fact]
    public void The_warning_of_Latin_text_counts_its_English_words()
    {
        var verdict = LanguageCheck.Check(TextArticle(German), EnglishLexicon.Default);

        Assert.Equal(LanguageDecision.NotEnglish, verdict.Decision);
        Assert.True(verdict.Words >= LanguageCheck.MinWords);
        Assert.Contains($"{verdict.CommonWords} of its {verdict.Words} lower-case words are common English words", verdict.Warning(), StringComparison.Ordinal);
        Assert.True(verdict.CommonShare < LanguageCheck.MinCommonShare);
    }

    [Fact]
    public void The_record_of_a_document_in_another_language_carries_its_language()
    {
        string json = AnalysisJson.Serialize(AnalysisJson.ToRecord(Analyzer.Analyze(Russian, "ru.txt")));

        Assert.Contains("\"language\":\"und-Cyrl\"", json, StringComparison.Ordinal);
        Assert.Equal("und-Cyrl", AnalysisJson.Deserialize(json).Language);
    }

    [Fact]
    public void The_seeds_record_has_no_language_and_no_warning()
    {
        var a = Analyzer.Analyze(SeedArticle.Text);
        string json = AnalysisJson.Serialize(AnalysisJson.ToRecord(a));

        Assert.Null(a.Language);
        Assert.Empty(a.Warnings);
        Assert.DoesNotContain("\"language\"", json, StringComparison.Ordinal);
        Assert.Equal(LanguageDecision.English, LanguageCheck.Check(a.Structure, EnglishLexicon.Default).Decision);
    }

    public static TheoryData<string> EnglishEdgeCases => new()
    {
        // A headline alone.
        "Stocks fall as oil prices climb to a two-year high",
        // English words the news rarely writes, but an English sentence: too few letters to judge.
        "Vote now!",
        // A table of names and numbers: no words in lower case to judge.
        "Premier League results\n\nArsenal 2 Chelsea 1\n\nLiverpool 3 Everton 0\n\nManchester United 1 Tottenham Hotspur 1\n\n" +
        "Newcastle United 0 Aston Villa 2\n\nWest Ham United 4 Crystal Palace 2\n\nBrighton 1 Brentford 1",
        // English with a French sentence quoted in it.
        English + "\n\n\"Nous ne céderons pas, nous irons jusqu'au bout\", the mayor told reporters in French, before repeating in English that the city would not give way.",
        // English about code, with the code.
        "How to read a file in C#\n\nThe simplest way to read a whole file is to call File.ReadAllText with its path, which returns the text as one string. " +
        "For a large file it is better to read it line by line, so that the whole file is never held in memory at once.\n\n" +
        "var lines = File.ReadLines(path);\nforeach (var line in lines) { Console.WriteLine(line.Trim()); }\n\n" +
        "The second form reads each line only when the loop asks for it, and closes the file when the loop ends.",
        // A German sentence too short to judge.
        "Die Brücke wird erst im nächsten Jahr fertig.",
        // English in capitals: judged on its restored case.
        English.ToUpperInvariant(),
    };

    [Theory]
    [MemberData(nameof(EnglishEdgeCases))]
    public void English_text_short_mixed_or_full_of_names_is_never_said_to_be_another_language(string text)
    {
        var a = Analyzer.Analyze(text);

        Assert.Null(a.Language);
        Assert.DoesNotContain(a.Warnings, w => w.Contains("English", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_in_another_language_is_said_so_through_the_HTML_path()
    {
        string html = Page("de", "Neue Brücke wird später fertig", German.Split("\n\n")[1..], ["Startseite", "Politik", "Wirtschaft", "Sport"]);

        var a = Analyzer.AnalyzeHtml(html);

        Assert.Equal("und-Latn", a.Language);
        Assert.Contains(a.Warnings, w => w.StartsWith("the text does not look like English", StringComparison.Ordinal));
    }

    [Fact]
    public void An_English_article_inside_a_menu_in_another_language_is_English()
    {
        // The menu and footer are boilerplate, not body: only the article is judged.
        string html = Page("de", "New bridge delayed until next year", English.Split("\n\n")[1..],
            ["Startseite", "Nachrichten aus der Region", "Wirtschaft und Finanzen", "Kontakt und Impressum", "Datenschutzerklärung"]);

        var a = Analyzer.AnalyzeHtml(html);

        Assert.Null(a.Language);
        Assert.DoesNotContain(a.Warnings, w => w.Contains("English", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_in_another_language_is_said_so()
    {
        var a = Analyzer.AnalyzeMarkdown("# " + Spanish);

        Assert.Equal("und-Latn", a.Language);
    }

    [Fact]
    public void Stages_that_are_not_run_do_not_change_the_check()
    {
        var structureOnly = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Structure });

        Assert.Equal("und-Latn", structureOnly.Analyze(French).Language);
        Assert.Null(structureOnly.Analyze(English).Language);
    }

    [Fact]
    public void Checking_a_body_allocates_nothing_until_a_warning_is_written()
    {
        var structure = TextArticle(SeedArticle.Text);
        var lexicon = EnglishLexicon.Default;
        LanguageCheck.Check(structure, lexicon);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var verdict = LanguageCheck.Check(structure, lexicon);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(LanguageDecision.English, verdict.Decision);
        Assert.Equal(0, allocated);
    }

    [SharedDataFact]
    public void No_BBC_business_article_is_said_to_be_another_language()
    {
        var structureOnly = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Structure });
        var flagged = new List<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.SharedData, "bbc", "articles", "business"), "*.txt"))
        {
            if (structureOnly.Analyze(File.ReadAllText(file), file).Language is { } language)
            {
                flagged.Add(file + " " + language);
            }
        }

        Assert.Empty(flagged);
    }

    private static TextInsight.Structure.ArticleStructure TextArticle(string text) => TextInsight.Structure.ArticleParser.Default.Parse(text);

    private static string Page(string lang, string title, string[] paragraphs, string[] menu) =>
        $"<!doctype html><html lang=\"{lang}\"><head><title>{title}</title></head><body>" +
        "<nav><ul>" + string.Concat(menu.Select(m => $"<li><a href=\"/{m.Length}\">{m}</a></li>")) + "</ul></nav>" +
        $"<article><h1>{title}</h1>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article>" +
        "<footer><p>Alle Rechte vorbehalten. Impressum, Datenschutz und Kontakt.</p></footer></body></html>";
}
