using System.Globalization;

namespace TextInsight.Summaries;

/// <summary>
/// The parameters of <see cref="KeyphraseExtractor"/>'s score. The built-in values (version 3) were chosen on the tune
/// parts of two blind-annotated samples of people's key phrases of the newswire kind, together (tests/keyphrase-sample:
/// BBC; tests/keyphrase-newswire: Reuters and FNC-1), and reported on their check parts and on 500N-KPCrowd;
/// <see cref="GenericIdf"/> (issue 22f), <see cref="EstablishedPhrase"/> (issue 22g), <see cref="MeasureShare"/> and
/// <see cref="LoneDemonym"/> (issue 22k), <see cref="BodyNames"/> (issue 22l) and <see cref="LoneAdjective"/> (issue 22m)
/// on the tune parts of those two and a third (tests/keyphrase-reuters), 22m checked on a fourth
/// (tests/keyphrase-reuters2); <see cref="TopicWords"/> (issue 22n) on the four tune parts, checked on a fifth
/// (tests/keyphrase-reuters3); <see cref="AmountWords"/> (issue 22o) checked on a sixth (tests/keyphrase-reuters4)
/// (src/TextInsight/Models/README.md, key phrases).
/// </summary>
/// <param name="PositionBias">How much of PageRank's random jump goes to early words (PositionRank) rather than to all alike, 0 to 1.</param>
/// <param name="Window">Words of a sentence's noun phrases linked in the graph when this close (1: only neighbours).</param>
/// <param name="Idf">Exponent of the background IDF in a word's weight (0: no corpus statistics).</param>
/// <param name="FirstPosition">Exponent of 1 / (1 + first word index / 10): how much an early first mention counts.</param>
/// <param name="Frequency">Exponent of the phrase's count.</param>
/// <param name="Title">Added factor for a phrase the title holds.</param>
/// <param name="Entity">Added factor for the canonical name of a linked entity, plus its salience.</param>
/// <param name="SingleWord">Factor for a phrase of one word that names no entity.</param>
/// <param name="MiscWord">Share of the entity factor (<paramref name="Entity"/> plus salience) that a linked entity of
/// type <see cref="Entities.EntityType.Misc"/> written as one word gets: nationalities and other adjectives of names
/// (<c>Chilean</c>, <c>Western</c>), which people rarely choose alone.</param>
/// <param name="GenericIdf">A phrase of one common word (no name) whose background IDF is below this is too generic to
/// stand alone (<c>market</c>, <c>oil</c>, <c>output</c>; 2.75: a word of more than one news document in 16): it scores 0,
/// so it is listed only when nothing else is left. 0: no such floor.</param>
/// <param name="EstablishedPhrase">Factor for an established term: a phrase of several words that names no linked entity,
/// that the article writes at least twice and that the background news holds (in at least three documents, as the
/// key phrase term model counted: <c>budget deficit</c>, <c>coffee exports</c>, not <c>new plan</c> read once).
/// 1: no such factor (issue 22g).</param>
/// <param name="MeasureShare">A lone common word written right after a counting number (no year, no money) in more than this
/// share of its occurrences is a unit (<c>points</c>, <c>bpd</c>, <c>tonnes</c>): it scores 0. 1: no such rule.</param>
/// <param name="LoneDemonym">Whether a lone nationality or religion adjective (<c>Japanese</c>, <c>Swiss</c>) scores 0.</param>
/// <param name="BodyNames">Whether a linked entity whose mentions are all in a title or heading (none in the body, by any
/// of its names) is left out unless the body writes one of its names as a phrase of its own (which the tagger missed
/// there): <c>WALL STREET STOCKS</c> of a headline in capitals, the byline and dateline a one-line text opens with, the
/// headline's <c>Fockers</c> of a body that writes only <c>Meet The Fockers</c>. An entity given without mentions is kept.</param>
/// <param name="LoneAdjective">Whether a lone word that names no entity and that the tagged text of the key phrase model
/// writes mostly as an adjective (<c>economic</c>, <c>difficult</c>, <c>strong</c>) scores 0: a noun phrase needs its
/// noun (issue 22m). A hyphenated word (<c>short-term</c>) is two key words, so not a lone word here.</param>
/// <param name="TopicWords">A phrase of several words that names no entity stands down when this many of its key words are
/// words of better-ranked phrases of several words (one phrase per topic, as TopicRank: 1, <c>fuel costs</c> after
/// <c>fuel prices</c>; 2, the default since issue 22n, lets <c>trade deficit</c> stand beside <c>trade surplus</c>, not
/// <c>record trade deficit</c> after <c>trade deficit</c>). 0: never.</param>
/// <param name="AmountWords">Whether the words of a Money or Percent mention end a phrase as its digits do: <c>a 2 billion
/// euro deal</c> gives <c>deal</c>, not <c>euro deal</c>; <c>a 3 pct increase</c>, <c>increase</c> (issue 22o; on by
/// default).</param>
internal sealed record KeyphraseWeights(
    double PositionBias,
    int Window,
    double Idf,
    double FirstPosition,
    double Frequency,
    double Title,
    double Entity,
    double SingleWord,
    double MiscWord,
    double GenericIdf,
    double EstablishedPhrase,
    double MeasureShare = 1,
    bool LoneDemonym = false,
    bool BodyNames = false,
    bool LoneAdjective = false,
    int TopicWords = 1,
    bool AmountWords = false)
{
    /// <summary>The built-in weights.</summary>
    public static KeyphraseWeights Default { get; } = new(
        PositionBias: 0.5, Window: 3, Idf: 1, FirstPosition: 0.5, Frequency: 1, Title: 1, Entity: 4, SingleWord: 0.5, MiscWord: 0, GenericIdf: 2.75, EstablishedPhrase: 3, MeasureShare: 0.5, LoneDemonym: true, BodyNames: true, LoneAdjective: true, TopicWords: 2, AmountWords: true);

    /// <summary>
    /// Reads weights written as <see cref="ToString"/> writes them (<c>Name=value</c>, comma-separated, names as the
    /// parameters'); a weight not named keeps its value in <paramref name="start"/>.
    /// </summary>
    /// <exception cref="FormatException">A part is not <c>Name=value</c>, names no weight, or its value is not a number.</exception>
    public static KeyphraseWeights Parse(string text, KeyphraseWeights start)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(start);
        var w = start;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !double.TryParse(part.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            {
                throw new FormatException($"'{part}' is not Name=number.");
            }

            w = part[..eq] switch
            {
                nameof(PositionBias) => w with { PositionBias = v },
                nameof(Window) when v >= 1 && v == Math.Floor(v) => w with { Window = (int)v },
                nameof(Idf) => w with { Idf = v },
                nameof(FirstPosition) => w with { FirstPosition = v },
                nameof(Frequency) => w with { Frequency = v },
                nameof(Title) => w with { Title = v },
                nameof(Entity) => w with { Entity = v },
                nameof(SingleWord) => w with { SingleWord = v },
                nameof(MiscWord) => w with { MiscWord = v },
                nameof(GenericIdf) => w with { GenericIdf = v },
                nameof(EstablishedPhrase) => w with { EstablishedPhrase = v },
                nameof(MeasureShare) => w with { MeasureShare = v },
                nameof(LoneDemonym) when v is 0 or 1 => w with { LoneDemonym = v == 1 },
                nameof(BodyNames) when v is 0 or 1 => w with { BodyNames = v == 1 },
                nameof(LoneAdjective) when v is 0 or 1 => w with { LoneAdjective = v == 1 },
                nameof(TopicWords) when v >= 0 && v == Math.Floor(v) => w with { TopicWords = (int)v },
                nameof(AmountWords) when v is 0 or 1 => w with { AmountWords = v == 1 },
                _ => throw new FormatException($"'{part}': no such weight, Window not a whole number of 1 or more, TopicWords not a whole number of 0 or more, or a switch (LoneDemonym, BodyNames, LoneAdjective, AmountWords) not 0 or 1."),
            };
        }

        return w;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"PositionBias={PositionBias},Window={Window},Idf={Idf},FirstPosition={FirstPosition},Frequency={Frequency},Title={Title},Entity={Entity},SingleWord={SingleWord},MiscWord={MiscWord},GenericIdf={GenericIdf},EstablishedPhrase={EstablishedPhrase},MeasureShare={MeasureShare},LoneDemonym={(LoneDemonym ? 1 : 0)},BodyNames={(BodyNames ? 1 : 0)},LoneAdjective={(LoneAdjective ? 1 : 0)},TopicWords={TopicWords},AmountWords={(AmountWords ? 1 : 0)}");
}
