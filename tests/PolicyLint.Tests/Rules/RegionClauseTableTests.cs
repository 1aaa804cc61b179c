using System.Text.Json;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Rules;

/// <summary>
/// Region clauses over real Markdown tables (the rule tests' markup has no tables): the table of measures belongs to
/// the region that states the monitoring, and a plain sentence above it does not introduce it.
/// </summary>
public sealed class RegionClauseTableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylint-region-table-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_table_of_indicators_is_introduced_by_the_commissioners_statement_not_by_a_passing_mention()
    {
        var path = Path.Combine(_folder, "spec.md");
        File.WriteAllText(path, """
            # Service specification for community support

            ## 4 Staff development

            4.1 The Provider shall keep training records for each worker and show them to officers at contract monitoring visits.

            ## 8 Monitoring the contract

            8.1 The Authority will monitor the service through six-monthly review meetings and the returns set out below.

            8.2 The Provider shall send the Authority the following performance indicators every quarter.

            | Indicator | Target |
            |---|---|
            | Number of incidents of restraint | Falling |
            | Percentage of staff whose training is certified | All staff |

            """);

        var (_, json, _) = CliRunner.Run("check", path, "--format", "json", "--kind", "specification");
        using var report = JsonDocument.Parse(json);
        var clause = report.RootElement.GetProperty("documents")[0].GetProperty("clauses").EnumerateArray()
            .Single(c => c.GetProperty("ruleId").GetString() == "PL1020");
        Assert.Equal("partial", clause.GetProperty("status").GetString());
        var evidence = clause.GetProperty("evidence");
        Assert.StartsWith("The Authority will monitor the service", evidence.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(9, evidence.GetProperty("location").GetProperty("line").GetInt32());
    }
}
