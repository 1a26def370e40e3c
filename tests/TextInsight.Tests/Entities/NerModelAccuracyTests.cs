using TextInsight.Entities;
using TextInsight.Entities.Ner;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

public class NerModelAccuracyTests
{
    // The built-in model's measured dev F1 (see src/TextInsight/Models/README.md) less 0.005.
    private const double DevF1Floor = 0.9363 - 0.005;

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
}
