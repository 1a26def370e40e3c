using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TextInsight.Entities.Rules;

namespace TextInsight.Entities.Ner;

/// <summary>One article of a hand-annotated name sample: its gold names as character spans, and spans not scored.</summary>
/// <param name="Path">The article's path under the sample's article folder (without <c>.txt</c>).</param>
/// <param name="Sha256">The first 16 hex digits of the SHA-256 of the file's bytes, so that a changed file is noticed.</param>
/// <param name="Gold">The gold names: character start, end (exclusive) and type index (<see cref="NerLabels.TypeNames"/>).</param>
/// <param name="GoldText">The text of each gold name, as the annotator wrote it (checked against the article).</param>
/// <param name="Ignored">Spans (<c>IGN</c>) where the annotation is a judgment on tokenization (<c>Belfast-based</c>): names overlapping them are not scored.</param>
internal sealed record EntitySampleArticle(string Path, string Sha256, List<EntitySpanLabel> Gold, List<string> GoldText, List<TextSpan> Ignored);

/// <summary>
/// A hand-annotated sample of articles (tests/entity-sample/): names as character offsets into files that stay outside
/// the repository, scored exactly (start, end and type) against what the whole pipeline (<see cref="TextAnalyzer"/>)
/// reports, with and without each name rule.
/// </summary>
internal static class EntitySample
{
    /// <summary>Reads a sample file: <c># article sha256:…</c> lines, then <c>article, start, length, type, text</c> rows.</summary>
    /// <exception cref="FormatException">A row is malformed.</exception>
    public static List<EntitySampleArticle> Read(string path)
    {
        var articles = new List<EntitySampleArticle>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                int sha = line.IndexOf(" sha256:", StringComparison.Ordinal);
                if (sha > 0)
                {
                    articles.Add(new EntitySampleArticle(line[2..sha], line[(sha + 8)..].Trim(), [], [], []));
                }

                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 5 || articles.Count == 0 || cells[0] != articles[^1].Path
                || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out int length) || length == 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'article<TAB>start<TAB>length<TAB>type<TAB>text' after the article's '# ' line.");
            }

            var article = articles[^1];
            if (cells[3] == "IGN")
            {
                article.Ignored.Add(new TextSpan(start, length));
                continue;
            }

            int type = NerLabels.ParseType(cells[3]);
            if (type < 0)
            {
                throw new FormatException($"{path}:{lineNumber}: unknown type '{cells[3]}' (PER, ORG, LOC, MISC or IGN).");
            }

            article.Gold.Add(new EntitySpanLabel(start, start + length, type));
            article.GoldText.Add(cells[4]);
        }

        return articles;
    }

    /// <summary>
    /// The text of <paramref name="article"/> as the sample was annotated on: its file under <paramref name="articleRoot"/>,
    /// checked to be the file annotated (its hash) and to hold each gold name at its offsets.
    /// </summary>
    /// <exception cref="FileNotFoundException">The article's file is not under <paramref name="articleRoot"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not the one annotated, or a row's name is not at its offsets.</exception>
    internal static string ReadText(EntitySampleArticle article, string articleRoot)
    {
        string file = System.IO.Path.Combine(articleRoot, article.Path + ".txt");
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"{article.Path}: no article file {file} (the sample's articles are read from {articleRoot}).", file);
        }

        byte[] bytes = File.ReadAllBytes(file);
        string hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        if (hash != article.Sha256)
        {
            throw new InvalidDataException($"{article.Path}: the file is not the one annotated (sha256 {hash}, sample {article.Sha256}).");
        }

        string text = TextDecoding.Decode(bytes, out _);
        for (int g = 0; g < article.Gold.Count; g++)
        {
            var e = article.Gold[g];
            if (e.End > text.Length)
            {
                throw new InvalidDataException($"{article.Path}: the row of '{article.GoldText[g]}' at {e.Start} ends past the article's end ({text.Length} characters).");
            }

            if (!text.AsSpan(e.Start, e.End - e.Start).SequenceEqual(article.GoldText[g]))
            {
                throw new InvalidDataException($"{article.Path}: no '{article.GoldText[g]}' at {e.Start} (the article has '{text.Substring(e.Start, e.End - e.Start).ReplaceLineEndings(" ")}' there).");
            }
        }

        return text;
    }

    /// <summary>
    /// Analyzes each article of <paramref name="sample"/> (read from <paramref name="articleRoot"/>) with
    /// <paramref name="analyzers"/> and scores each analyzer's person, organization, location and misc names.
    /// </summary>
    /// <param name="sample">The annotated articles.</param>
    /// <param name="articleRoot">The folder the articles' paths are under.</param>
    /// <param name="analyzers">The pipelines to score.</param>
    /// <param name="errors">Receives, for the first analyzer, each missed (<c>-</c>) and spurious (<c>+</c>) name, or null.</param>
    /// <param name="perArticle">Receives, for each article in order, each analyzer's scores on that article alone (for paired comparisons), or null.</param>
    /// <exception cref="InvalidDataException">An article is not the file annotated (its hash or a gold name's text differs).</exception>
    /// <param name="changeText">Changes each article's text before it is analyzed, character for character (for example into lower case), or null.</param>
    public static NerScores[] Score(IReadOnlyList<EntitySampleArticle> sample, string articleRoot, IReadOnlyList<TextAnalyzer> analyzers, TextWriter? errors = null,
        List<NerScores[]>? perArticle = null, Func<string, string>? changeText = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(analyzers);
        var scores = analyzers.Select(_ => new NerScores()).ToArray();
        foreach (var article in sample)
        {
            string text = ReadText(article, articleRoot);
            if (changeText is not null)
            {
                text = changeText(text);
            }

            var own = analyzers.Select(_ => new NerScores()).ToArray();
            perArticle?.Add(own);
            for (int a = 0; a < analyzers.Count; a++)
            {
                var found = new List<EntitySpanLabel>();
                foreach (var m in analyzers[a].Analyze(text, article.Path).Entities)
                {
                    int type = m.Type switch
                    {
                        EntityType.Person => 0,
                        EntityType.Organization => 1,
                        EntityType.Location => 2,
                        EntityType.Misc => 3,
                        _ => -1,
                    };
                    if (type >= 0 && !article.Ignored.Exists(s => s.Start < m.Span.End && m.Span.Start < s.End))
                    {
                        found.Add(new EntitySpanLabel(m.Span.Start, m.Span.End, type));
                    }
                }

                scores[a].Add(article.Gold, found, 0);
                own[a].Add(article.Gold, found, 0);
                if (a == 0 && errors is not null)
                {
                    foreach (var g in article.Gold.Where(g => !found.Contains(g)))
                    {
                        errors.WriteLine($"  - {article.Path} {NerLabels.TypeNames[g.Type],-4} {text[g.Start..g.End]}{Guess(found, g, text)}");
                    }

                    foreach (var f in found.Where(f => !article.Gold.Contains(f)))
                    {
                        errors.WriteLine($"  + {article.Path} {NerLabels.TypeNames[f.Type],-4} {text[f.Start..f.End]}");
                    }
                }
            }
        }

        return scores;
    }

    private static string Guess(List<EntitySpanLabel> found, EntitySpanLabel gold, string text)
    {
        var sb = new StringBuilder();
        foreach (var f in found.Where(f => f.Start < gold.End && gold.Start < f.End))
        {
            sb.Append(CultureInfo.InvariantCulture, $"  (found {NerLabels.TypeNames[f.Type]} {text[f.Start..f.End]})");
        }

        return sb.ToString();
    }

    /// <summary>The analyzers of an ablation: the default rules, then each of <paramref name="ablated"/> toggled in turn (<see cref="NameRules.Toggled"/>).</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="ablated">The rules toggled in turn.</param>
    /// <param name="restoreCase">The analyzers' <see cref="TextAnalyzerOptions.RestoreCase"/>.</param>
    public static List<TextAnalyzer> Analyzers(NamedEntityTagger tagger, IReadOnlyList<NameRule> ablated, bool restoreCase = true)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(ablated);
        TextAnalyzer Make(NameRule rules) => new(new TextAnalyzerOptions
        {
            Stages = Stages.Sentences | Stages.Entities,
            EntityRecognizer = new EntityRecognizer(tagger, rules),
            RestoreCase = restoreCase,
        });
        return [Make(NameRules.Default), .. ablated.Select(r => Make(NameRules.Toggled(r)))];
    }
}
