using System.Collections;
using System.Text.Json;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

internal sealed partial class ExecutionState
{
    /// <summary>
    /// ExecuteSelectionSet (spec #sec-Executing-Selection-Sets): starts every field's resolver, then awaits the
    /// asynchronous ones; synchronous fields complete without allocating tasks. Returns a <see cref="ResultMap"/>,
    /// <see cref="Invalid"/> when a non-null field failed, or <see cref="Stopped"/>.
    /// </summary>
    public ValueTask<object?> ExecuteSelectionAsync(SelectionPlan plan, object? parent, ResponsePosition path)
    {
        PlannedField[] fields = plan.Fields;
        var values = new object?[fields.Length];
        Task<object?>[]? pending = null;
        for (int i = 0; i < fields.Length; i++)
        {
            // Once the request is cancelled (deadline or caller), or the response is full, no further resolver
            // starts; the fields already started end on their own, and nobody waits for them.
            if (!TryStartValue())
            {
                return new ValueTask<object?>(Stopped);
            }

            ValueTask<object?> field = ExecuteFieldAsync(fields[i], parent, path);
            if (field.IsCompletedSuccessfully)
            {
                values[i] = field.Result;
            }
            else
            {
                pending ??= new Task<object?>[fields.Length];
                pending[i] = field.AsTask();
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(Finish(plan, values));
        }

        return new ValueTask<object?>(AwaitFieldsAsync(plan, values, pending));
    }

    /// <summary>Executes fields one after another, each completely (spec #sec-Normal-and-Serial-Execution), for mutations.</summary>
    public async ValueTask<object?> ExecuteSelectionSeriallyAsync(SelectionPlan plan, object? parent)
    {
        PlannedField[] fields = plan.Fields;
        var values = new object?[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            if (!TryStartValue())
            {
                return Stopped;
            }

            ValueTask<object?> field;
            Batching.Enter();
            try
            {
                field = ExecuteFieldAsync(fields[i], parent, null);
            }
            finally
            {
                Batching.Exit();
            }

            values[i] = await field.ConfigureAwait(false);
            if (ReferenceEquals(values[i], Stopped))
            {
                return Stopped;
            }
        }

        return Finish(plan, values);
    }

    private static async Task<object?> AwaitFieldsAsync(SelectionPlan plan, object?[] values, Task<object?>[] pending)
    {
        for (int i = 0; i < pending.Length; i++)
        {
            if (pending[i] is { } task)
            {
                values[i] = await task.ConfigureAwait(false);
                if (ReferenceEquals(values[i], Stopped))
                {
                    return Stopped;
                }
            }
        }

        return Finish(plan, values);
    }

    private static object Finish(SelectionPlan plan, object?[] values)
    {
        object? failed = null;
        for (int i = 0; i < values.Length; i++)
        {
            if (ReferenceEquals(values[i], Stopped))
            {
                return Stopped;
            }

            if (ReferenceEquals(values[i], Invalid))
            {
                failed = Invalid;
            }
        }

        if (failed is not null)
        {
            return failed;
        }

        return new ResultMap(plan.ResponseNames, plan.EncodedResponseNames, values);
    }

    /// <summary>ExecuteField (spec #sec-Executing-Fields): coerce arguments, resolve, complete. Never throws a field error.</summary>
    public ValueTask<object?> ExecuteFieldAsync(PlannedField field, object? parent, ResponsePosition parentPath)
    {
        if (field.Reader is { } reader)
        {
            return ReadField(field, reader, parent, parentPath);
        }

        OutputField definition = field.Definition;
        ResolverContext? context = null;
        ValueTask<object?> resolved;
        try
        {
            IReadOnlyDictionary<string, object?> arguments = field.CoerceArguments(Variables);
            context = new ResolverContext(this, field, parent, parentPath, arguments);
            FieldResolver resolver = definition.Resolver ?? DefaultFieldResolver.For(definition.Name);
            resolved = resolver(context);
        }
        catch (Exception exception)
        {
            if (IsStopped)
            {
                return new ValueTask<object?>(Stopped);
            }

            ResponsePath path = context?.Path ?? ResponsePath.Of(parentPath.ToPath(), field.ResponseName);
            ReportError(exception, field, path);
            return new ValueTask<object?>(Absorb(Invalid, definition.Type));
        }

        if (resolved.IsCompletedSuccessfully)
        {
            return CompleteFieldAsync(context!, resolved.Result);
        }

        return new ValueTask<object?>(AwaitResolverAsync(context!, resolved));
    }

    /// <summary>
    /// ExecuteField for a field read from its parent alone: no context and no task; a scalar or enum value completes in
    /// place. Anything else (an object, a list, an error) completes as <see cref="ExecuteFieldAsync"/> would.
    /// </summary>
    private ValueTask<object?> ReadField(PlannedField field, FieldReader reader, object? parent, ResponsePosition parentPath)
    {
        IType type = field.Definition.Type;
        object? value;
        try
        {
            value = reader(parent);
        }
        catch (Exception exception)
        {
            if (IsStopped)
            {
                return new ValueTask<object?>(Stopped);
            }

            ReportError(exception, field, ResponsePath.Of(parentPath.ToPath(), field.ResponseName));
            return new ValueTask<object?>(Absorb(Invalid, type));
        }

        if (field.LeafType is { } leaf && value is not null and not DBNull and not JsonElement)
        {
            try
            {
                return new ValueTask<object?>(Serialize(leaf, value));
            }
            catch (Exception exception)
            {
                ReportError(exception, field, ResponsePath.Of(parentPath.ToPath(), field.ResponseName));
                return new ValueTask<object?>(Absorb(Invalid, type));
            }
        }

        if (value is null && type is not NonNullType)
        {
            return default;
        }

        return CompleteFieldAsync(new ResolverContext(this, field, parent, parentPath, field.StaticArguments!), value);
    }

    /// <summary>Completes the value a subscription event produced for the root field (spec #sec-Response-Stream).</summary>
    public ValueTask<object?> CompleteEventFieldAsync(PlannedField field, object? rootValue, object? eventValue, IReadOnlyDictionary<string, object?> arguments)
    {
        var context = new ResolverContext(this, field, rootValue, null, arguments);
        return CompleteFieldAsync(context, eventValue);
    }

    private async Task<object?> AwaitResolverAsync(ResolverContext context, ValueTask<object?> resolved)
    {
        // Waits without rethrowing: after a deadline, thousands of waiting resolvers fail with the cancellation,
        // and an exception rethrown for each (and again at each level above) kept the CPU busy long after the answer.
        await new Completion(resolved);
        if (IsStopped)
        {
            return Stopped;
        }

        object? value;
        if (resolved.IsCompletedSuccessfully)
        {
            value = resolved.Result;
        }
        else
        {
            try
            {
                value = resolved.Result;
            }
            catch (Exception exception)
            {
                ReportError(exception, context.PlannedField, context.Path);
                return Absorb(Invalid, context.Field.Type);
            }
        }

        // The resolver finished later than the executor's synchronous pass: completing its value may start
        // sub-field resolvers, whose DataLoader keys must join the batch of their level.
        ValueTask<object?> completion;
        Batching.Enter();
        try
        {
            completion = CompleteFieldAsync(context, value);
        }
        finally
        {
            Batching.Exit();
        }

        return await completion.ConfigureAwait(false);
    }

    private ValueTask<object?> CompleteFieldAsync(ResolverContext context, object? value)
    {
        IType type = context.Field.Type;
        ValueTask<object?> completed = CompleteValueAsync(type, context, value, default);
        if (completed.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(Absorb(completed.Result, type));
        }

        return new ValueTask<object?>(AbsorbAsync(completed, type));
    }

    private static async Task<object?> AbsorbAsync(ValueTask<object?> completed, IType type) =>
        Absorb(await completed.ConfigureAwait(false), type);

    /// <summary>An error stops at the first nullable position, which becomes null (spec #sec-Handling-Execution-Errors).</summary>
    private static object? Absorb(object? value, IType type) =>
        ReferenceEquals(value, Invalid) && type is not NonNullType ? null : value;

    /// <summary>
    /// CompleteValue (spec #sec-Value-Completion). <paramref name="path"/> is a list item's position, or default for the
    /// field's own; either is made into a path only when needed.
    /// </summary>
    private ValueTask<object?> CompleteValueAsync(IType type, ResolverContext context, object? value, ResponsePosition path)
    {
        if (type is NonNullType nonNull)
        {
            ValueTask<object?> inner = CompleteValueAsync(nonNull.OfType, context, value, path);
            if (inner.IsCompletedSuccessfully)
            {
                return new ValueTask<object?>(CheckNonNull(inner.Result, context, path));
            }

            return new ValueTask<object?>(CheckNonNullAsync(inner, context, path));
        }

        if (value is null || value is DBNull)
        {
            return default;
        }

        switch (type)
        {
            case ScalarType or EnumType:
                return new ValueTask<object?>(SerializeLeaf((NamedType)type, context, value, path));
            case ListType list:
                return WritesJson && context.PlannedField.ValuesAreJsonWritable && TryCompleteAsJson(list, context.PlannedField, value) is { } written
                    ? new ValueTask<object?>(written)
                    : CompleteListAsync(list, context, value, PathOf(context, path));
            case ObjectType obj:
                return CompleteObjectAsync(obj, context, value, path);
            default:
                ObjectType? runtimeType = ResolveAbstractType((NamedType)type, context, value, path);
                return runtimeType is null
                    ? new ValueTask<object?>(Invalid)
                    : CompleteObjectAsync(runtimeType, context, value, path);
        }
    }

    /// <summary>Executes the field's selection on an object value: straight as JSON when it can be, else field by field.</summary>
    private ValueTask<object?> CompleteObjectAsync(ObjectType type, ResolverContext context, object value, ResponsePosition path)
    {
        SelectionPlan plan = context.PlannedField.GetSubPlan(type);
        if (WritesJson && plan.IsJsonWritable && TryCompleteAsJson(type, context.PlannedField, value) is { } written)
        {
            return new ValueTask<object?>(written);
        }

        return ExecuteSelectionAsync(plan, value, path.Path is null ? context.Path : path);
    }

    /// <summary>The path of a value being completed: a list item's, else (default position) the field's own.</summary>
    private static ResponsePath PathOf(ResolverContext context, ResponsePosition item) => item.Path is null ? context.Path : item.ToPath()!;

    private object? CheckNonNull(object? value, ResolverContext context, ResponsePosition path)
    {
        if (value is null)
        {
            ReportError(ErrorMessages.CannotReturnNull(context.Field.Coordinate), context.PlannedField, PathOf(context, path));
            return Invalid;
        }

        return value;
    }

    private async Task<object?> CheckNonNullAsync(ValueTask<object?> inner, ResolverContext context, ResponsePosition path) =>
        CheckNonNull(await inner.ConfigureAwait(false), context, path);

    private object? SerializeLeaf(NamedType leaf, ResolverContext context, object value, ResponsePosition path)
    {
        try
        {
            return Serialize(leaf, value);
        }
        catch (Exception exception)
        {
            ReportError(exception, context.PlannedField, PathOf(context, path));
            return Invalid;
        }
    }

    /// <summary>
    /// Result coercion of a scalar or enum value (spec #sec-Scalars.Result-Coercion-and-Serialization), a JSON element
    /// read as the value it holds; throws when it cannot be.
    /// </summary>
    private static object? Serialize(NamedType leaf, object value)
    {
        if (value is JsonElement element)
        {
            value = JsonValues.FromElement(element)!;
        }

        return leaf is ScalarType scalar ? scalar.Serialize(value) : ((EnumType)leaf).Serialize(value);
    }

    private ValueTask<object?> CompleteListAsync(ListType list, ResolverContext context, object value, ResponsePath path)
    {
        if (value is not IEnumerable items || value is string || value is IDictionary || value is IReadOnlyDictionary<string, object?>)
        {
            ReportError(ErrorMessages.ExpectedIterable(context.Field.Coordinate), context.PlannedField, path);
            return new ValueTask<object?>(Invalid);
        }

        // Indexed lists (arrays, List<T>) are read without an enumerator into an array of the right size.
        var completion = new ListCompletion(this, list.OfType, context, path, value is ICollection collection ? collection.Count : 4);
        if (value is IList indexed)
        {
            for (int index = 0; index < indexed.Count; index++)
            {
                if (completion.Add(indexed[index]) is { } stop)
                {
                    return new ValueTask<object?>(stop);
                }
            }
        }
        else
        {
            foreach (object? item in items)
            {
                if (completion.Add(item) is { } stop)
                {
                    return new ValueTask<object?>(stop);
                }
            }
        }

        return completion.Finish();
    }

    /// <summary>
    /// The items of one list as they complete (spec #sec-Value-Completion, list case): scalar and enum items in place,
    /// others through <see cref="CompleteValueAsync"/>; the asynchronous ones are awaited at the end.
    /// </summary>
    private struct ListCompletion(ExecutionState state, IType itemType, ResolverContext context, ResponsePath path, int capacity)
    {
        private readonly NamedType? _leafType = itemType.GetLeafType();
        private object?[] _results = new object?[capacity];
        private int _count;
        private List<(int Index, Task<object?> Task)>? _pending;

        /// <summary>Completes one item; returns <see cref="Stopped"/> or <see cref="Invalid"/> when the list ends there, else null.</summary>
        public object? Add(object? item)
        {
            if (!state.TryStartValue())
            {
                return Stopped;
            }

            int index = _count;
            if (index == _results.Length)
            {
                Array.Resize(ref _results, Math.Max(4, index * 2));
            }

            _count++;
            if (_leafType is not null && item is not null and not DBNull and not JsonElement && TrySerialize(_leafType, item, out object? serialized))
            {
                _results[index] = serialized;
                return null;
            }

            ValueTask<object?> completed = state.CompleteValueAsync(itemType, context, item, new ResponsePosition(path, index));
            if (completed.IsCompletedSuccessfully)
            {
                object? result = Absorb(completed.Result, itemType);
                if (ReferenceEquals(result, Stopped) || (ReferenceEquals(result, Invalid) && _pending is null))
                {
                    return result;
                }

                _results[index] = result;
            }
            else
            {
                (_pending ??= []).Add((index, completed.AsTask()));
            }

            return null;
        }

        public readonly ValueTask<object?> Finish()
        {
            object?[] results = _results.Length == _count ? _results : _results[.._count];
            return _pending is null
                ? new ValueTask<object?>(results)
                : new ValueTask<object?>(AwaitItemsAsync(results, _pending, itemType));
        }

        /// <summary>Serializes a scalar or enum item; false when it fails, so the general path reports the error.</summary>
        private static bool TrySerialize(NamedType leafType, object item, out object? serialized)
        {
            try
            {
                serialized = Serialize(leafType, item);
                return true;
            }
            catch (Exception)
            {
                serialized = null;
                return false;
            }
        }
    }

    private static async Task<object?> AwaitItemsAsync(object?[] results, List<(int Index, Task<object?> Task)> pending, IType itemType)
    {
        bool invalid = false;
        foreach ((int index, Task<object?> task) in pending)
        {
            results[index] = Absorb(await task.ConfigureAwait(false), itemType);
            if (ReferenceEquals(results[index], Stopped))
            {
                return Stopped;
            }
        }

        foreach (object? result in results)
        {
            invalid |= ReferenceEquals(result, Invalid);
        }

        return invalid ? Invalid : results;
    }

    /// <summary>ResolveAbstractType (spec #sec-Value-Completion): the bound resolver, else <c>__typename</c>, else the CLR type map.</summary>
    private ObjectType? ResolveAbstractType(NamedType abstractType, ResolverContext context, object value, ResponsePosition itemPath)
    {
        ResponsePath Path() => PathOf(context, itemPath);
        string? typeName;
        try
        {
            TypeResolver? resolver = abstractType switch
            {
                InterfaceType iface => iface.ResolveType,
                UnionType union => union.ResolveType,
                _ => null,
            };
            typeName = resolver?.Invoke(value, context) ?? DefaultTypeName(abstractType, value);
        }
        catch (Exception exception)
        {
            ReportError(exception, context.PlannedField, Path());
            return null;
        }

        if (typeName is null)
        {
            ReportError(ErrorMessages.AbstractTypeUnresolved(abstractType.Name, context.Field.Coordinate), context.PlannedField, Path());
            return null;
        }

        NamedType? runtimeType = Schema.GetType(typeName);
        if (runtimeType is null)
        {
            ReportError(ErrorMessages.AbstractTypeResolvedToUnknown(abstractType.Name, typeName), context.PlannedField, Path());
            return null;
        }

        if (runtimeType is not ObjectType obj)
        {
            ReportError(ErrorMessages.AbstractTypeResolvedToNonObject(abstractType.Name, typeName), context.PlannedField, Path());
            return null;
        }

        if (!Schema.IsSubType(abstractType, obj))
        {
            ReportError(ErrorMessages.NotPossibleType(obj.Name, abstractType.Name), context.PlannedField, Path());
            return null;
        }

        return obj;
    }

    private string? DefaultTypeName(NamedType abstractType, object value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue("__typename", out object? name) ? name as string : null;
            case IDictionary<string, object?> map:
                return map.TryGetValue("__typename", out object? typeName) ? typeName as string : null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object
                    && element.TryGetProperty("__typename", out JsonElement property)
                    && property.ValueKind == JsonValueKind.String
                    ? property.GetString()
                    : null;
        }

        Type clrType = value.GetType();
        if (Schema.GetObjectTypeForRuntimeType(clrType) is { } mapped)
        {
            return mapped.Name;
        }

        // Convention: a CLR type named like one of the possible types.
        foreach (ObjectType possible in Schema.GetPossibleTypes(abstractType))
        {
            if (string.Equals(possible.Name, clrType.Name, StringComparison.Ordinal))
            {
                return possible.Name;
            }
        }

        return null;
    }
}
