using System.Diagnostics;

namespace Digest.Site;

/// <summary>
/// Wall and CPU time per build phase, for <c>--timings</c>. CPU time is reported too because wall time alone
/// is misleading on a busy machine, and CPU above wall shows how well a phase runs in parallel.
/// </summary>
internal sealed class PhaseTimer
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Time)> _walls = [];
    private readonly List<(string Phase, TimeSpan Time)> _cpus = [];
    private TimeSpan _cpuStart = ProcessCpu();

    public IReadOnlyList<(string Phase, TimeSpan Time)> Wall => _walls;

    public IReadOnlyList<(string Phase, TimeSpan Time)> Cpu => _cpus;

    /// <summary>Ends the current phase under <paramref name="phase"/> and starts the next.</summary>
    public void Lap(string phase)
    {
        var cpu = ProcessCpu();
        _walls.Add((phase, _wall.Elapsed));
        _cpus.Add((phase, cpu - _cpuStart));
        _wall.Restart();
        _cpuStart = cpu;
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
