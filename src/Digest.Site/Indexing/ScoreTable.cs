namespace Digest.Site.Indexing;

/// <summary>
/// Scores by article index for one worker, reused from article to article: only the slots that were touched
/// are remembered and reset, so an article costs its candidates, not the size of the site.
/// </summary>
internal sealed class ScoreTable(int size)
{
    public int[] Scores { get; } = new int[size];

    /// <summary>Indexes with a non-zero score, in the order they were first scored; the first <see cref="TouchedCount"/> are in use.</summary>
    public int[] Touched { get; private set; } = new int[256];

    public int TouchedCount { get; set; }

    /// <summary>Makes sure <paramref name="more"/> further indexes fit in <see cref="Touched"/>, so callers can write it directly.</summary>
    public void EnsureRoom(int more)
    {
        if (TouchedCount + more > Touched.Length)
        {
            var grown = new int[Math.Max(Touched.Length * 2, TouchedCount + more)];
            Array.Copy(Touched, grown, TouchedCount);
            Touched = grown;
        }
    }

    public void Add(int index, int weight)
    {
        if (Scores[index] == 0)
        {
            EnsureRoom(1);
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
