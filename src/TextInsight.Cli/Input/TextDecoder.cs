using System.Text;

namespace TextInsight.Cli.Input;

/// <summary>Turns the bytes of a document into text: BOMs removed, UTF-8 first, Windows-1252 as the fallback.</summary>
internal static class TextDecoder
{
    /// <summary>The warning a record carries when its bytes were not valid UTF-8.</summary>
    public const string Windows1252Warning = "decoded as windows-1252";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>Decodes <paramref name="bytes"/>, or says why they are not text.</summary>
    /// <param name="source">The document's name, for messages.</param>
    /// <param name="bytes">The document's bytes.</param>
    public static DocumentInput Decode(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Text(source, Encoding.Unicode.GetString(bytes[2..]));
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Text(source, Encoding.BigEndianUnicode.GetString(bytes[2..]));
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return DocumentInput.Failed(
                source,
                ErrorCodes.BinaryContent,
                $"{source}: the file holds binary data (a NUL byte at offset {nul}), not text.");
        }

        try
        {
            return Text(source, StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return Text(source, Windows1252.Value.GetString(bytes)) with { Warnings = [Windows1252Warning] };
        }
    }

    private static DocumentInput Text(string source, string text) => DocumentInput.FromText(source, text);
}
