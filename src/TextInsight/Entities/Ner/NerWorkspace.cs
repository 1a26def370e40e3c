namespace TextInsight.Entities.Ner;

/// <summary>
/// The per-document arrays and tables of one tagging call (<see cref="NerDocument"/>'s context, both passes' labels,
/// pass 1's evidence), kept by the thread between documents so that tagging an article allocates only its result.
/// Arrays are at least as long as the document, never shorter; readers bound their loops by
/// <see cref="NerDocument.TokenCount"/>. Training builds its documents without a workspace, since it holds thousands
/// at once.
/// </summary>
internal sealed class NerWorkspace
{
    /// <summary>A workspace grown past this many tokens is not kept (about 180 bytes a token).</summary>
    internal const int MaxKeptTokens = 16_384;

    [ThreadStatic]
    private static NerWorkspace? t_cached;

    private NerWorkspace()
    {
    }

    /// <summary>The thread's workspace, or a new one if it is in use (a tagger called from inside another's call).</summary>
    public static NerWorkspace Rent()
    {
        var w = t_cached ?? new NerWorkspace();
        t_cached = null;
        return w;
    }

    /// <summary>Gives the workspace back to the thread, unless a long document grew it past <see cref="MaxKeptTokens"/>.</summary>
    public static void Return(NerWorkspace workspace)
    {
        if (workspace.Atoms.Length <= MaxKeptTokens)
        {
            t_cached = workspace;
        }
    }

    // NerDocument.
    public TokenAtoms[] Atoms = [];
    public byte[] CapsContext = [], DocCase = [], Gazetteer = [], GazetteerUnigram = [], SentenceIndex = [], RunCue = [], AppositionCue = [];
    public bool[] CommonWord = [];
    public ushort[] DocumentCue = [];
    public uint[] NameList = [], NameListUnigram = [];
    public int[] Cluster = [], OccurrenceGroup = [];
    public ulong[] PreviousLower = [], PreviousPair = [], NextLower = [];
    public int[] GroupMembers = [], GroupCounts = [];
    public readonly Dictionary<ulong, byte> Cases = [];
    public readonly Dictionary<ulong, int> Groups = [];
    public readonly Dictionary<ulong, int> CueOfWord = [];

    // NerModel: the labels of pass 1 and of pass 2.
    public int[] Labels1 = [], Labels2 = [];

    // NerPass1Evidence and NerFeatures.Majority.
    public byte[] Names = [], NamesUnigram = [], Acronyms = [], Majority = [];
    public int[] Slots = [];
    public readonly List<int> MajorityCounts = [];
    public readonly Dictionary<ulong, int> MajorityIndex = [];
    public readonly Dictionary<ulong, byte> EvidenceEntries = [];
    public readonly Dictionary<ulong, int> EvidenceInitials = [];

    /// <summary><paramref name="array"/>, grown to hold at least <paramref name="n"/> items, its first <paramref name="n"/> cleared.</summary>
    public T[] Take<T>(ref T[] array, int n)
    {
        if (array.Length < n)
        {
            array = new T[Math.Max(n, Math.Min(array.Length * 2, Array.MaxLength))];
        }
        else
        {
            Array.Clear(array, 0, n);
        }

        return array;
    }
}
