using System.Text;

namespace PolicyLint.Reporting;

/// <summary>
/// Text kept to be written later (the scorecards that follow all the findings), in memory up to a budget and then in a
/// temporary file that deletes itself, so a run of any number of documents holds at most the budget.
/// </summary>
internal sealed class SpillText : IDisposable
{
    /// <summary>Characters kept in memory before the text moves to a temporary file.</summary>
    public const int DefaultBudget = 1 << 20;

    private readonly int _budget;
    private readonly StringBuilder _memory = new();
    private FileStream? _file;
    private StreamWriter? _spill;

    public SpillText(int budget = DefaultBudget) => _budget = budget;

    /// <summary>True once the text has moved to a temporary file.</summary>
    public bool Spilled => _spill is not null;

    public void Append(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_spill is not null)
        {
            _spill.Write(text);
            return;
        }

        _memory.Append(text);
        if (_memory.Length > _budget)
        {
            var path = Path.Combine(Path.GetTempPath(), "policylint-" + Guid.NewGuid().ToString("N") + ".txt");
            _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            _spill = new StreamWriter(_file, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            foreach (var chunk in _memory.GetChunks())
            {
                _spill.Write(chunk.Span);
            }

            _memory.Clear();
        }
    }

    /// <summary>Writes everything appended, in order, and empties the buffer.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_spill is null)
        {
            foreach (var chunk in _memory.GetChunks())
            {
                writer.Write(chunk.Span);
            }

            _memory.Clear();
            return;
        }

        _spill.Flush();
        _file!.Position = 0;
        using (var reader = new StreamReader(_file, Encoding.UTF8, false, 64 * 1024, leaveOpen: true))
        {
            var buffer = new char[64 * 1024];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                writer.Write(buffer, 0, n);
            }
        }

        Dispose();
    }

    public void Dispose()
    {
        _spill?.Dispose();
        _file?.Dispose();
        _spill = null;
        _file = null;
        _memory.Clear();
    }
}
