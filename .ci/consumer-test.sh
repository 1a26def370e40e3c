#!/usr/bin/env bash
# Packs the library and the tool into a local feed, then uses them as a new user would: a fresh console project that
# references the TextInsight package and analyzes the seed article, and the textinsight tool installed from the feed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"

dotnet pack "$root/src/TextInsight/TextInsight.csproj" -c Release -o "$feed" -p:EnableSourceLink=true --nologo -v q
dotnet pack "$root/src/TextInsight.Cli/TextInsight.Cli.csproj" -c Release -o "$feed" -p:EnableSourceLink=true --nologo -v q
ls "$feed"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)
test -f "$feed/TextInsight.$version.nupkg"
test -f "$feed/TextInsight.$version.snupkg"
test -f "$feed/TextInsight.Tool.$version.nupkg"
# The tool: a package that names one package per platform (ReadyToRun) and the plain-IL fallback `any`.
for rid in linux-x64 linux-arm64 osx-x64 osx-arm64 win-x64 any; do
  test -f "$feed/TextInsight.Tool.$rid.$version.nupkg"
done

# A warm NuGet cache may already hold this version of TextInsight from an earlier pack, and restore would take that copy
# instead of the feed's: forget the project's own packages (only those) so that the consumer gets what was just packed.
cache=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')
if [ -n "$cache" ] && [ -d "$cache" ]; then
  rm -rf "$cache/textinsight" "$cache"/textinsight.tool*
fi

mkdir -p "$work/consumer"
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <RestoreAdditionalProjectSources>$feed</RestoreAdditionalProjectSources>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="TextInsight" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/consumer/Program.cs" <<'CS'
using TextInsight;
using TextInsight.Entities;

var analyzer = TextAnalyzer.CreateDefault();
var a = analyzer.Analyze(File.ReadAllText(args[0]), Path.GetFileName(args[0]));
Console.WriteLine(a.Title);
var money = a.Entities.FirstOrDefault(e => e.Type == EntityType.Money && e.Text == "$1.5M");
Console.WriteLine(money is null ? "no $1.5M" : $"{money.Text} = {money.Value} {money.Currency} ({money.Zone})");
// Markdown input brings the Markdig package along with TextInsight's.
var md = analyzer.AnalyzeMarkdown("# Harbour budget approved\n\nThe [city council](https://example.com/council) approved the **budget** on Monday.", "a.md");
Console.WriteLine($"{md.Title} / {md.Sentences[0].GetText(md.Text)}");
return a.Title == "Anthropic Backs Apache with $1.5M to Strengthen Open Source Infrastructure"
    && money is { Value: 1500000m, Currency: "USD", Zone: Zone.Title }
    && md.Title == "Harbour budget approved" && md.Sentences[0].GetText(md.Text) == "The city council approved the budget on Monday." ? 0 : 1;
CS
( cd "$work/consumer" && dotnet run -- "$root/corpus/seed-article.txt" )

dotnet tool install TextInsight.Tool --version "$version" --tool-path "$work/tools" --add-source "$feed"
articles=$(find "$root/corpus" -type f -name '*.txt' | wc -l)
records=$("$work/tools/textinsight" analyze "$root/corpus" --no-progress | wc -l)
echo "consumer: the installed tool wrote $records records for $articles articles"
test "$records" -eq "$articles"
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  # This machine gets the linux-x64 package: everything in it is precompiled (ReadyToRun), TextInsight's own code too,
  # with tiering on to recompile the hot methods (TextInsight.Cli.csproj says why), and it holds one platform's DuckDB
  # library.
  dir=$(dirname "$(find "$work/tools/.store" -path '*textinsight.tool.linux-x64*' -name TextInsight.Cli.dll | head -n 1)")
  python3 "$root/.ci/readytorun.py" "$dir/Microsoft.ML.Data.dll" "$dir/System.CommandLine.dll" "$dir/TextInsight.dll" "$dir/TextInsight.Cli.dll" | tee "$work/r2r.txt"
  grep -q 'Microsoft.ML.Data.dll: readytorun' "$work/r2r.txt"
  grep -q 'System.CommandLine.dll: readytorun' "$work/r2r.txt"
  grep -q '/TextInsight.dll: readytorun' "$work/r2r.txt"
  grep -q '/TextInsight.Cli.dll: readytorun' "$work/r2r.txt"
  grep -q '"System.Runtime.TieredCompilation": true' "$dir/TextInsight.Cli.runtimeconfig.json"
  grep -q '"System.Runtime.TieredCompilation.CallCountingDelayMs": 0' "$dir/TextInsight.Cli.runtimeconfig.json"
  test -f "$dir/libduckdb.so"
  test ! -d "$dir/runtimes"
  echo "consumer: the linux-x64 package was installed ($dir)"
fi

# The fallback for the platforms without a package of their own runs on any .NET 10 runtime.
mkdir -p "$work/any"
python3 -m zipfile -e "$feed/TextInsight.Tool.any.$version.nupkg" "$work/any"
records=$(dotnet "$work/any/tools/net10.0/any/TextInsight.Cli.dll" analyze "$root/corpus" --no-progress | wc -l)
echo "consumer: the any package wrote $records records for $articles articles"
test "$records" -eq "$articles"
echo "consumer: package and tool work from a local feed"
