using System.Text.RegularExpressions;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Robustness;

/// <summary>Inputs the fuzz runner (<c>fuzz/TextInsight.Fuzz</c>) found breaking an invariant, kept as regression tests.</summary>
public class FuzzRegressionTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    /// <summary>
    /// 2026-12-04, seed e1eHhNfQN8K1: a first paragraph opening "$0? FRANKFURT (Eurodesk) -" made the dateline rule type
    /// "$0? FRANKFURT" a Location over the money mention "$0" (overlapping mentions).
    /// </summary>
    [Fact]
    public void A_dateline_after_a_money_amount_gives_no_overlapping_mentions()
    {
        string text = Unescape(
            "that +o|JW|IxsY[[\\u201d >'<may > levy Next article\\u000a]2g~5VZP{the less twice. \\u2013#??\\u0301#bX \\u2019@:(\\u000a\\ud83d]#$1.5MGallery \\u000a$0?\\u00a0FRANKFURT (Eurodesk) - The European Central Bank (ECB) kept its main deposit rate at 3.75% on 6 June 2024 but said it was increasingly confident that inflation was heading back to its 2% target, opening the door to a cut in the coming months.\\u000a \\u000d\\u000d)\\u2014(.</#\\u200b\\ufeff!\\u0301b,Y!.\\u000a#\\ud8009<]\\u0301>>][\\u201d\\u00a3\\ud800&\\u00a0\\u20141\\u000a\\ufeff\\u000a$$uj$BU@\\u05d0Y\\u20ac<\\u2019Greyline sales  B2CXoWbIab\\ude00\\ufeff\\u2026\\ufeff>$\\u000a");

        var analysis = Analyzer.Analyze(text, "fuzz");

        SpanInvariants.Check(AnalysisJson.ToRecord(analysis), text);
        Assert.Contains(analysis.Entities, m => m.Type == TextInsight.Entities.EntityType.Money && m.Text == "$0");
    }

    private static string Unescape(string escaped) =>
        Regex.Replace(escaped, @"\\u([0-9a-f]{4})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}
