using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TextInsight.Cli.Commands;

/// <summary>
/// The services of the coordinator's Orleans client, started and stopped as the generic host starts and stops its hosted
/// services (in order, and in reverse), without the rest of the host: its configuration sources, host environment,
/// console lifetime and signal handlers are not used by the client, and building and compiling them cost the command's
/// start-up time.
/// </summary>
internal sealed class ClientHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _started = [];

    private ClientHost(ServiceProvider services) => _services = services;

    /// <summary>The client's services.</summary>
    public IServiceProvider Services => _services;

    /// <summary>Builds the services that <paramref name="configure"/> registers.</summary>
    public static ClientHost Create(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return new ClientHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = false }));
    }

    /// <summary>Starts every hosted service, in the order they were registered.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var hosted = _services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted.OfType<IHostedLifecycleService>())
        {
            await service.StartingAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var service in hosted)
        {
            await service.StartAsync(cancellationToken).ConfigureAwait(false);
            _started.Add(service);
        }

        foreach (var service in hosted.OfType<IHostedLifecycleService>())
        {
            await service.StartedAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the services that were started, in reverse order.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        for (int i = _started.Count - 1; i >= 0; i--)
        {
            if (_started[i] is IHostedLifecycleService lifecycle)
            {
                await lifecycle.StoppingAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        for (int i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].StopAsync(cancellationToken).ConfigureAwait(false);
        }

        for (int i = _started.Count - 1; i >= 0; i--)
        {
            if (_started[i] is IHostedLifecycleService lifecycle)
            {
                await lifecycle.StoppedAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        _started.Clear();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
