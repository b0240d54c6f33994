namespace NmnGraph.Client.Tests.AsGenerated;

/// <summary>As generated for <c>enum ThingKind { GADGET WIDGET }</c>.</summary>
public enum ThingKind
{
    Gadget,
    Widget,
}

/// <summary>As generated: name ↔ value without reflection.</summary>
public static class ThingKindValues
{
    public static ThingKind? Parse(string name) => name switch
    {
        "GADGET" => ThingKind.Gadget,
        "WIDGET" => ThingKind.Widget,
        _ => null,
    };

    public static string Format(ThingKind value) => value switch
    {
        ThingKind.Gadget => "GADGET",
        ThingKind.Widget => "WIDGET",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
