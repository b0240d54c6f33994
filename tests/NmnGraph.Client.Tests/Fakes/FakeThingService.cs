using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using NmnGraph.Client.Transport;

namespace NmnGraph.Client.Tests.Fakes;

/// <summary>
/// A stand-in GraphQL service for the as-generated operations: answers by operation name from mutable data and counts
/// requests. Exposed as an <see cref="InMemoryGraphQLTransport"/>, as a host would plug in an engine.
/// </summary>
public sealed class FakeThingService
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly Channel<ReadOnlyMemory<byte>> _events = Channel.CreateUnbounded<ReadOnlyMemory<byte>>();

    public FakeThingService()
    {
        Transport = new InMemoryGraphQLTransport(ExecuteAsync, SubscribeAsync);
    }

    public InMemoryGraphQLTransport Transport { get; }

    /// <summary>Thing names by id; "owner" of every thing is person "p1".</summary>
    public Dictionary<string, string> Things { get; } = new(StringComparer.Ordinal) { ["t1"] = "Lamp", ["t2"] = "Desk" };

    public string OwnerName { get; set; } = "Ada";

    /// <summary>When set, the next answers are this JSON instead.</summary>
    public string? OverrideResponse { get; set; }

    public int Calls(string operationName)
    {
        lock (_gate)
        {
            return _calls.GetValueOrDefault(operationName);
        }
    }

    /// <summary>Pushes a ThingChanged event to the running subscription; <c>null</c> completes it.</summary>
    public void PublishThingChanged(string? id)
    {
        if (id is null)
        {
            _events.Writer.TryComplete();
            return;
        }

        _events.Writer.TryWrite(Write(w =>
        {
            w.WritePropertyName("thingChanged");
            WriteThingHeader(w, id);
            w.WriteEndObject();
        }));
    }

    private ValueTask<ReadOnlyMemory<byte>> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string name = request.OperationName ?? string.Empty;
        lock (_gate)
        {
            _calls[name] = _calls.GetValueOrDefault(name) + 1;
        }

        if (OverrideResponse is not null)
        {
            return ValueTask.FromResult<ReadOnlyMemory<byte>>(System.Text.Encoding.UTF8.GetBytes(OverrideResponse));
        }

        using JsonDocument variables = JsonDocument.Parse(request.GetVariablesJson());
        JsonElement vars = variables.RootElement;
        ReadOnlyMemory<byte> response = name switch
        {
            "GetThing" => Write(w =>
            {
                string id = vars.GetProperty("id").GetString()!;
                w.WritePropertyName("thing");
                if (!Things.ContainsKey(id))
                {
                    w.WriteNullValue();
                    return;
                }

                WriteThingHeader(w, id);
                w.WriteNumber("rating", 4.5);
                w.WriteStartArray("tags");
                w.WriteStringValue("home");
                w.WriteEndArray();
                w.WriteString("kind", "GADGET");
                w.WriteString("published", "2024-02-29");
                w.WriteStartObject("owner");
                w.WriteString("__typename", "Person");
                w.WriteString("id", "p1");
                w.WriteString("name", OwnerName);
                w.WriteEndObject();
                w.WriteEndObject();
            }),
            "ListThings" => Write(w =>
            {
                w.WriteStartArray("things");
                foreach (string id in Things.Keys.Order(StringComparer.Ordinal))
                {
                    WriteThingHeader(w, id);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }),
            "RenameThing" => Write(w =>
            {
                string id = vars.GetProperty("id").GetString()!;
                Things[id] = vars.GetProperty("name").GetString()!;
                w.WritePropertyName("renameThing");
                WriteThingHeader(w, id);
                w.WriteEndObject();
            }),
            _ => System.Text.Encoding.UTF8.GetBytes($$"""{"errors":[{"message":"Unknown operation {{name}}."}]}"""),
        };
        return ValueTask.FromResult(response);
    }

    private async IAsyncEnumerable<ReadOnlyMemory<byte>> SubscribeAsync(
        GraphQLRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (ReadOnlyMemory<byte> next in _events.Reader.ReadAllAsync(cancellationToken))
        {
            yield return next;
        }
    }

    private void WriteThingHeader(Utf8JsonWriter w, string id)
    {
        w.WriteStartObject();
        w.WriteString("__typename", "Thing");
        w.WriteString("id", id);
        w.WriteString("name", Things[id]);
    }

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writeData(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory.ToArray();
    }
}
