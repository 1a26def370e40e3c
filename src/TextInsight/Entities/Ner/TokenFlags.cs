namespace TextInsight.Entities.Ner;

/// <summary>What a token's characters are like.</summary>
[Flags]
internal enum TokenFlags : byte
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>At least one letter.</summary>
    HasLetter = 1,
    /// <summary>The first character is an upper-case letter.</summary>
    InitialUpper = 2,
    /// <summary>Letters, none of them lower case.</summary>
    NoLower = 4,
    /// <summary>At least one digit.</summary>
    HasDigit = 8,
    /// <summary>The first character is a lower-case letter.</summary>
    InitialLower = 16,
}
