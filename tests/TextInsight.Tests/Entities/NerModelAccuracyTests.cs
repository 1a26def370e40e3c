using TextInsight.Entities;
using TextInsight.Entities.Ner;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

public class NerModelAccuracyTests
{
    // The built-in model's measured dev F1 when it was trained (version 3, ner-news-v3: 0.9339 on 2026-12-07; version 2
    // had 0.9363, 0.9365 with 28faa55's examples cues: see src/TextInsight/Models/README.md) less 0.005.
    private const double DevF1Floor = 0.9339 - 0.005;

    [SharedDataFact]
    public void The_built_in_model_keeps_its_CoNLL_2003_dev_F1()
    {
        var docs = IobCorpusReader.ReadFile(Path.Combine(RepoPaths.SharedData, "conll2003", "dev.txt"));
        var model = NamedEntityTagger.Default.Model;

        var predicted = docs.Select(d => model.Tag(NerCorpus.ToDocument(d, model), null)).ToArray();

        Assert.True(NerCorpus.Score(docs, predicted).F1() >= DevF1Floor);
    }

    [SharedDataFact]
    public void The_name_rules_cost_nothing_on_CoNLL_2003_dev()
    {
        var docs = IobCorpusReader.ReadFile(Path.Combine(RepoPaths.SharedData, "conll2003", "dev.txt"));

        var (raw, ruled) = NerCorpus.ScoreRawText(NamedEntityTagger.Default, docs);

        // Measured: 5,537 correct names with the rules, 5,535 without (F1 93.03 and 92.99).
        Assert.True(ruled.Correct() >= raw.Correct(), $"the rules lose names: {ruled.Correct()} correct with them, {raw.Correct()} without");
        Assert.True(ruled.F1() >= raw.F1() - 0.0005, $"dev F1 with the rules {ruled.F1():F4}, without {raw.F1():F4}");
    }

    [SharedDataFact]
    public void The_whole_pipeline_stays_within_half_a_point_of_the_tagger_on_CoNLL_2003_dev()
    {
        var docs = IobCorpusReader.ReadFile(Path.Combine(RepoPaths.SharedData, "conll2003", "dev.txt"));
        var model = NamedEntityTagger.Default.Model;
        var predicted = docs.Select(d => model.Tag(NerCorpus.ToDocument(d, model), null)).ToArray();
        double tagger = NerCorpus.Score(docs, predicted).F1();

        // Measured (issue 19) with version 2: 93.26 through the analyzer, one sentence a line, against 93.63 on the gold
        // tokens (gap 0.38; 1.98 before); 93.36 with a blank line between sentences (gap 0.28); 0.39 and 0.29 since 28faa55's
        // examples cues. Version 3 (ner-news-v3, 2026-12-07): 93.39 on the gold tokens, 92.89 one sentence a line (gap
        // 0.5008: 5,560 names right of 5,965 found against 5,513 of 5,928, 5,942 gold) and 93.00 with blank lines (gap 0.40).
        // Since the linker lets a sure name keep its type against a short form's vote (issue 19, ninth round): 92.91 one
        // sentence a line (5,514 right of 5,928 found; gap 0.484) and 93.01 with blank lines (5,520; gap 0.383). The bound
        // is the 0.5, which the layout of one sentence a line then met by one name (it was 0.5008 before). Since
        // demonyms of every country, honours cut from names and headline full names kept (2026-12-07): 93.01 one sentence
        // a line (5,520 right of 5,928 found; gap 0.38) and 93.11 with blank lines (gap 0.28). Other draws of version 3's recipe had
        // gaps up to 0.72 (Models/README, eleventh round): a retrained model may not meet it.
        foreach (bool blankLines in new[] { false, true })
        {
            var (pipeline, _) = PipelineGap.Measure(NamedEntityTagger.Default, docs, predicted, blankLines);
            Assert.True(tagger - pipeline.F1() <= 0.005, $"gap {(tagger - pipeline.F1()) * 100:F2} (tagger {tagger:F4}, pipeline {pipeline.F1():F4}, blank lines {blankLines})");
        }
    }
}
