using PublicApiGenerator;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.PublicApi;

/// <summary>
/// The library's public surface, compared with the committed TextInsight.approved.txt so that every API change shows up
/// in review as a diff of that file. To accept a change, run
/// <c>TEXTINSIGHT_ACCEPT_API=1 dotnet test --filter "FullyQualifiedName~PublicApi"</c>, or copy the received file the
/// failing test wrote over the approved one.
/// </summary>
public class PublicApiTests
{
    private const string AcceptVariable = "TEXTINSIGHT_ACCEPT_API";

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "TextInsight.Tests", "PublicApi");

    [Fact]
    public void The_public_api_of_TextInsight_matches_the_approved_file()
    {
        string received = Normalize(typeof(TextAnalyzer).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            TreatRecordsAsClasses = false,
            // The state-machine attributes name compiler-generated types whose numbers change whenever a method is
            // added: they are not API, and would make every such change look like one.
            ExcludeAttributes =
            [
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
                "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute",
                "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
                "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
            ],
        }));
        string approvedPath = Path.Combine(Folder, "TextInsight.approved.txt");
        string receivedPath = Path.Combine(Folder, "TextInsight.received.txt");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(approvedPath, received);
        }

        string approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            $"The public API of TextInsight differs from {approvedPath}.{Environment.NewLine}" +
            $"The API as built is in {receivedPath}; diff the two to review the change.{Environment.NewLine}" +
            $"If the change is intended, accept it with:{Environment.NewLine}" +
            $"  {AcceptVariable}=1 dotnet test --filter \"FullyQualifiedName~PublicApi\"{Environment.NewLine}" +
            $"(or copy {Path.GetFileName(receivedPath)} over {Path.GetFileName(approvedPath)}) and commit the approved file.");
    }

    private static string Normalize(string api) => api.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
