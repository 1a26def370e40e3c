namespace TextInsight.Entities;

/// <summary>The type of a named or numeric entity.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>A company, institution, agency, team or other organization.</summary>
    Organization,
    /// <summary>A country, city, region or other place.</summary>
    Location,
    /// <summary>Nationalities, events, products, works and other names.</summary>
    Misc,
    /// <summary>An amount of money, with a normalized value and currency.</summary>
    Money,
    /// <summary>A percentage, with a normalized value.</summary>
    Percent,
    /// <summary>A date, with an ISO 8601 form.</summary>
    Date,
}
