using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Text;

public sealed class SeedArticleSentenceTests
{
    private static readonly string[] ExpectedBodySentences =
    [
        "The Apache Software Foundation (ASF) has secured a $1.5 million donation from Anthropic, signaling growing recognition that the future of AI and cloud-native innovation depends heavily on the stability of open source foundations.",
        "The funding is aimed at strengthening the infrastructure, security, and community systems that underpin hundreds of widely used projects.",
        "As enterprises race to adopt AI and scale Kubernetes-driven environments, the announcement highlights a critical but often overlooked reality: modern software innovation rests on decades of open source engineering that must be continuously maintained.",
        "Why Open Source Infrastructure Matters More in the AI Era",
        "From distributed data systems to developer tooling and web platforms, many of today’s enterprise stacks rely on Apache-hosted projects.",
        "These technologies quietly power everything from financial services to healthcare and transportation systems.",
        "While invisible to end users, they form the backbone of cloud-native architectures and AI pipelines.",
        "The ASF operates as a vendor-neutral steward of these projects, providing governance, legal frameworks, and operational infrastructure.",
        "This neutrality has long been a differentiator, especially for enterprises wary of vendor lock-in or undue influence from a single commercial entity.",
        "Anthropic’s contribution comes at a time when AI development is accelerating rapidly.",
        "Training models, deploying inference systems, and managing large-scale data workflows all depend on stable and secure infrastructure layers—many of which originate in open source ecosystems like Apache.",
        "A senior executive at Anthropic emphasized that while AI innovation is moving fast, it is built on foundational systems that require long-term investment and independence.",
        "Supporting ASF, in that view, is less about sponsorship and more about safeguarding the integrity of the broader software ecosystem.",
        "Sustaining the Backbone of Cloud-Native and Enterprise Systems",
        "Unlike traditional software vendors, the ASF does more than host code repositories.",
        "It provides a structured governance model, security oversight, and community processes that enable global collaboration at scale.",
        "This ensures that projects remain transparent, reliable, and free from centralized control.",
        "That model has made Apache projects a cornerstone of enterprise IT strategies, particularly in cloud-native and Kubernetes environments where interoperability and trust are essential.",
        "The newly announced funding will be directed toward improving build systems, enhancing security processes, and supporting contributor communities.",
        "These investments are critical as the number of contributors and the complexity of projects continue to grow.",
        "Ruth Suehle, President of the ASF, noted that open source software often goes unnoticed precisely because it works so reliably.",
        "However, that reliability is not accidental—it is the result of sustained investment and active community governance.",
        "Contributions like this one help ensure that these systems remain resilient and independent over the long term.",
        "A Broader Industry Signal",
        "Anthropic’s donation reflects a broader shift in how AI companies engage with open source.",
        "Rather than simply consuming community-built technologies, leading organizations are beginning to reinvest in the ecosystems that make their innovations possible.",
        "This trend aligns with increasing enterprise demand for transparency, security, and sustainability in software supply chains.",
        "As AI adoption grows, so too does scrutiny around the reliability and governance of the underlying infrastructure.",
        "For developers and platform teams, the message is clear: the future of AI is inseparable from the health of open source communities.",
        "Investments in foundational organizations like the ASF are not just philanthropic—they are strategic.",
        "Looking ahead, continued collaboration between AI leaders and open source foundations will likely play a defining role in shaping the next generation of cloud-native systems.",
        "Enterprises that depend on these technologies would do well to pay attention—not just to what’s being built, but to what’s sustaining it.",
    ];

    [Fact]
    public void Splits_every_body_paragraph_into_the_sentences_a_reader_sees()
    {
        string text = SeedArticle.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        string[] paragraphs = text.Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        // The body lies between the two "0" lines (share counters) that frame it in the page's text.
        int first = Array.IndexOf(paragraphs, "0");
        int last = Array.LastIndexOf(paragraphs, "0");
        Assert.True(first >= 0 && last > first, "the seed article's body is framed by two \"0\" lines");

        var actual = new List<string>();
        for (int p = first + 1; p < last; p++)
        {
            foreach (var span in SentenceSplitter.Default.Split(paragraphs[p]))
            {
                actual.Add(span.GetText(paragraphs[p]));
            }
        }

        Assert.Equal(ExpectedBodySentences, actual);
    }
}
