namespace TextInsight.Cli.Input;

/// <summary>Turns the bytes of an input document into a <see cref="DocumentInput"/>: text, or a binary-content error.</summary>
internal static class TextDecoder
{
    /// <summary>The warning a record carries when its bytes were not valid UTF-8.</summary>
    public const string Windows1252Warning = "decoded as windows-1252";

    /// <summary>Decodes <paramref name="bytes"/> (see <see cref="TextDecoding"/>), or says why they are not text.</summary>
    /// <param name="source">The document's name, for messages.</param>
    /// <param name="bytes">The document's bytes.</param>
    public static DocumentInput Decode(string source, ReadOnlySpan<byte> bytes)
    {
        int nul = TextDecoding.StartsWithUtf16Bom(bytes) ? -1 : bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return DocumentInput.Failed(
                source,
                ErrorCodes.BinaryContent,
                $"{source}: the file holds binary data (a NUL byte at offset {nul}), not text.");
        }

        string text = TextDecoding.Decode(bytes, out bool windows1252);
        var document = DocumentInput.FromText(source, text);
        return windows1252 ? document with { Warnings = [Windows1252Warning] } : document;
    }
}
