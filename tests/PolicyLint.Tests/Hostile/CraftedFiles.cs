using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace PolicyLint.Tests.Hostile;

/// <summary>What a crafted case expects of the file it made.</summary>
internal enum Expect
{
    /// <summary>Refused: PL9001 whose reason contains <see cref="CraftedCase.Reason"/>.</summary>
    Refused,

    /// <summary>Read and checked (no error), optionally with a PL9001 finding whose message contains the reason.</summary>
    Checked,

    /// <summary>Either, so long as it is clean (a refusal is a PL9001 with its reason).</summary>
    Either,
}

/// <summary>
/// One hostile file (or folder) made on disk by <see cref="Make"/>: the paths to give the command line, relative to
/// the case's folder, and what each must come to.
/// </summary>
internal sealed record CraftedCase(string Class, string Name, Func<string, IReadOnlyList<string>> Make, Expect Expect, string? Reason = null)
{
    /// <summary>Extra options for the run (a lower limit to show a limit's behaviour).</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>Paths expected in the report, when not the paths given (a folder gives its files).</summary>
    public IReadOnlyList<string>? ReportedPaths { get; init; }

    /// <summary>A command to run the child under (setpriv, to take root's power to read any folder away).</summary>
    public IReadOnlyList<string>? Prefix { get; init; }

    /// <summary>Undoes what would stop the case's folder being deleted.</summary>
    public Action<string>? CleanUp { get; init; }

    public override string ToString() => $"{Class}/{Name}";
}

