using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ThreeML.Cli.Tutorial;

/// <summary>Wall and CPU time of each phase of a run, for <c>threeml tutorial flux-examples --timings</c>.</summary>
/// <remarks>CPU time is the whole process's (user + system, all threads), read from the operating system at each phase
/// boundary, so on a shared machine it is the figure other users' load disturbs least.</remarks>
internal sealed class PhaseClock
{
    private readonly List<(string Name, TimeSpan Wall, TimeSpan Cpu)> _phases = [];
    private readonly List<(string Name, TimeSpan Wall)> _notes = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _startWall;
    private TimeSpan _lastWall;
    private TimeSpan _lastCpu;

    /// <summary>Starts the clock; the first phase reported is the process's start-up until now (its wall time to the
    /// kernel's 10 ms resolution of process start times).</summary>
    public PhaseClock()
    {
        using var self = Process.GetCurrentProcess();
        _startWall = DateTime.Now - self.StartTime;
        _lastWall = _startWall;
        _lastCpu = self.TotalProcessorTime;
        _phases.Add(("start-up (process start to the command)", _startWall, _lastCpu));
    }

    /// <summary>Ends the phase that began at the previous mark (or at construction) under <paramref name="name"/>.</summary>
    public void Mark(string name)
    {
        var (wall, cpu) = (_startWall + _wall.Elapsed, CpuNow());
        _phases.Add((name, wall - _lastWall, cpu - _lastCpu));
        (_lastWall, _lastCpu) = (wall, cpu);
    }

    /// <summary>Records the wall time of work that ran beside the phases (from any thread).</summary>
    public void Note(string name, TimeSpan wall)
    {
        lock (_notes)
        {
            _notes.Add((name, wall));
        }
    }

    /// <summary>One line per phase (wall ms, CPU ms, name), then the total since construction.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, wall, cpu) in _phases)
        {
            text.Append(CultureInfo.InvariantCulture, $"{wall.TotalMilliseconds,8:F1} ms wall {cpu.TotalMilliseconds,8:F1} ms CPU  {name}\n");
        }

        lock (_notes)
        {
            foreach (var (name, wall) in _notes)
            {
                text.Append(CultureInfo.InvariantCulture, $"{wall.TotalMilliseconds,8:F1} ms wall {"",8}    {"",3}  {name} (on another thread)\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"{_lastWall.TotalMilliseconds,8:F1} ms wall {_lastCpu.TotalMilliseconds,8:F1} ms CPU  total");
        return text.ToString();
    }

    private static TimeSpan CpuNow()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
