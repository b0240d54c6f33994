using System.Data.Common;

namespace NmnGraph.Server.Store;

/// <summary>Parameter binding that reads the same on every ADO.NET provider.</summary>
internal static class DbCommandExtensions
{
    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Sets the value of a parameter, adding it on first use (reused prepared commands).</summary>
    public static void SetParameter(this DbCommand command, string name, object? value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
        else
        {
            command.AddParameter(name, value);
        }
    }
}
