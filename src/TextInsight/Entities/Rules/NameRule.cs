namespace TextInsight.Entities.Rules;

/// <summary>The rules of <see cref="NameRules"/>, each of which can be turned off (for ablation: <c>evaluate entities --rules</c>).</summary>
[Flags]
internal enum NameRule
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary>Rule 1: a common noun opening a sentence is cut from the name after it.</summary>
    OpeningNoun = 1 << 0,

    /// <summary>Rule 2: capitalized common words before a job title are no name.</summary>
    JobTitle = 1 << 1,

    /// <summary>Rule 3: a name ending in a model code is a product.</summary>
    ModelCode = 1 << 2,

    /// <summary>Rule 4: a run in apposition with a work or product noun is Misc.</summary>
    WorkApposition = 1 << 3,

    /// <summary>Rule 5: club words make organizations.</summary>
    Club = 1 << 4,

    /// <summary>Rule 6: the odd type out of a list takes the others' type.</summary>
    ListAgreement = 1 << 5,

    /// <summary>Rule 7: a demonym used as an adjective is Misc.</summary>
    Demonym = 1 << 6,

    /// <summary>Rule 8: a two-word "place" followed by <c>for her</c>/<c>for his</c> is a person.</summary>
    PronounPerson = 1 << 7,

    /// <summary>Rule 9: a common word opening a sentence or quote is no name unless the tagger is sure.</summary>
    CommonFirstWord = 1 << 8,

    /// <summary>Rule 10: title and heading names are read as the body writes them.</summary>
    HeadlineAgreement = 1 << 9,

    /// <summary>Rule 11: the unknown first word of a title-case headline before its verb is an organization.</summary>
    HeadlineSubject = 1 << 10,

    /// <summary>Rule 12: a name typed Misc by rules 3 and 4 is Misc wherever the document repeats it.</summary>
    MiscRepeat = 1 << 11,

    /// <summary>Rule 0: a courtesy title (<c>Mr</c>, <c>Dr</c>) is cut from the name after it, a person.</summary>
    Honorific = 1 << 12,

    /// <summary>Rule 13: a web platform (<c>Facebook</c>, <c>Instagram</c>) is an organization.</summary>
    WebPlatform = 1 << 13,

    /// <summary>Rule 14: a person's name that ends in a street word (<c>Downing Street</c>) is a place.</summary>
    StreetPlace = 1 << 14,

    /// <summary>Every rule.</summary>
    All = (1 << 15) - 1,
}
