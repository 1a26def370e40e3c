using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TextInsight.Orleans.Tests.Servers;

/// <summary>A child process whose output is kept; killed (with its children) when disposed if still running.</summary>
internal sealed class ExternalProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private ExternalProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether it has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>What it wrote so far to standard output and standard error, interleaved by line.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="program"/> with <paramref name="args"/>; <paramref name="environment"/> sets variables (or removes those whose value is <see langword="null"/>).</summary>
    public static ExternalProcess Start(string program, IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Children must not inherit the test host's settings for its own process; nor write the JIT profiles of the
        // build under test into the user's cache, where the next real run of the same command would compile what a test
        // run compiled (a Redis client that is not reached, say: docs/SCALE-OUT.md, eighth round).
        info.Environment.Remove("DOTNET_STARTUP_HOOKS");
        info.Environment["TEXTINSIGHT_NO_JIT_PROFILE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        return new ExternalProcess(Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start."));
    }

    /// <summary>Runs <paramref name="program"/> to its end; throws with its output when it fails.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> args, TimeSpan timeout)
    {
        using var process = Start(program, args);
        int exit = await process.WaitForExitAsync(timeout);
        return exit == 0 ? process.Output : throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {exit}:\n{process.Output}");
    }

    /// <summary>Waits until a line of output satisfies <paramref name="ready"/>; throws with the output if the process ends or the time runs out first.</summary>
    public async Task WaitForAsync(Func<string, bool> ready, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Output.Split('\n').Any(ready))
            {
                return;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{what}: the process exited with {_process.ExitCode} first:\n{Output}");
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{what}: not within {timeout.TotalSeconds:0} s:\n{Output}");
    }

    /// <summary>Waits for the end and returns the exit code; kills the process and throws when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"The process did not end within {timeout.TotalSeconds:0} s:\n{Output}");
        }

        _process.WaitForExit(); // the output's last lines
        return _process.ExitCode;
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: the process gets no chance to leave its cluster.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>A TCP port that was free on 127.0.0.1 a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Append(line).Append('\n');
        }
    }
}
