using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NmnGraph.Server.Tests.Telemetry;

/// <summary>Every measurement of one meter's instruments while it lives (from any server in the process: filter by tags).</summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public MetricRecorder(string meterName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The measurements of <paramref name="instrument"/> whose tags include every one of <paramref name="tags"/>.</summary>
    public IReadOnlyList<Measurement> Of(string instrument, params (string Key, string Value)[] tags) =>
        [.. _measurements.Where(m => m.Instrument == instrument && tags.All(tag => m.Tags.TryGetValue(tag.Key, out object? value) && Equals(value, tag.Value)))];

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new Measurement(instrument.Name, value, copy));
    }

    internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
