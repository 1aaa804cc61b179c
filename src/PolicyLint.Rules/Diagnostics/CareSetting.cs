namespace PolicyLint.Rules.Diagnostics;

/// <summary>The care setting a document is for; some rules are more or less severe in some settings.</summary>
public enum CareSetting
{
    /// <summary>social-care (the default).</summary>
    SocialCare,

    /// <summary>mental-health-unit: the Mental Health Units (Use of Force) Act 2018 applies.</summary>
    MentalHealthUnit,

    /// <summary>learning-disability-autism.</summary>
    LearningDisabilityAutism,

    /// <summary>older-people.</summary>
    OlderPeople,

    /// <summary>education (inspected by Ofsted rather than CQC).</summary>
    Education,
}
