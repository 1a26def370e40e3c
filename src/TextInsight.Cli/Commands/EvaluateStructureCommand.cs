using System.CommandLine;
using System.Globalization;
using TextInsight.Structure;
using TextInsight.Structure.Evaluation;
using TextInsight.Structure.Training;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight evaluate structure --html DIR --truth FILE.json [--render region|page]</c>: renders each page to the
/// plain text a scraper dumps and scores the plain-text structure parser on it: body word 4-gram F1 against the true main
/// text (as <c>evaluate extraction</c>), the same F1 when the whole text is kept, and titles that match the page's
/// metadata title or <c>&lt;h1&gt;</c>.
/// </summary>
internal static class EvaluateStructureCommand
{
    public static Command Create()
    {
        var html = new Option<DirectoryInfo?>("--html") { Description = "Folder of pages <id>.html or <id>.html.gz (with --truth)." };
        var truth = new Option<FileInfo?>("--truth") { Description = "Ground truth JSON: { \"<id>\": { \"articleBody\": \"…\" } } (with --html)." };
        var data = new Option<DirectoryInfo[]>("--data")
        {
            Description = "Instead of --html and --truth: data-set folders (html/ beside ground-truth.json) or folders of them; each is reported, then all together.",
            AllowMultipleArgumentsPerToken = true,
        };
        var render = new Option<string>("--render") { Description = "What is rendered: region (the article region) or page (all visible text).", DefaultValueFactory = _ => "region" };
        render.AcceptOnlyFromAmong("region", "page");
        var single = new Option<bool>("--single-line-breaks") { Description = "Separate blocks by one line break instead of a blank line." };
        var noCaptions = new Option<bool>("--no-captions") { Description = "Leave figure captions out of the rendering." };
        var part = TrainStructureCommand.PartOption("all");
        var model = new Option<FileInfo?>("--model") { Description = "A structure model file to use instead of the built-in one." };
        var rules = new Option<bool>("--rules") { Description = "Use the hand-written rules alone (no model), to compare." };
        var pages = new Option<bool>("--pages") { Description = "Also print each page's F1 and title." };
        var renderings = new Option<DirectoryInfo?>("--renderings")
        {
            Description = "Score another renderer's texts instead of rendering the pages: a folder with region/<id>.txt and page/<id>.txt (pages without one are left out and counted).",
        };
        var threshold = new Option<double?>("--title-threshold") { Description = "Override the model's lowest headline probability (to choose it on dev pages)." };
        var markdown = new Option<bool>("--markdown")
        {
            Description = "Render the pages as Markdown (headings #, links [t](href), images ![alt](src), emphasis, list markers, tables as pipes) and score the Markdown path (MarkdownArticleParser).",
        };
        var markdownAsText = new Option<bool>("--markdown-as-text") { Description = "With --markdown: score the Markdown as plain text (the plain-text path), for comparison." };
        var linkShare = new Option<double?>("--link-share") { Description = "With --markdown: the share of link text from which a block is a list of links (above 1: never), to choose it on dev pages." };
        var imageCaptions = new Option<bool>("--image-captions") { Description = "With --markdown: an image alone in its paragraph gives its alt text as a line (else alt text is dropped)." };
        var hardBreaks = new Option<bool>("--hard-break-lines") { Description = "With --markdown: a hard line break starts a new line of its block (else it is a space)." };
        var command = new Command("structure", "Score plain-text structure (body and title) on HTML pages rendered to plain text.")
        {
            html, truth, data, render, single, noCaptions, part, model, rules, pages, threshold, renderings, markdown, markdownAsText, linkShare, imageCaptions, hardBreaks,
        };
        command.SetAction(parse => Run(
            parse.GetValue(html),
            parse.GetValue(truth),
            parse.GetValue(data) ?? [],
            parse.GetValue(render) == "page" ? RenderScope.Page : RenderScope.Region,
            !parse.GetValue(single),
            !parse.GetValue(noCaptions),
            TrainStructureCommand.ParsePart(parse.GetValue(part)!),
            parse.GetValue(model),
            parse.GetValue(rules),
            parse.GetValue(pages),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            parse.GetValue(threshold),
            parse.GetValue(renderings),
            parse.GetValue(markdown) ? new MarkdownOptions(parse.GetValue(markdownAsText), parse.GetValue(linkShare), parse.GetValue(imageCaptions), parse.GetValue(hardBreaks)) : null));
        return command;
    }