/// <summary>The crafted hostile files, one per way a file has stopped, hung or misled a run, and the classic attacks.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static partial class CraftedFiles
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string RepoCorpus(string name) => Support.TestPaths.InRepo("corpus", name);

    public static IReadOnlyList<CraftedCase> All()
    {
        var cases = new List<CraftedCase>
        {
            // Markdown nesting: Markdig recursed (or our walker did) until the stack overflowed.
            new("markdown", "emphasis-50000", d => One(d, "emphasis.md", new string('*', 50_000) + "restraint" + new string('*', 50_000) + "\n"), Expect.Refused, "--max-nesting"),
            new("markdown", "emphasis-spread-over-lines", d => One(d, "emphasis-lines.md", string.Concat(Enumerable.Repeat("*a\n", 30_000)) + string.Concat(Enumerable.Repeat("a*\n", 30_000))), Expect.Either, "--max-nesting"),
            new("markdown", "block-quotes-50000", d => One(d, "quotes.md", new string('>', 50_000) + " restraint\n"), Expect.Refused, "--max-nesting"),
            new("markdown", "lists-50000", d => One(d, "lists.md", string.Concat(Enumerable.Repeat("- ", 50_000)) + "restraint\n"), Expect.Refused, "--max-nesting"),
            new("markdown", "indented-lists-5000", d => One(d, "indented.md", string.Concat(Enumerable.Range(0, 5_000).Select(i => new string(' ', 2 * i) + "- item\n"))), Expect.Either, "--max-nesting"),
            new("markdown", "brackets-50000", d => One(d, "brackets.md", new string('[', 50_000) + "restraint" + new string(']', 50_000) + "\n"), Expect.Either, "--max-nesting"),
            new("markdown", "binary-garbage", d => OneBytes(d, "garbage.md", Garbage(200_000, 7)), Expect.Refused, "NUL"),
            new("markdown", "60-MB-single-line", d => OneBytes(d, "one-line.md", SingleLine(60L << 20)), Expect.Refused, "--max-block-chars"),
            new("markdown", "exactly-64-MiB", d => OneBytes(d, "sixty-four.md", Paragraphs(64L << 20)), Expect.Refused, "--max-blocks"),
            new("markdown", "empty", d => OneBytes(d, "empty.md", []), Expect.Checked),

            // Text.
            new("text", "60-MB-single-line", d => OneBytes(d, "one-line.txt", SingleLine(60L << 20)), Expect.Refused, "--max-block-chars"),
            new("text", "100-MB-over-the-size-limit", d => Sized(d, "huge.txt", 100L << 20), Expect.Refused, "--max-file-size"),
            new("text", "1-MB-one-sentence", d => OneBytes(d, "sentence.txt", OneSentence(1 << 20)), Expect.Refused, "--max-block-chars"),
            new("text", "1-MB-one-sentence-past-the-time-limit", d => OneBytes(d, "slow.txt", OneSentence(1 << 20)), Expect.Refused, "--timeout")
            {
                Options = ["--max-block-chars", "2000000", "--timeout", "3"],
            },
            new("text", "empty", d => OneBytes(d, "empty.txt", []), Expect.Checked),

            // Special files: refused without being opened, named directly or found in a folder.
            new("special", "dev-zero-as-x.txt", d => Link(d, "x.txt", "/dev/zero"), Expect.Refused, "character device"),
            new("special", "fifo-named-.md", d => Fifo(d, "pipe.md"), Expect.Refused, "FIFO"),
            new("special", "fifo-in-a-folder", d => FifoInFolder(d), Expect.Refused, "FIFO")
            {
                ReportedPaths = ["folder/pipe.md", "folder/policy.md"],
            },

            // Word.
            new("docx", "zip-bomb-document.xml-1.1-GB", d => OneBytes(d, "bomb.docx", Docx(document: Bomb(1100), documentIsBomb: true)), Expect.Refused, "--max-part-size"),
            new("docx", "zip-bomb-with-understated-size", d => OneBytes(d, "liar.docx", Understate(Docx(document: Bomb(200), documentIsBomb: true), "word/document.xml", 5_000)), Expect.Refused),
            new("docx", "styles.xml-1.1-GB", d => OneBytes(d, "styles-bomb.docx", Docx(styles: StylesBomb(1100))), Expect.Refused, "--max-part-size"),
            new("docx", "doctype-in-content-types", d => OneBytes(d, "doctype.docx", Docx(contentTypesPrefix: "<!DOCTYPE Types [<!ENTITY x \"y\">]>")), Expect.Refused, "DTD"),
            new("docx", "billion-laughs-in-document.xml", d => OneBytes(d, "laughs.docx", Docx(document: BillionLaughs())), Expect.Refused, "DTD"),
            new("docx", "external-entity-in-document.xml", d => OneBytes(d, "xxe.docx", Docx(document: ExternalEntity())), Expect.Refused, "DTD"),
            new("docx", "external-entity-in-styles.xml", d => OneBytes(d, "xxe-styles.docx", Docx(styles: "<!DOCTYPE s [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:styles xmlns:w=\"" + W + "\"><w:style w:styleId=\"&xxe;\"/></w:styles>")), Expect.Checked, "DTD"),
            new("docx", "external-relationship-to-etc-passwd", d => OneBytes(d, "external.docx", Docx(externalHeader: true)), Expect.Either),
            new("docx", "10000-nested-tables", d => OneBytes(d, "tables.docx", Docx(document: NestedTables(10_000))), Expect.Refused, "--max-nesting"),
            new("docx", "4-MB-attribute", d => OneBytes(d, "attribute.docx", Docx(document: Body($"<w:p w:rsidR=\"{new string('A', 4 << 20)}\"><w:r><w:t>Restraint is a last resort.</w:t></w:r></w:p>"))), Expect.Checked),
            new("docx", "4-MB-attribute-varied", d => OneBytes(d, "attribute-varied.docx", Docx(document: Body($"<w:p><w:pPr><w:pStyle w:val=\"{VariedText(4 << 20)}\"/></w:pPr><w:r><w:t>Restraint is a last resort.</w:t></w:r></w:p>"))), Expect.Checked),
            new("docx", "empty", d => OneBytes(d, "empty.docx", []), Expect.Refused, "not a valid Word document"),

            // PDF, written byte by byte.
            new("pdf", "form-that-draws-itself", d => OneBytes(d, "form.pdf", HostilePdfs.SelfDrawingForm()), Expect.Either),
            new("pdf", "kids-lists-itself", d => OneBytes(d, "kids-self.pdf", HostilePdfs.KidsListsItself()), Expect.Either),
            new("pdf", "two-page-nodes-each-others-kid", d => OneBytes(d, "kids-mutual.pdf", HostilePdfs.MutualKids()), Expect.Either),
            new("pdf", "kids-repeating-one-page-200000-times", d => OneBytes(d, "kids-repeat.pdf", HostilePdfs.RepeatedKids(200_000)), Expect.Either),
            new("pdf", "100000-nested-arrays", d => OneBytes(d, "arrays.pdf", HostilePdfs.NestedArrays(100_000)), Expect.Either),
            new("pdf", "stream-with-huge-length", d => OneBytes(d, "length.pdf", HostilePdfs.HugeLength()), Expect.Either),
            new("pdf", "flate-bomb-content-stream-300-MB", d => OneBytes(d, "flate-bomb.pdf", HostilePdfs.FlateBomb(300)), Expect.Refused, "--max-part-size"),
            new("pdf", "password-protected", d => OneBytes(d, "locked.pdf", PdfBuilder.Encrypted(["Restraint is used only as a last resort."], "secret", "owner")), Expect.Refused, "password"),
            new("pdf", "empty", d => OneBytes(d, "empty.pdf", []), Expect.Refused, "not a PDF"),

            // Folders.
            new("folders", "symlink-loops", SymlinkLoops, Expect.Checked)
            {
                ReportedPaths = ["loops/real/policy.md"],
            },
            new("folders", "unreadable-subfolder", UnreadableSubfolder, Expect.Refused, "could not be read")
            {
                ReportedPaths = ["tree/locked", "tree/open/policy.md"],
                Prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"],
                CleanUp = d => File.SetUnixFileMode(Path.Combine(d, "tree", "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute),
            },
        };
        return cases;
    }

    private static List<string> One(string dir, string name, string text) => OneBytes(dir, name, Encoding.UTF8.GetBytes(text));

    private static List<string> OneBytes(string dir, string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(dir, name), bytes);
        return [name];
    }

    private static List<string> Sized(string dir, string name, long length)
    {
        using (var f = File.Create(Path.Combine(dir, name)))
        {
            f.Write("Restraint policy.\n"u8);
            f.SetLength(length);
        }

        return [name];
    }

    private static List<string> Link(string dir, string name, string target)
    {
        File.CreateSymbolicLink(Path.Combine(dir, name), target);
        return [name];
    }

    private static List<string> Fifo(string dir, string name)
    {
        if (MakeFifo(Path.Combine(dir, name), 0x1B6) != 0)
        {
            throw new IOException("mkfifo failed: " + Marshal.GetLastPInvokeError());
        }

        return [name];
    }

    private static List<string> FifoInFolder(string dir)
    {
        var folder = Directory.CreateDirectory(Path.Combine(dir, "folder")).FullName;
        Fifo(folder, "pipe.md");
        File.Copy(RepoCorpus("provider-policy.md"), Path.Combine(folder, "policy.md"));
        return ["folder"];
    }

    private static List<string> SymlinkLoops(string dir)
    {
        var loops = Directory.CreateDirectory(Path.Combine(dir, "loops")).FullName;
        var real = Directory.CreateDirectory(Path.Combine(loops, "real")).FullName;
        File.Copy(RepoCorpus("provider-policy.md"), Path.Combine(real, "policy.md"));
        File.CreateSymbolicLink(Path.Combine(real, "up"), "..");
        File.CreateSymbolicLink(Path.Combine(real, "again"), "../real");
        File.CreateSymbolicLink(Path.Combine(loops, "here"), ".");
        File.CreateSymbolicLink(Path.Combine(loops, "ping"), "pong");
        File.CreateSymbolicLink(Path.Combine(loops, "pong"), "ping");
        File.CreateSymbolicLink(Path.Combine(loops, "self"), "self");
        var deep = Directory.CreateDirectory(Path.Combine(loops, "a", "b", "c")).FullName;
        File.CreateSymbolicLink(Path.Combine(deep, "top"), "../../..");
        return ["loops"];
    }

    private static List<string> UnreadableSubfolder(string dir)
    {
        var tree = Directory.CreateDirectory(Path.Combine(dir, "tree")).FullName;
        var open = Directory.CreateDirectory(Path.Combine(tree, "open")).FullName;
        var locked = Directory.CreateDirectory(Path.Combine(tree, "locked")).FullName;
        File.Copy(RepoCorpus("provider-policy.md"), Path.Combine(open, "policy.md"));
        File.Copy(RepoCorpus("weak-specification.md"), Path.Combine(locked, "hidden-policy.md"));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        return ["tree"];
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MakeFifo(string path, uint mode);

    private static byte[] Garbage(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] SingleLine(long length)
    {
        var unit = "Staff must record every use of restraint and review it within 24 hours and "u8.ToArray();
        var bytes = new byte[length];
        for (long i = 0; i < length; i += unit.Length)
        {
            unit.AsSpan(0, (int)Math.Min(unit.Length, length - i)).CopyTo(bytes.AsSpan((int)i));
        }

        bytes[^1] = (byte)'\n';
        return bytes;
    }

    private static byte[] Paragraphs(long length)
    {
        var unit = "Staff must record every use of restraint. Each incident is reviewed within 24 hours.\n\n"u8.ToArray();
        var bytes = new byte[length];
        for (long i = 0; i < length; i += unit.Length)
        {
            unit.AsSpan(0, (int)Math.Min(unit.Length, length - i)).CopyTo(bytes.AsSpan((int)i));
        }

        return bytes;
    }

    private static byte[] OneSentence(int length)
    {
        var bytes = SingleLine(length);
        bytes[^2] = (byte)'.';
        return bytes;
    }

    private static string VariedText(int length)
    {
        var r = new Random(11);
        var sb = new StringBuilder(length);
        while (sb.Length < length)
        {
            sb.Append((char)('a' + r.Next(26)));
            if (r.Next(7) == 0)
            {
                sb.Append(' ');
            }
        }

        return sb.ToString(0, length);
    }

    private static string Body(string inner) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\"><w:body>{inner}<w:p><w:r><w:t>Restraint is only used as a last resort.</w:t></w:r></w:p></w:body></w:document>";

    private static string BillionLaughs()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++)
        {
            sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        sb.Append($"]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
        return sb.ToString();
    }

    private static string ExternalEntity() =>
        $"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";

    private static string NestedTables(int depth)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            sb.Append("<w:tbl><w:tr><w:tc>");
        }

        sb.Append("<w:p><w:r><w:t>deep</w:t></w:r></w:p>");
        for (int i = 0; i < depth; i++)
        {
            sb.Append("<w:p/></w:tc></w:tr></w:tbl>");
        }

        return Body(sb.ToString());
    }

    /// <summary>Marks the document part as a bomb: written as <paramref name="megabytes"/> MB of paragraphs.</summary>
    private static string Bomb(int megabytes) => "bomb:" + megabytes;

    private static string StylesBomb(int megabytes) => "styles-bomb:" + megabytes;

    /// <summary>
    /// A minimal .docx: content types, package and document relationships, the document (or a bomb streamed into the
    /// entry), optionally styles and a header whose relationship points outside the package.
    /// </summary>
    private static byte[] Docx(string? document = null, bool documentIsBomb = false, string? styles = null, string contentTypesPrefix = "", bool externalHeader = false)
    {
        document ??= Body("<w:p><w:r><w:t>Staff must record every use of restraint.</w:t></w:r></w:p>");
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + contentTypesPrefix +
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
                "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
                "</Types>");
            Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            if (styles is not null)
            {
                rels.Append("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            }

            if (externalHeader)
            {
                rels.Append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>");
                rels.Append("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"../../../../etc/passwd\"/>");
            }

            rels.Append("</Relationships>");
            Entry(zip, "word/_rels/document.xml.rels", rels.ToString());
            if (documentIsBomb)
            {
                StreamBomb(zip, "word/document.xml", int.Parse(document["bomb:".Length..], System.Globalization.CultureInfo.InvariantCulture), styles: false);
            }
            else
            {
                Entry(zip, "word/document.xml", document);
            }

            if (styles is not null && styles.StartsWith("styles-bomb:", StringComparison.Ordinal))
            {
                StreamBomb(zip, "word/styles.xml", int.Parse(styles["styles-bomb:".Length..], System.Globalization.CultureInfo.InvariantCulture), styles: true);
            }
            else if (styles is not null)
            {
                Entry(zip, "word/styles.xml", styles);
            }
        }

        return output.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        s.Write(Encoding.UTF8.GetBytes(text));
    }

    private static void StreamBomb(ZipArchive zip, string name, int megabytes, bool styles)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        s.Write(Encoding.UTF8.GetBytes(styles
            ? $"<?xml version=\"1.0\"?><w:styles xmlns:w=\"{W}\"><!--"
            : $"<?xml version=\"1.0\"?><w:document xmlns:w=\"{W}\"><w:body>"));
        var chunk = Encoding.UTF8.GetBytes(styles
            ? new string(' ', 1 << 20)
            : string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>" + new string('a', 1000) + "</w:t></w:r></w:p>", 1 << 20 >> 10)));
        long target = (long)megabytes << 20;
        for (long written = 0; written < target; written += chunk.Length)
        {
            s.Write(chunk);
        }

        s.Write(Encoding.UTF8.GetBytes(styles ? "--></w:styles>" : "</w:body></w:document>"));
    }

    /// <summary>Rewrites the uncompressed size an entry's local and central headers state (a zip that lies).</summary>
    private static byte[] Understate(byte[] zip, string entryName, uint statedSize)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (int i = 0; i + 46 < zip.Length; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2)
            {
                int n = BitConverter.ToUInt16(zip, i + 28);
                if (zip.AsSpan(i + 46, n).SequenceEqual(name))
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(i + 24), statedSize);
                }
            }
            else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4)
            {
                int n = BitConverter.ToUInt16(zip, i + 26);
                if (i + 30 + n <= zip.Length && zip.AsSpan(i + 30, n).SequenceEqual(name))
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(i + 22), statedSize);
                }
            }
        }

        return zip;
    }
}

