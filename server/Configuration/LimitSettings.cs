using System.Globalization;
using Microsoft.Extensions.Configuration;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Server.Configuration;

/// <summary>
/// The cost and output limits, from (in order of precedence) the flags of <c>serve</c>
/// (<c>--max-field-cost</c>, <c>--max-type-cost</c>, <c>--max-result-values</c>), the environment
/// (<c>NMNGRAPH_MAX_FIELD_COST</c>, <c>NMNGRAPH_MAX_TYPE_COST</c>, <c>NMNGRAPH_MAX_RESULT_VALUES</c>) and
/// <c>appsettings.json</c> (<c>NmnGraph:MaxFieldCost</c>, <c>NmnGraph:MaxTypeCost</c>, <c>NmnGraph:MaxResultValues</c>),
/// else <see cref="ServerLimits"/>.
/// </summary>
public sealed record LimitSettings(double MaxFieldCost, double MaxTypeCost, int MaxResultValues)
{
    public static LimitSettings Resolve(int? fieldCostFlag, int? typeCostFlag, int? resultValuesFlag) =>
        Resolve(fieldCostFlag, typeCostFlag, resultValuesFlag, Environment.GetEnvironmentVariable, ServerSettings.LoadAppSettings());

    /// <exception cref="ServerStartException">A setting is not a positive whole number.</exception>
    public static LimitSettings Resolve(int? fieldCostFlag, int? typeCostFlag, int? resultValuesFlag, Func<string, string?> environment, IConfiguration appSettings)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(appSettings);
        return new LimitSettings(
            fieldCostFlag ?? Read("NMNGRAPH_MAX_FIELD_COST", "NmnGraph:MaxFieldCost", environment, appSettings) ?? ServerLimits.MaxFieldCost,
            typeCostFlag ?? Read("NMNGRAPH_MAX_TYPE_COST", "NmnGraph:MaxTypeCost", environment, appSettings) ?? ServerLimits.MaxTypeCost,
            resultValuesFlag ?? Read("NMNGRAPH_MAX_RESULT_VALUES", "NmnGraph:MaxResultValues", environment, appSettings) ?? ServerLimits.MaxResultValues);
    }

    private static int? Read(string variable, string key, Func<string, string?> environment, IConfiguration appSettings)
    {
        (string? text, string source) = environment(variable) is { Length: > 0 } fromEnvironment
            ? (fromEnvironment, "$" + variable)
            : (appSettings[key], "appsettings " + key);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1)
        {
            throw new ServerStartException($"{source} must be a positive whole number, got '{text}'.");
        }

        return value;
    }
}
