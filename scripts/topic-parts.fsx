// Lists the files of some parts of a labelled topic folder as symbolic links in OUTDIR, chosen exactly as
// TopicCorpus.SelectPart chooses them (within each label, sources in ordinal order, shuffled with Random(1), dealt in
// turn), so that unlabelled-text tools (`textinsight train clusters --text OUTDIR`) can read only the development parts.
// usage: dotnet fsi scripts/topic-parts.fsx FOLDER N K1,K2,... OUTDIR
// e.g.   dotnet fsi scripts/topic-parts.fsx ../shared/data/bbc-2020-dev/articles 4 1,3 /tmp/dev-parts
open System
open System.IO

let args = fsi.CommandLineArgs |> Array.skip 1
if args.Length <> 4 then
    eprintfn "usage: dotnet fsi scripts/topic-parts.fsx FOLDER N K1,K2,... OUTDIR"
    exit 2
let folder, n, parts, outDir = Path.GetFullPath args.[0], int args.[1], args.[2].Split(',') |> Array.map int, args.[3]
Directory.CreateDirectory outDir |> ignore
let ordinal (a: string) (b: string) = String.CompareOrdinal(a, b)
for labelDir in Directory.GetDirectories folder |> Array.sortWith ordinal do
    let sources =
        Directory.GetFiles(labelDir, "*.txt", SearchOption.AllDirectories)
        |> Array.map (fun f -> Path.GetRelativePath(folder, f).Replace('\\', '/'))
        |> Array.sortWith ordinal
    Random(1).Shuffle(sources)
    for i in 0 .. sources.Length - 1 do
        if Array.contains (i % n) parts then
            let target = Path.Combine(outDir, Path.GetFileName folder + "-" + sources.[i].Replace('/', '-'))
            File.CreateSymbolicLink(target, Path.Combine(folder, sources.[i])) |> ignore
