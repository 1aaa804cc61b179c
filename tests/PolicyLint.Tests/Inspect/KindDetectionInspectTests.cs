using System.Text.Json;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Inspect;

/// <summary><c>policylint inspect</c> shows why a kind was detected: the cue counts and, when asked, the learned model's cue.</summary>
public sealed class KindDetectionInspectTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylint-kind-").FullName;

    // About restraint in plain words, with no words of a policy's or a specification's voice.
    private const string PlainPolicy = """
        # Holding people safely at Beech Court

        Restraint is used only when a person is about to be badly hurt and talking has not helped, and it ends as soon as it can.
        Every restraint is noted in the incident book the same day, with the reason, the hold and the names of the people there.
        Everyone who might restrain someone is trained on a course certified against the Restraint Reduction Network Training Standards.
        After any restraint the person and the staff are offered support with how they feel at once, and a learning review comes later.
        Each person gets a short guide to their rights when restraint is used, in words and pictures they can follow.
        """;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void TextShowsTheCuesAndTheModelsCue()
    {
        var (exit, output, error) = CliRunner.Run("inspect", Write("plain.md", PlainPolicy));
        Assert.True(exit == 0, error);
        var line = output.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith("  kind detected:", StringComparison.Ordinal));
        Assert.StartsWith("  kind detected: policy (cues: specification 0, policy 0, other 0;", line, StringComparison.Ordinal);
        Assert.Contains("so the model:", line, StringComparison.Ordinal);
        Assert.Contains("states required clauses", line, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonCarriesTheModelOnlyWhenItWasAsked()
    {
        var plain = Detection(Write("plain.md", PlainPolicy));
        Assert.Equal("policy", plain.GetProperty("kind").GetString());
        var model = plain.GetProperty("model");
        Assert.True(model.GetProperty("statesClauses").GetBoolean());
        Assert.True(model.GetProperty("clauses").GetArrayLength() >= 3);
        Assert.False(string.IsNullOrEmpty(plain.GetProperty("undecided").GetString()));

        var clear = Detection(Write("clear.md", """
            # Restraint policy

            This policy applies to all our homes. Staff must record every restraint. We will review every restraint.
            Our staff are trained in de-escalation, and seclusion is not used.
            """));
        Assert.Equal("policy", clear.GetProperty("kind").GetString());
        Assert.True(clear.GetProperty("policyCues").GetInt32() >= 3);
        Assert.False(clear.TryGetProperty("model", out _));
    }

    private static JsonElement Detection(string path)
    {
        var (exit, output, error) = CliRunner.Run("inspect", path, "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("documents")[0].GetProperty("kindDetection").Clone();
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
