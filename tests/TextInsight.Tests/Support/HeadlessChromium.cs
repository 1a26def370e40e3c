using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TextInsight.Tests.Support;

/// <summary>
/// Headless Chromium driven over the Chrome DevTools Protocol (a WebSocket), with no npm package: it opens a page, collects
/// console errors and uncaught exceptions, evaluates script and takes screenshots.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonNode>> _awaited = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _errors = [];
    private Task? _receiver;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The Chromium executable, or null when there is none.</summary>
    public static string? ExecutablePath =>
        Environment.GetEnvironmentVariable("TEXTINSIGHT_CHROMIUM") is { Length: > 0 } custom && File.Exists(custom) ? custom
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : null;

    /// <summary>Whether the environment requires the browser tests to run (CI).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("TEXTINSIGHT_REQUIRE_BROWSER") == "1";

    /// <summary>Console errors, uncaught exceptions and error log entries seen so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Starts Chromium with the flags this machine's closed network needs (and <paramref name="extraArguments"/>) and connects to its page.</summary>
    public static async Task<HeadlessChromium> StartAsync(int width, int height, IReadOnlyList<string>? extraArguments = null)
    {
        string executable = ExecutablePath ?? throw new InvalidOperationException("TEXTINSIGHT_REQUIRE_BROWSER=1 but Chromium is missing: install the Debian package 'chromium' (/usr/bin/chromium).");
        string profile = Path.Combine(Path.GetTempPath(), "textinsight-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
            $"--window-size={width},{height}", "--remote-debugging-port=0", "--user-data-dir=" + profile, .. extraArguments ?? [], "about:blank"])
        {
            start.ArgumentList.Add(arg);
        }

        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) =>
        {
            const string marker = "DevTools listening on ";
            if (e.Data is { } line && line.StartsWith(marker, StringComparison.Ordinal))
            {
                listening.TrySetResult(line[marker.Length..].Trim());
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            var browserUrl = new Uri(await listening.Task.WaitAsync(Timeout));
            using var http = new HttpClient();
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{browserUrl.Port}/json/list")))!.AsArray();
            string pageUrl = targets.First(t => (string?)t!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
            await browser._socket.ConnectAsync(new Uri(pageUrl), CancellationToken.None).WaitAsync(Timeout);
            browser._receiver = browser.ReceiveAsync();
            await browser.SendAsync("Runtime.enable");
            await browser.SendAsync("Log.enable");
            await browser.SendAsync("Page.enable");
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a page and waits for its load event; <see cref="Errors"/> then holds only this page's errors.</summary>
    public async Task NavigateAsync(Uri url)
    {
        lock (_errors)
        {
            _errors.Clear();
        }

        var loaded = Await("Page.loadEventFired");
        var result = await SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri });
        if (result["errorText"] is { } error)
        {
            throw new InvalidOperationException($"Chromium could not open {url}: {error}");
        }

        await loaded.WaitAsync(Timeout);
    }

    /// <summary>Evaluates a script expression in the page and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } details)
        {
            throw new InvalidOperationException("The script threw: " + details.ToJsonString());
        }

        return result["result"]?["value"];
    }

    /// <summary>Sends a DevTools protocol command to the page and returns its result.</summary>
    public Task<JsonNode> CommandAsync(string method, JsonObject? parameters = null) => SendAsync(method, parameters);

    /// <summary>Takes a screenshot of the whole page as PNG bytes.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await SendAsync("Browser.close").WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception ex) when (ex is WebSocketException or TimeoutException or InvalidOperationException or OperationCanceledException)
        {
        }

        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _socket.Dispose();
        _process.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
    {
        int id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        return await reply.Task.WaitAsync(Timeout);
    }

    /// <summary>The next <paramref name="method"/> event from now on.</summary>
    private Task<JsonNode> Await(string method)
    {
        var next = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _awaited[method] = next;
        return next.Task;
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var part = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage)
                {
                    continue;
                }

                Dispatch(JsonNode.Parse(message.ToArray())!);
                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new InvalidOperationException("Chromium closed the DevTools connection."));
            }
        }
    }

    private void Dispatch(JsonNode message)
    {
        if (message["id"] is { } id)
        {
            if (_pending.TryRemove(id.GetValue<int>(), out var reply))
            {
                if (message["error"] is { } failure)
                {
                    reply.TrySetException(new InvalidOperationException("DevTools error: " + failure.ToJsonString()));
                }
                else
                {
                    reply.TrySetResult(message["result"] ?? new JsonObject());
                }
            }

            return;
        }

        string method = (string?)message["method"] ?? string.Empty;
        var parameters = message["params"] ?? new JsonObject();
        string? error = method switch
        {
            "Runtime.consoleAPICalled" when (string?)parameters["type"] is "error" or "assert" =>
                "console." + (string?)parameters["type"] + ": " + string.Join(" ", parameters["args"]!.AsArray().Select(a => a?["value"]?.ToString() ?? a?["description"]?.ToString())),
            "Runtime.exceptionThrown" => "exception: " + parameters["exceptionDetails"]?.ToJsonString(),
            "Log.entryAdded" when (string?)parameters["entry"]?["level"] == "error" => "log: " + (string?)parameters["entry"]?["text"] + " " + (string?)parameters["entry"]?["url"],
            _ => null,
        };
        if (error is not null)
        {
            lock (_errors)
            {
                _errors.Add(error);
            }
        }

        if (_awaited.TryGetValue(method, out var awaited))
        {
            awaited.TrySetResult(parameters);
        }
    }
}
