using TextInsight.Tests.Support;
using TextInsight.Topics;

namespace TextInsight.Tests.Topics;

public sealed class TopicCorpusTests
{
    [Fact]
    public void Utf8_is_decoded_without_its_byte_order_mark()
    {
        Assert.Equal("£5m café", TopicCorpus.Decode([0xEF, 0xBB, 0xBF, .. "£5m café"u8]));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        Assert.Equal("£5m “deal”", TopicCorpus.Decode([0xA3, (byte)'5', (byte)'m', (byte)' ', 0x93, (byte)'d', (byte)'e', (byte)'a', (byte)'l', 0x94]));
    }

    [Fact]
    public void A_folder_is_read_with_labels_from_its_sub_folders()
    {
        var root = Directory.CreateTempSubdirectory("textinsight-topics-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "weather", "2024"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "cooking"));
            File.WriteAllText(Path.Combine(root.FullName, "weather", "2024", "b.txt"), "Rain later.");
            File.WriteAllText(Path.Combine(root.FullName, "weather", "a.txt"), "Sunny.");
            File.WriteAllText(Path.Combine(root.FullName, "cooking", "c.txt"), "Bake it.");
            File.WriteAllText(Path.Combine(root.FullName, "cooking", "notes.md"), "Not read.");

            var texts = TopicCorpus.ReadFolder(root.FullName);

            Assert.Equal(
                [new("Bake it.", "cooking", "cooking/c.txt"), new("Rain later.", "weather", "weather/2024/b.txt"), new LabeledText("Sunny.", "weather", "weather/a.txt")],
                texts);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [SharedDataFact]
    public void The_one_latin1_BBC_article_reads_its_pound_sign()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.SharedData, "bbc", "articles", "sport", "199.txt"));

        Assert.Equal('£', TopicCorpus.Decode(bytes)[257]);
    }
}
