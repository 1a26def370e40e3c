namespace TextInsight.Entities;

/// <summary>A role stated next to a person (<c>Ruth Suehle, President of the ASF</c>).</summary>
/// <param name="Title">The role (<c>President</c>).</param>
/// <param name="Of">The <see cref="LinkedEntity.Id"/> of the organization the role is in, if stated.</param>
public sealed record EntityRole(string Title, int? Of);
