using System.Runtime.CompilerServices;

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

    // Tokens of the current block read by the vectorized fast path, one bit per token start (see BlockScanner).
    private int _blockStart;
    private uint _starts;
    private uint _runEnds;
    private uint _singles;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _current = default;
    }

    /// <summary>The current token; <c>default</c> before the first <see cref="MoveNext"/>.</summary>
    public readonly Token Current => _current;

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="true"/> when there is one; <see langword="false"/> at the end of the text.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        // Kept small so that it inlines into the caller's loop: most tokens come from a block already scanned.
        if (_starts != 0)
        {
            _current = BlockScanner.TokenAt(_text, _blockStart, _starts, _runEnds, _singles);
            _starts &= _starts - 1;
            return true;
        }

        return MoveNextScan();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MoveNextScan()
    {
        int i = Tokenizer.SkipWhiteSpace(_text, _position);
        if (i >= _text.Length)
        {
            _position = _text.Length;
            return false;
        }

        if (i + BlockScanner.Width <= _text.Length && BlockScanner.TryScan(_text, i, out uint starts, out _runEnds, out _singles, out int cut))
        {
            _blockStart = i;
            _position = i + cut;
            _current = BlockScanner.TokenAt(_text, i, starts, _runEnds, _singles);
            _starts = starts & (starts - 1);
            return true;
        }

        _current = Tokenizer.Read(_text, i);
        _position = _current.End;
        return true;
    }
}
