using System.Buffers;
using System.Text.Json;

namespace NmnGraph.Client.Store;

/// <summary>
/// The normalized cache. Every object in a result that has <c>__typename</c> and <c>id</c> is an entity, stored once
/// under its <see cref="EntityId"/> with the latest value of every field any result brought; other objects are stored
/// inline in their parent. Each query's result is kept as a normalized tree (references to entities) plus its
/// selection shape, so re-reading it denormalizes the current entity values: a later result or mutation that changes an
/// entity is visible to every earlier result that holds it, and the watchers of those results are told.
/// </summary>
/// <remarks>
/// Entity fields are stored by response key (alias or field name). Two operations that select the same field with
/// different arguments under the same response key overwrite each other; the generator should alias such fields.
/// All members are thread-safe.
/// </remarks>
public sealed partial class EntityStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<EntityId, Dictionary<string, StoreValue>> _entities = [];
    private readonly Dictionary<string, StoredOperation> _operations = new(StringComparer.Ordinal);
    private readonly List<StoreListener> _listeners = [];

    /// <summary>How many entities the store holds.</summary>
    public int EntityCount
    {
        get
        {
            lock (_gate)
            {
                return _entities.Count;
            }
        }
    }

    /// <summary>The key under which a query's result is kept: operation name, document and variables.</summary>
    public static string CreateOperationKey(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Concat(request.OperationName, "\n", request.GetVariablesJson(), "\n", request.Query);
    }

    /// <summary>
    /// Normalizes <paramref name="data"/> into the entities and, when <paramref name="operationKey"/> is given, keeps it
    /// as that operation's result (with its <paramref name="errors"/>). Watchers whose results hold a changed entity
    /// are told. Returns the entities that changed.
    /// </summary>
    public IReadOnlySet<EntityId> Write(string? operationKey, JsonElement data, IReadOnlyList<ClientError>? errors = null) =>
        Write(operationKey, data, errors, origin: null);

    /// <summary>
    /// Merges <paramref name="fields"/> (a JSON object; nested entities are normalized too) into the entity
    /// <paramref name="id"/>, creating it when needed — for optimistic updates and local edits.
    /// </summary>
    public IReadOnlySet<EntityId> UpdateEntity(EntityId id, JsonElement fields)
    {
        if (fields.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("Entity fields must be a JSON object.", nameof(fields));
        }

        List<StoreListener> toNotify;
        var changed = new HashSet<EntityId>();
        lock (_gate)
        {
            MergeEntity(id, fields, changed, new ObjectShape());
            toNotify = CollectListeners(null, changed, null);
        }

        Notify(toNotify);
        return changed;
    }

    /// <summary>
    /// Materializes the stored result of <paramref name="operationKey"/> as JSON (the <c>data</c> object) from the
    /// current entities. False when the operation was never stored, or some entity or field it needs is gone or was
    /// never fetched with the selection it needs.
    /// </summary>
    public bool TryRead(string operationKey, out JsonElement data, out IReadOnlyList<ClientError> errors) =>
        TryRead(operationKey, null, out data, out errors);

    /// <summary>The stored fields of an entity as a JSON object (references as <c>{"__ref":"Type:id"}</c>), for diagnostics.</summary>
    public bool TryGetEntity(EntityId id, out JsonElement fields)
    {
        lock (_gate)
        {
            if (!_entities.TryGetValue(id, out Dictionary<string, StoreValue>? stored))
            {
                fields = default;
                return false;
            }

            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteRaw(writer, new ObjectValue(stored));
            }

            fields = Parse(buffer);
            return true;
        }
    }

    /// <summary>Removes an entity; results that hold it become incomplete and their watchers are told (they refetch).</summary>
    public bool Evict(EntityId id)
    {
        List<StoreListener> toNotify;
        lock (_gate)
        {
            if (!_entities.Remove(id))
            {
                return false;
            }

            toNotify = CollectListeners(null, new HashSet<EntityId> { id }, null);
        }

        Notify(toNotify);
        return true;
    }

    /// <summary>Forgets every entity and result (e.g. on sign-out). Watchers are not told.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entities.Clear();
            _operations.Clear();
        }
    }

    internal IReadOnlySet<EntityId> Write(string? operationKey, JsonElement data, IReadOnlyList<ClientError>? errors, StoreListener? origin)
    {
        var changed = new HashSet<EntityId>();
        List<StoreListener> toNotify;
        lock (_gate)
        {
            StoreValue root = Normalize(data, changed, out SelectionShape shape);
            bool operationChanged = false;
            if (operationKey is not null)
            {
                if (_operations.TryGetValue(operationKey, out StoredOperation? stored))
                {
                    operationChanged = !stored.Root.SameAs(root);
                    stored.Root = root;
                    stored.Shape = SelectionShape.Merge(stored.Shape, shape);
                    stored.Errors = errors ?? [];
                }
                else
                {
                    _operations[operationKey] = new StoredOperation(root, shape, errors ?? []);
                    operationChanged = true;
                }
            }

            toNotify = CollectListeners(operationChanged ? operationKey : null, changed, origin);
        }

        Notify(toNotify);
        return changed;
    }

    internal bool TryRead(string operationKey, StoreListener? listener, out JsonElement data, out IReadOnlyList<ClientError> errors)
    {
        lock (_gate)
        {
            data = default;
            errors = [];
            if (!_operations.TryGetValue(operationKey, out StoredOperation? stored))
            {
                return false;
            }

            var dependencies = new HashSet<EntityId>();
            var buffer = new ArrayBufferWriter<byte>();
            bool complete;
            using (var writer = new Utf8JsonWriter(buffer))
            {
                complete = TryDenormalize(writer, stored.Root, stored.Shape, dependencies);
            }

            if (listener is not null)
            {
                // Even an incomplete read records what it touched, so the watcher hears when the gap is filled.
                listener.Dependencies = dependencies;
            }

            if (!complete)
            {
                return false;
            }

            data = Parse(buffer);
            errors = stored.Errors;
            return true;
        }
    }

    internal StoreListener Listen(string operationKey, Action onChanged)
    {
        var listener = new StoreListener(this, operationKey, onChanged);
        lock (_gate)
        {
            _listeners.Add(listener);
        }

        return listener;
    }

    internal void Unlisten(StoreListener listener)
    {
        lock (_gate)
        {
            _listeners.Remove(listener);
        }
    }

    private List<StoreListener> CollectListeners(string? changedOperation, HashSet<EntityId> changed, StoreListener? origin)
    {
        var result = new List<StoreListener>();
        foreach (StoreListener listener in _listeners)
        {
            if (ReferenceEquals(listener, origin))
            {
                continue;
            }

            if ((changedOperation is not null && string.Equals(listener.OperationKey, changedOperation, StringComparison.Ordinal))
                || listener.Dependencies.Overlaps(changed))
            {
                result.Add(listener);
            }
        }

        return result;
    }

    private static void Notify(List<StoreListener> listeners)
    {
        foreach (StoreListener listener in listeners)
        {
            listener.OnChanged();
        }
    }

    private static JsonElement Parse(ArrayBufferWriter<byte> buffer)
    {
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    private sealed class StoredOperation(StoreValue root, SelectionShape shape, IReadOnlyList<ClientError> errors)
    {
        public StoreValue Root { get; set; } = root;

        public SelectionShape Shape { get; set; } = shape;

        public IReadOnlyList<ClientError> Errors { get; set; } = errors;
    }
}
