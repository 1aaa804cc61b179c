using PolicyLint.Analysis;

namespace PolicyLint.Reporting;

/// <summary>Writes a run's result in one format. Reporters never re-read or re-parse documents.</summary>
internal interface IReporter
{
    void Write(CheckResult result, TextWriter writer);
}
