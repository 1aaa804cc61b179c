namespace PolicyLint.Readers.Pdf;

/// <summary>How a composite font with a predefined (not embedded) CMap splits bytes into codes.</summary>
internal enum MultiByteScheme
{
    /// <summary>Identity-H/V, UCS-2 CMaps and unknown ones: two bytes per code.</summary>
    TwoByte,

    /// <summary>Shift-JIS (RKSJ CMaps): lead bytes 81–9F and E0–FC start two-byte codes.</summary>
    ShiftJis,

    /// <summary>EUC-JP: 8E and A1–FE lead two-byte codes, 8F three-byte ones.</summary>
    EucJp,

    /// <summary>GBK, UHC, Big5: any byte from 81 starts a two-byte code.</summary>
    LeadByte,

    /// <summary>Raw JIS X 0208 (the "H"/"V" CMaps): two bytes, each 21–7E.</summary>
    Jis,
}
