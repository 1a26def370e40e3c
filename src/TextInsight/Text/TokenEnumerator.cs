namespace TextInsight.Text;

/// <summary>An allocation-free enumerator over the tokens of a text, from <see cref="Tokenizer.Tokenize"/>.</summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>The current token.</summary>
    public Token Current { get; private set; }

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    public bool MoveNext()
    {
        int i = _position;
        while (i < _text.Length && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        if (i >= _text.Length)
        {
            _position = i;
            return false;
        }

        Current = Tokenizer.Next(_text, i);
        _position = Current.End;
        return true;
    }
}
