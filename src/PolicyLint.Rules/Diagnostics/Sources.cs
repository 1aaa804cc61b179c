namespace PolicyLint.Rules.Diagnostics;

/// <summary>The guidance documents rules cite (the files in shared/seeds).</summary>
public static class Sources
{
    /// <summary>Coventry City Council FOI response FOI419347972 (2022).</summary>
    public const string CoventryFoi = "000_7c73c31c48497e1a.txt";

    /// <summary>LGA / Partners in Care and Health, "Reducing restrictive practice: essentials for commissioners".</summary>
    public const string LgaEssentials = "001_05f04276eecf4668.txt";

    /// <summary>Restraint Reduction Network, "Guidance for Government Departments 2023: 11 key principles".</summary>
    public const string RrnGuidance = "002_3e95b822675955d8.txt";

    /// <summary>Joint letter on certification of training in restrictive practices (31 July 2019).</summary>
    public const string JointLetter = "003_0247de82f8c46a2d.txt";

    /// <summary>NHS England, "Reducing restrictive practice through least coercive care".</summary>
    public const string NhsEngland = "004_1e021c5372bd3528.txt";

    /// <summary>A citation of the Coventry FOI response.</summary>
    public static Citation Coventry(string section) => new(CoventryFoi, "Coventry City Council FOI response FOI419347972", section);

    /// <summary>A citation of the LGA essentials for commissioners.</summary>
    public static Citation Lga(string section) => new(LgaEssentials, "LGA, Reducing restrictive practice: essentials for commissioners", section);

    /// <summary>A citation of the RRN guidance for government departments.</summary>
    public static Citation Rrn(string section) => new(RrnGuidance, "Restraint Reduction Network, Guidance for Government Departments 2023", section);

    /// <summary>A citation of the 2019 joint letter on certified training.</summary>
    public static Citation Letter(string section) => new(JointLetter, "Joint letter on certification of training in restrictive practices (2019)", section);

    /// <summary>A citation of NHS England's least coercive care guidance.</summary>
    public static Citation Nhse(string section) => new(NhsEngland, "NHS England, Reducing restrictive practice through least coercive care", section);

    /// <summary>PolicyLint's own behaviour (PL9xxx rules).</summary>
    public static Citation Tool(string section) => new("docs/README.md", "PolicyLint", section);
}
