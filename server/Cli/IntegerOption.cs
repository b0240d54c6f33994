using System.CommandLine;
using System.Globalization;

namespace NmnGraph.Server.Cli;

/// <summary>A whole-number option whose errors name the flag and the value given (not the .NET type).</summary>
public static class IntegerOption
{
    public static Option<int> Create(string name, string description, string helpName, int minimum, int? defaultValue = null)
    {
        var option = new Option<int>(name) { Description = description, HelpName = helpName };
        if (defaultValue is { } fallback)
        {
            option.DefaultValueFactory = _ => fallback;
        }

        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return defaultValue ?? 0;
            }

            string text = result.Tokens[0].Value;
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                result.AddError($"{name} must be a whole number, got '{text}'.");
                return 0;
            }

            if (value < minimum)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {minimum}, got {value}."));
                return 0;
            }

            return value;
        };
        return option;
    }
}
