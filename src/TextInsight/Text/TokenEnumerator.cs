namespace TextInsight.Text;

/// <summary>
/// An allocation-free enumerator over the tokens of a text, from <see cref="Tokenizer.Tokenize"/>. It is a
/// <c>ref struct</c> over the text's span: copy it to look ahead without disturbing the original.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private Token _current;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _current = default;
    }

    /// <summary>The current token; <c>default</c> before the first <see cref="MoveNext"/>.</summary>
    public readonly Token Current => _current;

    /// <summary>The position where the next token is looked for (the end of <see cref="Current"/>).</summary>
    public readonly int Position => _position;

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="true"/> when there is one; <see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        int i = Tokenizer.SkipWhiteSpace(_text, _position);
        if (i >= _text.Length)
        {
            _position = _text.Length;
            return false;
        }

        _current = Tokenizer.Read(_text, i);
        _position = _current.End;
        return true;
    }
}
