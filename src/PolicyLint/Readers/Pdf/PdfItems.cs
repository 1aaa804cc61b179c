using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Tolerant accessors over PDFsharp's object model. Real-world files put references where values are expected, reals
/// where integers are expected, and junk where anything is expected; every accessor resolves references and returns
/// null instead of throwing, so one odd entry costs one value, not the page.
/// </summary>
internal static class PdfItems
{
    public static PdfItem? Resolve(PdfItem? item)
    {
        // Chains of references are legal but rare; a few hops is plenty and bounds a reference cycle.
        for (int i = 0; i < 8 && item is PdfReference reference; i++)
        {
            item = reference.Value;
        }

        return item is PdfReference ? null : item;
    }

    public static PdfItem? Get(PdfDictionary? dict, string key)
    {
        if (dict is null)
        {
            return null;
        }

        try
        {
            return dict.Elements.TryGetValue(key, out var value) ? Resolve(value) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    public static PdfDictionary? Dictionary(PdfItem? item) => Resolve(item) as PdfDictionary;

    public static PdfDictionary? Dictionary(PdfDictionary? dict, string key) => Get(dict, key) as PdfDictionary;

    public static PdfArray? Array(PdfDictionary? dict, string key) => Get(dict, key) as PdfArray;

    public static string? Name(PdfItem? item) => Resolve(item) switch
    {
        PdfName name => name.Value,
        PdfNameObject name => name.Value,
        _ => null,
    };

    public static string? Name(PdfDictionary? dict, string key) => Name(Get(dict, key));

    public static double? Number(PdfItem? item) => Resolve(item) switch
    {
        PdfInteger i => i.Value,
        PdfReal r => r.Value,
        PdfLongInteger l => l.Value,
        PdfIntegerObject io => io.Value,
        PdfRealObject ro => ro.Value,
        PdfLongIntegerObject lo => lo.Value,
        _ => null,
    };

    public static double? Number(PdfDictionary? dict, string key) => Number(Get(dict, key));

    /// <summary>The i-th element of an array, resolved; null when out of range.</summary>
    public static PdfItem? At(PdfArray array, int index)
    {
        if (index < 0 || index >= array.Elements.Count)
        {
            return null;
        }

        return Resolve(array.Elements[index]);
    }

    /// <summary>A stream's decoded bytes, or null when it has none or a filter fails.</summary>
    public static byte[]? StreamBytes(PdfDictionary? dict)
    {
        if (dict?.Stream is null)
        {
            return null;
        }

        try
        {
            return dict.Stream.UnfilteredValue;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }
}
