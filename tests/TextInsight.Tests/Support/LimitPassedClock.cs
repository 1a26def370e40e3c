namespace TextInsight.Tests.Support;

/// <summary>
/// A clock on which the first <c>n</c> timers created are already due: each fires on its creation, before the caller
/// goes on; every later timer never fires. A batch creates the timer that cancels a document's analysis first, so with
/// one document at a time, <c>new LimitPassedClock(1)</c> passes the limit of the first document only, and a timeout
/// test does not depend on how fast the machine is or how soon the thread pool runs a timer's callback.
/// </summary>
internal sealed class LimitPassedClock(int n) : TimeProvider
{
    private int _created;

    /// <summary>How many timers were created.</summary>
    public int Created => Volatile.Read(ref _created);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (Interlocked.Increment(ref _created) <= n)
        {
            callback(state);
        }

        return new NeverTimer();
    }

    private sealed class NeverTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
