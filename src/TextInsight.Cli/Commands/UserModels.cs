using TextInsight.Entities;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>
/// The models a user gives in place of the built-in ones (<c>--topic-model</c>, <c>--entity-model</c> of <c>analyze</c>
/// and <c>silo</c>): loaded once, or a usage error that names the file and says why.
/// </summary>
internal sealed record UserModels(TopicClassifier? Topics, EntityRecognizer? Entities)
{
    /// <summary>Loads the given model files; on failure writes <c>textinsight COMMAND: cannot load …</c> and returns null.</summary>
    /// <param name="command">The command, for the message.</param>
    /// <param name="topicModel">A topic model file, or null for the built-in one.</param>
    /// <param name="entityModel">An entity model file, or null for the built-in one.</param>
    /// <param name="error">Where the message goes.</param>
    public static async Task<UserModels?> LoadAsync(string command, string? topicModel, string? entityModel, TextWriter error)
    {
        TopicClassifier? topics = null;
        EntityRecognizer? entities = null;
        string kind = "topic", path = topicModel ?? string.Empty;
        try
        {
            if (topicModel is not null)
            {
                topics = TopicClassifier.Load(topicModel);
            }

            (kind, path) = ("entity", entityModel ?? string.Empty);
            if (entityModel is not null)
            {
                entities = new EntityRecognizer(NamedEntityTagger.Load(entityModel));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or InvalidOperationException or FormatException)
        {
            await error.WriteLineAsync($"textinsight {command}: cannot load the {kind} model {path}: {ex.Message}").ConfigureAwait(false);
            return null;
        }

        return new UserModels(topics, entities);
    }
}
