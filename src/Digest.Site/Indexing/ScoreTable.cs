namespace Digest.Site.Indexing;

/// <summary>
/// Scores by article index for one worker, reused from article to article: only the slots that were touched
/// are remembered and reset, so an article costs its candidates, not the size of the site.
/// </summary>
internal sealed class ScoreTable(int size)
{
    public int[] Scores { get; } = new int[size];

    /// <summary>Indexes with a non-zero score, in the order they were first scored.</summary>
    public int[] Touched { get; private set; } = new int[64];

    public int TouchedCount { get; private set; }

    public void Add(int index, int weight)
    {
        if (Scores[index] == 0)
        {
            if (TouchedCount == Touched.Length)
            {
                var grown = new int[Touched.Length * 2];
                Touched.CopyTo(grown, 0);
                Touched = grown;
            }
            Touched[TouchedCount++] = index;
        }
        Scores[index] += weight;
    }

    public void Reset()
    {
        for (var i = 0; i < TouchedCount; i++)
        {
            Scores[Touched[i]] = 0;
        }
        TouchedCount = 0;
    }
}
