using System.Globalization;

namespace TextInsight.Summaries;

/// <summary>
/// The parameters of <see cref="KeyphraseExtractor"/>'s score. The built-in values were chosen on the tune part of the
/// blind-annotated BBC sample (tests/keyphrase-sample: people's key phrases of the newswire kind) and reported on its
/// check part and on 500N-KPCrowd (src/TextInsight/Models/README.md, version 2 of the weights).
/// </summary>
/// <param name="PositionBias">How much of PageRank's random jump goes to early words (PositionRank) rather than to all alike, 0 to 1.</param>
/// <param name="Window">Words of a sentence's noun phrases linked in the graph when this close (1: only neighbours).</param>
/// <param name="Idf">Exponent of the background IDF in a word's weight (0: no corpus statistics).</param>
/// <param name="FirstPosition">Exponent of 1 / (1 + first word index / 10): how much an early first mention counts.</param>
/// <param name="Frequency">Exponent of the phrase's count.</param>
/// <param name="Title">Added factor for a phrase the title holds.</param>
/// <param name="Entity">Added factor for the canonical name of a linked entity, plus its salience.</param>
/// <param name="SingleWord">Factor for a phrase of one word that names no entity.</param>
internal sealed record KeyphraseWeights(
    double PositionBias,
    int Window,
    double Idf,
    double FirstPosition,
    double Frequency,
    double Title,
    double Entity,
    double SingleWord)
{
    /// <summary>The built-in weights.</summary>
    public static KeyphraseWeights Default { get; } = new(
        PositionBias: 0.5, Window: 3, Idf: 1, FirstPosition: 0.5, Frequency: 1, Title: 2, Entity: 4, SingleWord: 0.5);

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"PositionBias={PositionBias},Window={Window},Idf={Idf},FirstPosition={FirstPosition},Frequency={Frequency},Title={Title},Entity={Entity},SingleWord={SingleWord}");
}
