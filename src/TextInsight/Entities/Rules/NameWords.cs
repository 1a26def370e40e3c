using TextInsight.Internals;

namespace TextInsight.Entities.Rules;

/// <summary>The word lists (from <c>Language/en</c>) and the limits the name rules share.</summary>
internal static class NameWords
{
    /// <summary>The confidence of a name a rule makes or retypes: a fixed estimate, since no data calibrate the rules.</summary>
    public const double RuleConfidence = 0.8;

    // Headline names are read against body names of at most this many words, and at most this many body names that begin
    // with the same word (a page of thousands of names in one line must stay linear).
    public const int MaxNameWords = 8;
    public const int MaxSameStart = 16;

    // Nouns that are also common verbs or modifiers ("show", "play", "single", "model", "watch") are left out: ", official
    // figures show" is no apposition.
    public static readonly WordSet WorkNouns = new(WordLists.Load("work-nouns", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet Determiners = new(WordLists.Load("determiners", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet PhraseStops = new(WordLists.Load("phrase-stops", StringComparer.OrdinalIgnoreCase));

    // After the noun phrase, a finite verb makes it a clause's subject, not an apposition: "Directed by X, the film was …".
    public static readonly WordSet FiniteVerbs = new(WordLists.Load("finite-verbs", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet Calendar = new(WordLists.Load("calendar-words", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet Honorifics = new(WordLists.Load("honorifics", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet OpeningNouns = new(WordLists.Load("opening-nouns", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet JobTitles = new(WordLists.Load("job-titles", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet ClubWords = new(WordLists.Load("club-words", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet ClubOrPlaceWords = new(WordLists.Load("club-or-place-words", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet PlaceWords = new(WordLists.Load("place-words", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet Designators = new(WordLists.Load("designators", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet Demonyms = new(WordLists.Load("demonyms", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet WebPlatforms = new(WordLists.Load("web-platforms", StringComparer.OrdinalIgnoreCase));

    /// <summary>The last word of a street's or square's name (<c>street-words.txt</c>): rule 14.</summary>
    public static readonly WordSet StreetWords = new(WordLists.Load("street-words", StringComparer.OrdinalIgnoreCase));

    public static readonly WordSet Coordinators = new(WordLists.Load("coordinators", StringComparer.OrdinalIgnoreCase));
}
