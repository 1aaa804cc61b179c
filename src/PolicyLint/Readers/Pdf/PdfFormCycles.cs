using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Finds the pages that would draw a form XObject which draws itself, directly or through other forms. PdfPig follows
/// such a cycle until the stack overflows, which no handler can catch, so the object graph is walked first, without
/// recursion: the page tree from the catalog (resources inherited from parent nodes), then each page's forms and the
/// forms their resources name.
/// </summary>
internal static class PdfFormCycles
{
    /// <summary>Objects looked at before the check gives up and treats every page as unsafe.</summary>
    public const int MaxObjects = 200_000;

    private enum Mark
    {
        Visiting,
        Clean,
        Cyclic,
    }

    /// <summary>Page numbers (1-based, as PdfPig numbers them) whose drawing reaches a cycle of forms.</summary>
    public static HashSet<int> PagesReachingCycle(PdfDocument document, int pageCount, CancellationToken cancellationToken)
    {
        var walk = new Walker(document, cancellationToken);
        var result = new HashSet<int>();
        var leaves = walk.PageResources();
        bool anyCycle = false;
        for (int i = 0; i < leaves.Count; i++)
        {
            if (walk.ReachesCycle(leaves[i]))
            {
                anyCycle = true;
                if (i < pageCount)
                {
                    result.Add(i + 1);
                }
            }
        }

        // If our page order cannot be trusted to match the reader's (a damaged tree) or the check ran out of budget,
        // a cycle anywhere makes every page unsafe.
        if ((anyCycle && leaves.Count != pageCount) || walk.GaveUp)
        {
            for (int n = 1; n <= pageCount; n++)
            {
                result.Add(n);
            }
        }

        return result;
    }

    private sealed class Walker(PdfDocument document, CancellationToken cancellationToken)
    {
        private readonly Dictionary<IndirectReference, Mark> _marks = [];
        private int _looked;

        public bool GaveUp { get; private set; }

        /// <summary>Each leaf page's resource dictionary (own or inherited), in page order.</summary>
        public List<DictionaryToken?> PageResources()
        {
            var leaves = new List<DictionaryToken?>();
            if (Resolve(document.Structure.Catalog.CatalogDictionary, "Pages") is not DictionaryToken root)
            {
                return leaves;
            }

            var seen = new HashSet<IndirectReference>();
            var stack = new Stack<(DictionaryToken Node, DictionaryToken? Inherited)>();
            stack.Push((root, null));
            while (stack.Count > 0 && !GaveUp)
            {
                Tick();
                var (node, inherited) = stack.Pop();
                var resources = Resolve(node, "Resources") as DictionaryToken ?? inherited;
                if (Resolve(node, "Kids") is ArrayToken kids && !IsPage(node))
                {
                    for (int k = kids.Data.Count - 1; k >= 0; k--)
                    {
                        var kid = kids.Data[k];
                        if (kid is IndirectReferenceToken reference && !seen.Add(reference.Data))
                        {
                            continue;
                        }

                        if (Resolve(kid) is DictionaryToken child)
                        {
                            stack.Push((child, resources));
                        }
                    }
                }
                else
                {
                    leaves.Add(resources);
                }
            }

            return leaves;
        }

        /// <summary>True when a form named by these resources draws itself, directly or through other forms.</summary>
        public bool ReachesCycle(DictionaryToken? resources)
        {
            foreach (var form in Forms(resources))
            {
                if (Visit(form) == Mark.Cyclic)
                {
                    return true;
                }
            }

            return false;
        }

        // Depth-first over forms with an explicit stack: a chain of thousands of forms costs heap, not stack.
        private Mark Visit(IndirectReference start)
        {
            if (_marks.TryGetValue(start, out var known))
            {
                return known == Mark.Visiting ? Mark.Cyclic : known;
            }

            var stack = new Stack<(IndirectReference Form, IEnumerator<IndirectReference> Next)>();
            _marks[start] = Mark.Visiting;
            stack.Push((start, Forms(FormResources(start)).GetEnumerator()));
            bool cyclic = false;
            while (stack.Count > 0)
            {
                Tick();
                if (GaveUp)
                {
                    return Mark.Cyclic;
                }

                var (form, next) = stack.Peek();
                if (!cyclic && next.MoveNext())
                {
                    var child = next.Current;
                    if (_marks.TryGetValue(child, out var mark))
                    {
                        cyclic |= mark != Mark.Clean;
                        continue;
                    }

                    _marks[child] = Mark.Visiting;
                    stack.Push((child, Forms(FormResources(child)).GetEnumerator()));
                    continue;
                }

                stack.Pop();
                _marks[form] = cyclic ? Mark.Cyclic : Mark.Clean;
            }

            return _marks[start];
        }

        private DictionaryToken? FormResources(IndirectReference reference)
        {
            var token = Object(reference);
            return token is StreamToken stream ? Resolve(stream.StreamDictionary, "Resources") as DictionaryToken : null;
        }

        private IEnumerable<IndirectReference> Forms(DictionaryToken? resources)
        {
            if (Resolve(resources, "XObject") is not DictionaryToken xobjects)
            {
                yield break;
            }

            foreach (var value in xobjects.Data.Values)
            {
                if (value is IndirectReferenceToken reference && Object(reference.Data) is StreamToken stream
                    && Resolve(stream.StreamDictionary, "Subtype") is NameToken { Data: "Form" })
                {
                    yield return reference.Data;
                }
            }
        }

        private static bool IsPage(DictionaryToken node) => node.Data.TryGetValue("Type", out var type) && type is NameToken { Data: "Page" };

        private IToken? Resolve(DictionaryToken? dict, string key) =>
            dict is not null && dict.Data.TryGetValue(key, out var value) ? Resolve(value) : null;

        private IToken? Resolve(IToken? token)
        {
            // A few hops is plenty for real files and bounds a chain of references to references.
            for (int i = 0; i < 8 && token is IndirectReferenceToken reference; i++)
            {
                token = Object(reference.Data);
            }

            return token is IndirectReferenceToken ? null : token;
        }

        private IToken? Object(IndirectReference reference)
        {
            try
            {
                return document.Structure.GetObject(reference)?.Data;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return null;
            }
        }

        private void Tick()
        {
            if ((++_looked & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (_looked > MaxObjects)
            {
                GaveUp = true;
            }
        }
    }
}
