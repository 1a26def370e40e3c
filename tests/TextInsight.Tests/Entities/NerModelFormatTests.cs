using System.IO.Compression;
using System.Text;
using TextInsight.Entities;
using TextInsight.Entities.Ner;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Entity models in older file formats still load. Since version 3 the built-in model is written in format 4, so no
/// file of the repository is in format 2 any more (the built-in version 2, which users may hold) or 3: the test writes
/// them from a model trained on a tiny fixture, as those formats laid them out (<see cref="NerModel"/>).
/// </summary>
public class NerModelFormatTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_model_written_in_an_older_format_loads_and_tags_as_the_model_it_was_written_from(int format)
    {
        var model = new NerTrainer(new NerTrainingOptions { Epochs = 2, Seed = 1, Pass1Bits = 14, Pass2Bits = 14, Folds = 2 }, _ => { })
            .Train(NerEnsembleTrainingTests.Read(NerEnsembleTrainingTests.Fixture(24, 1)), null, [SeedArticle.Text]);
        var tagger = new NamedEntityTagger(model);
        using var current = new MemoryStream();
        tagger.Save(current);

        using var old = new MemoryStream(OlderFormat(current.ToArray(), format));
        var loaded = NamedEntityTagger.Load(old);

        Assert.NotNull(loaded.Model.CaseLexicon);
        Assert.Null(loaded.Model.NameLists);
        Assert.Null(loaded.Model.Clusters);
        const string text = "Ruth Suehle met Tomas Keller in Oslo.\nFjell Inc will open in Porto, the Finnish minister Berg said.";
        var segments = NerTaggerTests.Segments(text);
        Assert.NotEmpty(tagger.Tag(text, segments));
        Assert.Equal(tagger.Tag(text, segments), loaded.Tag(text, segments));
    }

    // Format 4 stores the payload as it is; formats 2 and 3 deflated it (zlib), and format 2 ended the payload's header
    // part with the case lexicon: the name lists and clusters (two empty tables and a length here) came with format 3.
    private static byte[] OlderFormat(byte[] format4, int format)
    {
        Assert.Equal("TNER"u8.ToArray(), format4[..4]);
        Assert.Equal(4, BitConverter.ToInt32(format4, 4));
        var payload = format4.AsSpan(8).ToArray();
        if (format == 2)
        {
            int lists = EndOfCaseLexicon(payload);
            Assert.Equal(new byte[12], payload[lists..(lists + 12)]);
            payload = [.. payload[..lists], .. payload[(lists + 12)..]];
        }

        using var file = new MemoryStream();
        file.Write("TNER"u8);
        file.Write(BitConverter.GetBytes(format));
        using (var zip = new ZLibStream(file, CompressionLevel.Optimal, leaveOpen: true))
        {
            zip.Write(payload);
        }

        return file.ToArray();
    }

    // The labels, the training names (int32 longest, int32 count, count × (uint64 hash, byte mask)), the calibration
    // (two float64) and the case lexicon (int32 count, count × uint64).
    private static int EndOfCaseLexicon(byte[] payload)
    {
        using var r = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
        int labels = r.ReadInt32();
        for (int i = 0; i < labels; i++)
        {
            r.ReadString();
        }

        r.ReadInt32();
        int names = r.ReadInt32();
        r.BaseStream.Position += (names * 9L) + 16;
        int words = r.ReadInt32();
        return (int)(r.BaseStream.Position + (words * 8L));
    }
}
