using System.Text;

namespace TextInsight;

/// <summary>
/// How TextInsight reads the bytes of a text file, in one place for the CLI, the topic corpus reader and the evaluation
/// commands: a byte order mark decides UTF-8 or UTF-16; otherwise strict UTF-8, and Windows-1252 for bytes that are not
/// valid UTF-8 (older corpora, such as one BBC article, are Latin-1).
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>Whether the bytes start with a UTF-16 byte order mark (and so may hold NUL bytes as text).</summary>
    public static bool StartsWithUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>Decodes <paramref name="bytes"/> without their byte order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="windows1252">Set when the bytes were not valid UTF-8 and were read as Windows-1252.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, out bool windows1252)
    {
        windows1252 = false;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            windows1252 = true;
            return Windows1252.Value.GetString(bytes);
        }
    }
}
