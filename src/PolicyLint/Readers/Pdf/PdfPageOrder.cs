using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// The page objects of the page tree in page order, found without recursion: each page tree node is followed once (a
/// node that lists itself, or two nodes that are each other's kid, end there), while a page object named more than
/// once is listed each time it is named. The reader uses it to read a page object once only: a /Kids array that
/// repeats one page 200,000 times would otherwise be read (and checked) up to the page limit.
/// </summary>
internal static class PdfPageOrder
{
    /// <summary>
    /// The reference of each leaf page, in order, at most <paramref name="max"/>; null for a page that is not an
    /// indirect object. Null for the whole list when the tree cannot be walked.
    /// </summary>
    public static List<IndirectReference?>? Leaves(PdfDocument document, int max, CancellationToken cancellationToken)
    {
        try
        {
            if (!document.Structure.Catalog.CatalogDictionary.Data.TryGetValue("Pages", out var rootToken))
            {
                return null;
            }

            var leaves = new List<IndirectReference?>();
            var followed = new HashSet<IndirectReference>();
            var stack = new Stack<IToken>();
            stack.Push(rootToken);
            int looked = 0;
            while (stack.Count > 0 && leaves.Count < max)
            {
                if ((++looked & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var token = stack.Pop();
                IndirectReference? reference = token is IndirectReferenceToken r ? r.Data : null;
                if (Resolve(document, token) is not DictionaryToken node)
                {
                    continue;
                }

                bool isPage = node.Data.TryGetValue("Type", out var type) && type is NameToken { Data: "Page" };
                if (!isPage && Resolve(document, node.Data.GetValueOrDefault("Kids")) is ArrayToken kids)
                {
                    if (reference is { } id && !followed.Add(id))
                    {
                        continue;
                    }

                    for (int k = kids.Data.Count - 1; k >= 0; k--)
                    {
                        stack.Push(kids.Data[k]);
                    }
                }
                else
                {
                    leaves.Add(reference);
                }
            }

            return leaves;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private static IToken? Resolve(PdfDocument document, IToken? token)
    {
        for (int i = 0; i < 8 && token is IndirectReferenceToken reference; i++)
        {
            token = document.Structure.GetObject(reference.Data)?.Data;
        }

        return token is IndirectReferenceToken ? null : token;
    }
}
