using TextInsight.Cli.Input;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

public class FolderWalkerTests
{
    // Names around '/' in ordinal order: ' ' < '-' < '.' < '/' < '0'-'9' < 'A'-'Z' < 'a'-'z'.
    private static readonly string[] TrickyTree =
    [
        "a.txt", "a b.txt", "a-1.txt", "a0.txt", "A.txt", "B.md", "b.html", "1.txt", "10.txt", "9.txt", "_.txt",
        "a/b.txt", "a/b/c.txt", "a/b/c/d.txt", "a/b.c/e.txt", "a/b-c.txt", "a/b c.txt", "a/B.txt", "a/a.txt",
        "a b/x.txt", "a-1/c.md", "a0/z.txt", "A/z.txt", "1/0.txt", "10/1.txt",
        "b.txt.gz", "b.txt/c.txt", "b.txt-x.html", "c.csv", "c.csv.gz.txt", "d.jsonl.gz", "d.jsonl-1.jsonl",
        "deep/x/y/z/w.txt", "deep/x/y/z.txt", "deep/x y.txt", "deep/x.y/q.txt",
        "notes.json", "a/image.png", "a/b/c/readme", "deep/x/data.bin",
    ];

    [Fact]
    public void The_walk_yields_the_files_in_the_order_of_a_full_sorted_listing()
    {
        using var dir = new TempFolder();
        foreach (string name in TrickyTree)
        {
            dir.File(name, "x");
        }

        var (expected, expectedSkipped) = FullSortedListing(dir.Path);
        var walker = new FolderWalker(dir.Path, dir.Path);
        var walked = walker.Walk().ToList();

        Assert.All(walked, item => Assert.NotNull(item.File));
        Assert.Equal(expected.Select(f => f.Source), walked.Select(i => i.File!.Source));
        Assert.Equal(expected.Select(f => f.Path), walked.Select(i => i.File!.Path));
        Assert.Equal(expected.Select(f => (f.Kind, f.Compressed)), walked.Select(i => (i.File!.Kind, i.File.Compressed)));
        Assert.Equal(4, expectedSkipped);
        Assert.Equal(expectedSkipped, walker.Skipped);
        Assert.Equal("1.txt", walked[0].File!.Source);
    }

    [UnixFact]
    public void A_linked_folder_is_walked_as_a_full_listing_walks_it()
    {
        using var dir = new TempFolder();
        dir.File("tree/a.txt", "x");
        dir.File("tree/real/b.txt", "x");
        dir.File("elsewhere/c.txt", "x");
        dir.File("elsewhere/d/e.md", "x");
        Directory.CreateSymbolicLink(dir.Combine("tree/link"), dir.Combine("elsewhere"));
        File.CreateSymbolicLink(dir.Combine("tree/linked.txt"), dir.Combine("tree/a.txt"));

        var (expected, _) = FullSortedListing(dir.Combine("tree"));
        var walked = new FolderWalker(dir.Combine("tree"), "tree").Walk().Select(i => i.File!.Source).ToList();

        Assert.Equal(expected.Select(f => f.Source), walked);
        Assert.Contains("link/d/e.md", walked);
    }

    [Fact]
    public void The_first_file_comes_before_later_folders_are_listed()
    {
        var listed = new List<string>();
        var tree = new Dictionary<string, FolderEntry[]>
        {
            ["root"] = [new("b", true), new("a", true), new("c", true), new("z.txt", false)],
            [Path.Join("root", "a")] = [new("2.txt", false), new("1.txt", false)],
            [Path.Join("root", "b")] = [new("3.txt", false)],
            [Path.Join("root", "c")] = [new("4.txt", false)],
        };
        var walker = new FolderWalker("root", "root", d =>
        {
            listed.Add(d);
            return tree[d];
        });

        using var items = walker.Walk().GetEnumerator();
        Assert.True(items.MoveNext());
        Assert.Equal("a/1.txt", items.Current.File!.Source);
        Assert.Equal(["root", Path.Join("root", "a")], listed);

        var rest = new List<string>();
        while (items.MoveNext())
        {
            rest.Add(items.Current.File!.Source);
        }

        Assert.Equal(["a/2.txt", "b/3.txt", "c/4.txt", "z.txt"], rest);
        Assert.Equal(4, listed.Count);
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_an_error_record_in_its_place_and_the_walk_goes_on()
    {
        var walker = new FolderWalker("root", "root", d => d switch
        {
            "root" => [new("a.txt", false), new("locked", true), new("m.txt", false)],
            _ => throw new UnauthorizedAccessException($"Access to the path '{d}' is denied."),
        });

        var items = walker.Walk().ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("a.txt", items[0].File!.Source);
        Assert.Equal(ErrorCodes.Unreadable, items[1].Error!.Error!.Code);
        Assert.Equal("locked/", items[1].Error!.Source);
        Assert.StartsWith("locked/: the folder cannot be read", items[1].Error!.Error!.Message);
        Assert.Equal("m.txt", items[2].File!.Source);
    }

    [Fact]
    public void A_folder_without_supported_files_is_one_no_documents_record_and_its_skipped_files_are_counted()
    {
        var walker = new FolderWalker("root", "root", d => d == "root" ? [new("x.png", false), new("sub", true)] : [new("y.json", false)]);

        var item = Assert.Single(walker.Walk());

        Assert.Equal(ErrorCodes.NoDocuments, item.Error!.Error!.Code);
        Assert.Equal(2, walker.Skipped);
    }

    [Fact]
    public void Skipped_files_of_several_folders_add_up_once_the_plan_has_been_read()
    {
        using var dir = new TempFolder();
        dir.File("one/a.txt", "x");
        dir.File("one/a.png", "x");
        dir.File("two/b.txt", "x");
        dir.File("two/c/b.pdf", "x");
        dir.File("two/c/d.doc", "x");
        var plan = InputPlan.Create([dir.Combine("one"), dir.Combine("two")], new InputOptions());

        Assert.Equal(0, plan.TotalBytes);
        Assert.Equal(["a.txt", "b.txt"], plan.Items.Select(i => i.File!.Source));
        Assert.Equal(3, plan.SkippedFiles);
    }

    /// <summary>How folders were read before the walk: every path listed recursively, then sorted by source.</summary>
    private static (List<InputFile> Files, int Skipped) FullSortedListing(string folder)
    {
        var files = new List<InputFile>();
        int skipped = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None };
        foreach (string path in Directory.EnumerateFiles(folder, "*", options))
        {
            string relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var (kind, gz, inner) = InputFile.Classify(relative);
            if (kind == InputKind.Unsupported)
            {
                skipped++;
                continue;
            }

            files.Add(new InputFile(path, gz ? inner : relative, kind, gz, InFolder: true));
        }

        files.Sort(static (a, b) => string.CompareOrdinal(a.Source, b.Source));
        return (files, skipped);
    }
}
