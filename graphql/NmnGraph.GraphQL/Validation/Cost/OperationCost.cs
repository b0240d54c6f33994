using System.Globalization;

namespace NmnGraph.GraphQL.Validation.Cost;

/// <summary>
/// The cost of an operation (IBM cost spec #sec-Field-Cost, #sec-Type-Cost): <see cref="FieldCost"/> estimates the
/// resolver work, <see cref="TypeCost"/> the objects the response would hold.
/// </summary>
public readonly record struct OperationCost(double FieldCost, double TypeCost)
{
    /// <summary>The <c>extensions.operationCost</c> entry: <c>{ fieldCost, typeCost }</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToExtension() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["fieldCost"] = FieldCost,
        ["typeCost"] = TypeCost,
    };

    /// <summary>A cost as people read it: whole numbers without decimals, astronomic ones in exponent form.</summary>
    public static string Format(double cost) =>
        cost < 1e15 ? cost.ToString("0.##", CultureInfo.InvariantCulture) : cost.ToString("0.###e+0", CultureInfo.InvariantCulture);

    /// <summary>Keeps a sum or product finite, so that it can be written as JSON.</summary>
    internal static double Saturate(double cost) => double.IsNaN(cost) ? 0 : Math.Min(cost, double.MaxValue);
}