/// <summary>The hostile PDFs, each bending one part of an otherwise valid file.</summary>
internal static class HostilePdfs
{
    private static readonly byte[] Text = PdfBuilder.TextContent(["Restraint is used only as a last resort.", "Staff must record every use of restraint."]);

    /// <summary>A page that draws form /X0, whose own resources name it /X0 and whose content draws /X0.</summary>
    public static byte[] SelfDrawingForm()
    {
        var b = new PdfBuilder();
        int catalog = b.Reserve();
        int tree = b.Reserve();
        int font = b.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        int form = b.Reserve();
        b.SetStream(form, $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X0 {form} 0 R >> /Font << /F1 {font} 0 R >> >>", "BT /F1 11 Tf 72 700 Td (inside the form) Tj ET /X0 Do"u8.ToArray());
        int content = b.AddStream(string.Empty, [.. Text, .. "\n/X0 Do"u8.ToArray()]);
        int page = b.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> /XObject << /X0 {form} 0 R >> >> /Contents {content} 0 R >>");
        b.Set(tree, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        return b.Build(catalog);
    }

    /// <summary>A page tree node whose /Kids lists the node itself.</summary>
    public static byte[] KidsListsItself()
    {
        var (b, catalog, tree, pages, _) = PdfBuilder.Simple([Text]);
        b.Set(tree, $"<< /Type /Pages /Kids [{tree} 0 R {pages[0]} 0 R] /Count 2 >>");
        return b.Build(catalog);
    }

    /// <summary>Two page tree nodes, each the other's kid.</summary>
    public static byte[] MutualKids()
    {
        var (b, catalog, tree, _, _) = PdfBuilder.Simple([Text]);
        int other = b.Reserve();
        b.Set(tree, $"<< /Type /Pages /Kids [{other} 0 R] /Count 1 >>");
        b.Set(other, $"<< /Type /Pages /Parent {tree} 0 R /Kids [{tree} 0 R] /Count 1 >>");
        return b.Build(catalog);
    }

    /// <summary>/Kids naming one page <paramref name="times"/> times.</summary>
    public static byte[] RepeatedKids(int times)
    {
        var (b, catalog, tree, pages, _) = PdfBuilder.Simple([Text]);
        var kids = new StringBuilder(times * 8);
        for (int i = 0; i < times; i++)
        {
            kids.Append(pages[0]).Append(" 0 R ");
        }

        b.Set(tree, $"<< /Type /Pages /Kids [{kids}] /Count {times} >>");
        return b.Build(catalog);
    }

    /// <summary>An object of <paramref name="depth"/> nested arrays, named by the page.</summary>
    public static byte[] NestedArrays(int depth)
    {
        var (b, catalog, _, pages, _) = PdfBuilder.Simple([Text], pageExtra: "/Nested 6 0 R");
        int deep = b.Add(new string('[', depth) + new string(']', depth));
        if (deep != 6)
        {
            // The page names object 6; keep the builder's numbering honest.
            throw new InvalidOperationException("expected object 5, got " + deep + " (pages: " + pages.Count + ")");
        }

        return b.Build(catalog);
    }

    /// <summary>A Flate content stream that inflates to <paramref name="megabytes"/> MB of spaces.</summary>
    public static byte[] FlateBomb(int megabytes)
    {
        using var packed = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(Text);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (int i = 0; i < megabytes; i++)
            {
                z.Write(spaces);
            }
        }

        var b = new PdfBuilder();
        int catalog = b.Reserve();
        int tree = b.Reserve();
        int font = b.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        int content = b.AddStream("/Filter /FlateDecode", packed.ToArray());
        int page = b.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        b.Set(tree, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        return b.Build(catalog);
    }

    /// <summary>A content stream whose /Length claims far more bytes than the file has.</summary>
    public static byte[] HugeLength()
    {
        var b = new PdfBuilder();
        int catalog = b.Reserve();
        int tree = b.Reserve();
        int font = b.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        int content = b.AddStream(string.Empty, Text, length: "99999999999");
        int page = b.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        b.Set(tree, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        return b.Build(catalog);
    }
}