    internal static int Run(
        DirectoryInfo? html, FileInfo? truth, DirectoryInfo[] data, RenderScope scope, bool blankLines, bool captions, PagePart part,
        FileInfo? modelFile, bool rules, bool perPage, TextWriter stdout, TextWriter stderr, double? titleThreshold = null, DirectoryInfo? renderings = null,
        MarkdownOptions? markdown = null)
    {
        if (markdown is not null && renderings is not null)
        {
            stderr.WriteLine("--markdown renders the pages itself: it does not go with --renderings.");
            return Program.UsageError;
        }

        if (renderings is { Exists: false })
        {
            stderr.WriteLine($"{renderings.FullName}: not_found: no such folder.");
            return Program.UsageError;
        }

        string? renderingsFolder = renderings?.FullName;
        var sets = new List<(string Name, Func<IEnumerable<(string, string, string)>> Pages)>();
        if (html is not null || truth is not null)
        {
            if (html is null || truth is null)
            {
                stderr.WriteLine("--html and --truth go together.");
                return Program.UsageError;
            }

            if (!html.Exists || !truth.Exists)
            {
                stderr.WriteLine($"{(html.Exists ? truth.FullName : html.FullName)}: not_found: no such {(html.Exists ? "file" : "folder")}.");
                return Program.UsageError;
            }

            sets.Add((html.FullName, () => StructurePages.Read(html.FullName, truth.FullName, part)));
        }

        if (data.Length > 0)
        {
            var found = TrainStructureCommand.FindDataSets(data, stderr);
            if (found is null)
            {
                return Program.UsageError;
            }

            foreach (var set in found)
            {
                sets.Add((Path.GetFileName(set), () => StructurePages.Read(set, part)));
            }
        }

        if (sets.Count == 0)
        {
            stderr.WriteLine("Give --html and --truth, or --data.");
            return Program.UsageError;
        }

        ArticleParser parser;
        try
        {
            var model = modelFile is not null ? ReadModel(modelFile) : StructureModel.Default;
            if (model is not null && titleThreshold is { } t)
            {
                model = model.WithTitleThreshold(t);
            }

            parser = rules || model is null ? ArticleParser.RulesOnly : new ArticleParser(model);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{modelFile!.FullName}: unreadable: {e.Message}");
            return Program.UsageError;
        }

        MarkdownScoring? scoring = markdown is null ? null
            : new MarkdownScoring(markdown.AsText ? null : new MarkdownArticleParser(parser, markdown.LinkShare ?? MarkdownArticleParser.DefaultLinkShare, markdown.ImageCaptions, markdown.HardBreakLines));
        scoring?.Parser?.Parse("# Title\n\nA first paragraph of text that reads as prose, long enough to count as one.\n\n[Menu](/)");
        // An untimed parse warms the JIT so that the speed is of the parser, not of compilation.
        parser.Parse("Title\n\nA first paragraph of text that reads as prose, long enough to count as one.\n\nMenu");
        // Each data set is reported, then (with several) all pages together, rendered and parsed again.
        var all = new List<(string, string, string)>();
        Action<string, Structure.Html.ShingleCounts, string?, bool, IReadOnlyList<string>>? print = perPage
            ? (id, c, title, ok, headlines) => stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id}\tP={c.Precision:F3}\tR={c.Recall:F3}\ttitle={(ok ? "right" : "wrong")}\t{title}\texpected={string.Join(" || ", headlines)}"))
            : null;
        foreach (var (name, pages) in sets)
        {
            try
            {
                var list = pages().ToList();
                all.AddRange(list);
                Print(stdout, name, StructureEvaluator.Run(list, parser, scope, blankLines, captions, print, renderingsFolder, scoring));
            }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{name}: unreadable: {e.Message}");
                return Program.UsageError;
            }
        }

        if (sets.Count > 1)
        {
            Print(stdout, "all", StructureEvaluator.Run(all, parser, scope, blankLines, captions, renderings: renderingsFolder, markdown: scoring));
        }

        return 0;
    }

    /// <summary>How <c>--markdown</c> scores: as plain text (before the Markdown path) or through it, with its settings.</summary>
    internal sealed record MarkdownOptions(bool AsText, double? LinkShare, bool ImageCaptions, bool HardBreakLines);

    private static StructureModel ReadModel(FileInfo file)
    {
        using var stream = file.OpenRead();
        return StructureModel.Read(stream);
    }

    private static void Print(TextWriter stdout, string name, StructureReport r) =>
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-24} pages={r.Pages}  precision={r.Precision:F3}  recall={r.Recall:F3}  F1={r.F1:F3}  keep-all F1={r.KeepAllF1:F3}  titles right={r.TitlesRight}/{r.TitledPages}  speed={r.MegaCharsPerSecond:F1} M chars/s{(r.Missing > 0 ? $"  not rendered={r.Missing}" : "")}"));
}
