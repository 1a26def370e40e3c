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
return a.Title == "Anthropic Backs Apache with $1.5M to Strengthen Open Source Infrastructure"
    && money is { Value: 1500000m, Currency: "USD", Zone: Zone.Title } ? 0 : 1;
CS
( cd "$work/consumer" && dotnet run -- "$root/corpus/seed-article.txt" )

dotnet tool install TextInsight.Tool --version "$version" --tool-path "$work/tools" --add-source "$feed"
records=$("$work/tools/textinsight" analyze "$root/corpus" --no-progress | wc -l)
articles=$(find "$root/corpus" -type f -name '*.txt' | wc -l)
echo "consumer: the installed tool wrote $records records for $articles articles"
test "$records" -eq "$articles"
echo "consumer: package and tool work from a local feed"
