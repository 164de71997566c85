using Npgsql;
using Xunit;

namespace CrampBot.BotFramework.Tests.Testing;

/// <summary>
/// The PostgreSQL server test.sh starts (scripts/postgres.sh) and exports as CRAMPBOT_TEST_POSTGRES. Each caller
/// gets its own schema, so test classes running in parallel never see each other's rows. Without the variable
/// the test is skipped, except in CI (CI=true), where a missing server is a failure, not a skip.
/// </summary>
public static class PostgresTestDatabase
{
    public const string Variable = "CRAMPBOT_TEST_POSTGRES";

    public static string ServerOrSkip()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        const string Reason = $"{Variable} is not set: start a server with scripts/postgres.sh start (or run ./test.sh).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true but {Reason}");
        }

        Assert.Skip(Reason);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>A connection string whose search path is a fresh, empty schema.</summary>
    public static async Task<string> CreateSchemaAsync()
    {
        var server = ServerOrSkip();
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }
}
