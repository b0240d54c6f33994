namespace NmnGraph.Client;

/// <summary>
/// A variable or input field that may be left out, as distinct from one set to <c>null</c> (spec §6.1.2: an omitted
/// variable takes its default; an explicit null does not). Generated variables write a field only when
/// <see cref="HasValue"/>.
/// </summary>
public readonly record struct Optional<T>
{
    private readonly T _value;

    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>Not given: the field is left out of the JSON.</summary>
    public static Optional<T> Empty => default;

    public bool HasValue { get; }

    /// <summary>The value; throws when there is none.</summary>
    public T Value => HasValue ? _value : throw new InvalidOperationException("The optional value was not given.");

    public static implicit operator Optional<T>(T value) => new(value);

    public override string ToString() => HasValue ? _value?.ToString() ?? "null" : "(not given)";
}
