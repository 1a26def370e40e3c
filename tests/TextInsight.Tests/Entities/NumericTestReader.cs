using TextInsight.Entities.Numeric;

namespace TextInsight.Tests.Entities;

/// <summary>Runs the number grammar and the numeric rules over a whole string, as the recognizer does over one segment.</summary>
internal static class NumericTestReader
{
    public readonly record struct Found(int Start, int End, decimal Value);

    public static List<Found> Numbers(string text)
    {
        var atoms = new List<NumberAtom>();
        NumberAtomReader.Read(text, new TextSpan(0, text.Length), atoms);
        var parses = new List<NumberParse>();
        NumberGrammar.FindAll(text, atoms.ToArray(), NumberOptions.Ratios, parses);
        return parses.Select(p => new Found(atoms[p.Start].Start, atoms[p.End - 1].End, p.Value)).ToList();
    }

    public static List<NumericMention> Mentions(string text, DateOnly? published = null, string dollar = "USD")
    {
        var output = new List<NumericMention>();
        NumericRecognizer.Recognize(text, new TextSpan(0, text.Length), new NumericContext(dollar, published), [], output);
        return output;
    }
}
