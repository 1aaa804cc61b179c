using System.IO.Compression;
using System.Text;

namespace PolicyLint.Tests.Hostile;

/// <summary>
/// Makes damaged copies of real files, all drawn from one <see cref="Random"/> so a seed replays every byte:
/// truncations, bit flips, zeroed blocks, and, inside .docx packages, entries dropped or duplicated and XML corrupted.
/// Each mutation has a name saying what was done, printed with the seed when a file fails.
/// </summary>
internal sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    public int Seed => seed;

    public (string What, byte[] Bytes) Mutate(byte[] original, string extension)
    {
        bool zip = extension == ".docx" && original.Length > 4 && original[0] == 'P' && original[1] == 'K';
        int choice = _random.Next(zip ? 9 : 5);
        return choice switch
        {
            0 => Truncate(original),
            1 => FlipBits(original),
            2 => ZeroBlock(original),
            3 => Splice(original),
            4 => ZeroThenFlip(original),
            5 => DropEntry(original),
            6 => DuplicateEntry(original),
            7 => CorruptXml(original),
            _ => MutateEntryBytes(original),
        };
    }

    private (string, byte[]) Truncate(byte[] data)
    {
        int at = data.Length == 0 ? 0 : _random.Next(data.Length);
        return ($"truncated at byte {at} of {data.Length}", data[..at]);
    }

    private (string, byte[]) FlipBits(byte[] data)
    {
        var copy = (byte[])data.Clone();
        if (copy.Length == 0)
        {
            return ("empty (nothing to flip)", copy);
        }

        int flips = 1 + _random.Next(24);
        var at = new List<int>();
        for (int i = 0; i < flips; i++)
        {
            int pos = _random.Next(copy.Length);
            copy[pos] ^= (byte)(1 << _random.Next(8));
            at.Add(pos);
        }

        return ($"{flips} bits flipped (first at byte {at[0]})", copy);
    }

    private (string, byte[]) ZeroBlock(byte[] data)
    {
        var copy = (byte[])data.Clone();
        if (copy.Length == 0)
        {
            return ("empty (nothing to zero)", copy);
        }

        int start = _random.Next(copy.Length);
        int length = Math.Min(copy.Length - start, 16 << _random.Next(9));
        Array.Clear(copy, start, length);
        return ($"{length} bytes zeroed at {start}", copy);
    }

    private (string, byte[]) ZeroThenFlip(byte[] data)
    {
        var (zeroed, once) = ZeroBlock(data);
        var (flipped, twice) = FlipBits(once);
        return (zeroed + ", then " + flipped, twice);
    }

    private (string, byte[]) Splice(byte[] data)
    {
        // A block of the file copied over another place in it (repeated structure, shifted offsets).
        if (data.Length < 2)
        {
            return Truncate(data);
        }

        int from = _random.Next(data.Length);
        int to = _random.Next(data.Length);
        int length = Math.Min(Math.Min(data.Length - from, data.Length - to), 1 + _random.Next(2048));
        var copy = (byte[])data.Clone();
        Array.Copy(data, from, copy, to, length);
        return ($"{length} bytes from {from} copied over {to}", copy);
    }

    private (string, byte[]) DropEntry(byte[] data) => Rezip(data, (entries, r) =>
    {
        int i = r.Next(entries.Count);
        var name = entries[i].Name;
        entries.RemoveAt(i);
        return $"zip entry {name} dropped";
    });

    private (string, byte[]) DuplicateEntry(byte[] data) => Rezip(data, (entries, r) =>
    {
        int i = r.Next(entries.Count);
        entries.Insert(r.Next(entries.Count + 1), entries[i]);
        return $"zip entry {entries[i].Name} duplicated";
    });

    private (string, byte[]) CorruptXml(byte[] data) => Rezip(data, (entries, r) =>
    {
        var xmlIndexes = Enumerable.Range(0, entries.Count).Where(i => entries[i].Name.EndsWith(".xml", StringComparison.Ordinal) || entries[i].Name.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        if (xmlIndexes.Count == 0)
        {
            return "no XML entry to corrupt";
        }

        int i = xmlIndexes[r.Next(xmlIndexes.Count)];
        var (name, bytes) = entries[i];
        var text = Encoding.UTF8.GetString(bytes);
        string what;
        int at = text.Length == 0 ? 0 : r.Next(text.Length);
        switch (r.Next(6))
        {
            case 0:
                text = text[..at];
                what = "cut short";
                break;
            case 1:
                text = text.Insert(at, "<");
                what = "stray '<' inserted";
                break;
            case 2:
                text = text.Insert(at, "<w:p><w:r><w:t>unclosed");
                what = "unclosed elements inserted";
                break;
            case 3:
                text = text.Replace("w:", "q:", StringComparison.Ordinal);
                what = "prefix renamed to an undeclared one";
                break;
            case 4:
                text = text.Insert(at, "&undefined;");
                what = "undefined entity inserted";
                break;
            default:
                text = text.Replace("\"", string.Empty, StringComparison.Ordinal);
                what = "attribute quotes removed";
                break;
        }

        entries[i] = (name, Encoding.UTF8.GetBytes(text));
        return $"XML of {name}: {what} (at {at})";
    });

    private (string, byte[]) MutateEntryBytes(byte[] data) => Rezip(data, (entries, r) =>
    {
        int i = r.Next(entries.Count);
        var (name, bytes) = entries[i];
        var copy = (byte[])bytes.Clone();
        if (copy.Length > 0)
        {
            for (int k = 0; k < 1 + r.Next(8); k++)
            {
                copy[r.Next(copy.Length)] = (byte)r.Next(256);
            }
        }

        entries[i] = (name, copy);
        return $"bytes of zip entry {name} changed";
    });

    private (string, byte[]) Rezip(byte[] data, Func<List<(string Name, byte[] Bytes)>, Random, string> change)
    {
        List<(string, byte[])> entries;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
            entries = [];
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                entries.Add((e.FullName, m.ToArray()));
            }
        }
        catch (InvalidDataException)
        {
            return FlipBits(data);
        }

        if (entries.Count == 0)
        {
            return Truncate(data);
        }

        var what = change(entries, _random);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var s = entry.Open();
                s.Write(bytes);
            }
        }

        return (what, output.ToArray());
    }
}
