namespace PolicyLint.Rules.Diagnostics;

/// <summary>
/// The public guidance rules cite: each by publisher, title and year, with the public address where it can be read.
/// PL9xxx rules cite PolicyLint's own documentation.
/// </summary>
public static class Sources
{
    /// <summary>Coventry City Council's Freedom of Information response FOI419347972 (13 May 2022); the council's site.</summary>
    public const string CoventryFoi = "https://www.coventry.gov.uk/";

    /// <summary>
    /// LGA / Partners in Care and Health, "Reducing restrictive practice: essentials for commissioners of social care
    /// services for people with a learning disability and autistic people" (its page on the LGA's site).
    /// </summary>
    public const string LgaEssentials = "https://www.local.gov.uk/publications/reducing-restrictive-practice";

    /// <summary>
    /// Restraint Reduction Network, "Guidance for Government Departments 2023: 11 key principles"; the RRN's tools and
    /// resources page, which lists it.
    /// </summary>
    public const string RrnGuidance = "https://restraintreductionnetwork.org/toolsandresources/";

    /// <summary>
    /// The joint letter on certification of training in restrictive practices (31 July 2019), from the national bodies
    /// that commissioned the RRN Training Standards; the RRN's page on the standards and their certification.
    /// </summary>
    public const string JointLetter = "https://restraintreductionnetwork.org/training-standards-qa";

    /// <summary>NHS England, "Reducing restrictive practice through least coercive care".</summary>
    public const string NhsEngland = "https://www.england.nhs.uk/mental-health/mental-health-learning-disability-and-autism-inpatient-quality-transformation-programme/reducing-restrictive-practice/";

    /// <summary>Every public address cited, for the catalogue's tests.</summary>
    public static IReadOnlyList<string> Addresses { get; } = [CoventryFoi, LgaEssentials, RrnGuidance, JointLetter, NhsEngland];

    /// <summary>A citation of the Coventry FOI response.</summary>
    public static Citation Coventry(string section) => new(CoventryFoi, "Coventry City Council, Freedom of Information response FOI419347972 on behaviour management and restrictive practice (2022)", section);

    /// <summary>A citation of the LGA essentials for commissioners.</summary>
    public static Citation Lga(string section) => new(LgaEssentials, "Local Government Association (Partners in Care and Health), Reducing restrictive practice: essentials for commissioners of social care services for people with a learning disability and autistic people (2024)", section);

    /// <summary>A citation of the RRN guidance for government departments.</summary>
    public static Citation Rrn(string section) => new(RrnGuidance, "Restraint Reduction Network, Guidance for Government Departments: 11 key principles to inform government policy (2023)", section);

    /// <summary>A citation of the 2019 joint letter on certified training.</summary>
    public static Citation Letter(string section) => new(JointLetter, "CQC, NHS England, LGA, ADASS, Health Education England and Skills for Care, joint letter on the certification of training in restrictive practices (31 July 2019)", section);

    /// <summary>A citation of NHS England's least coercive care guidance.</summary>
    public static Citation Nhse(string section) => new(NhsEngland, "NHS England, Reducing restrictive practice through least coercive care (web page, updated 2025)", section);

    /// <summary>PolicyLint's own behaviour (PL9xxx rules).</summary>
    public static Citation Tool(string section) => new("docs/README.md", "PolicyLint", section);
}
