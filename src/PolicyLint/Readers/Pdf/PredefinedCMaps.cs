using System.Text;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// The predefined CJK CMaps that older, non-embedded Japanese, Chinese and Korean PDFs name in /Encoding. Without the
/// Adobe CMap resources we cannot get CIDs, but the bytes are in a legacy code page .NET can decode, which gives the
/// text when there is no ToUnicode.
/// </summary>
internal static class PredefinedCMaps
{
    static PredefinedCMaps() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (MultiByteScheme Scheme, Encoding? Encoding) Lookup(string? name)
    {
        if (name is null)
        {
            return (MultiByteScheme.TwoByte, null);
        }

        string n = name.TrimStart('/');
        if (n.StartsWith("Identity", StringComparison.Ordinal))
        {
            return (MultiByteScheme.TwoByte, null);
        }

        if (n.Contains("UCS2", StringComparison.Ordinal) || n.Contains("UTF16", StringComparison.Ordinal))
        {
            return (MultiByteScheme.TwoByte, Encoding.BigEndianUnicode);
        }

        if (n.Contains("RKSJ", StringComparison.Ordinal))
        {
            return (MultiByteScheme.ShiftJis, Get(932));
        }

        if (n is "EUC-H" or "EUC-V")
        {
            return (MultiByteScheme.EucJp, Get(51932) ?? Get(20932));
        }

        if (n is "H" or "V")
        {
            return (MultiByteScheme.Jis, Get(51932) ?? Get(20932));
        }

        if (n.StartsWith("GB", StringComparison.Ordinal))
        {
            return (MultiByteScheme.LeadByte, Get(936));
        }

        if (n.StartsWith("KSC", StringComparison.Ordinal))
        {
            return (MultiByteScheme.LeadByte, Get(949));
        }

        if (n.Contains("B5", StringComparison.Ordinal) || n.StartsWith("ETen", StringComparison.Ordinal))
        {
            return (MultiByteScheme.LeadByte, Get(950));
        }

        return (MultiByteScheme.TwoByte, null);
    }

    private static Encoding? Get(int codePage)
    {
        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
