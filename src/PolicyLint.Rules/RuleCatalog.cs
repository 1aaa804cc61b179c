using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Rules.Practice;
using PolicyLint.Rules.Rules.Tool;
using PolicyLint.Rules.Rules.Upkeep;

namespace PolicyLint.Rules;

/// <summary>The single list of rules. The CLI, docs pages, SARIF and tests all derive from it.</summary>
public static class RuleCatalog
{
    /// <summary>Rules that analyse documents, in id order.</summary>
    public static IReadOnlyList<PolicyRule> Rules { get; } =
    [
        new PL1001CertifiedTraining(),
        new PL1002ResponsiblePerson(),
        new PL1003RestrictionsPolicy(),
        new PL1004RightsInformation(),
        new PL1005DataRecording(),
        new PL1006RecordingFields(),
        new PL1007RetentionAndOversight(),
        new PL1008DeathsReporting(),
        new PL1009SeriousInjuryReview(),
        new PL1010DebriefSeparation(),
        new PL1011Coproduction(),
        new PL1012LastResort(),
        new PL1013TherapeuticFollowUp(),
        new PL1014HumanRights(),
        new PL1015LeadershipOversight(),
        new PL1016ReductionPlan(),
        new PL1017RestrictivePracticeDefinition(),
        new PL1018ConcernsAndAdvocacy(),
        new PL1019BlanketRestrictionsReview(),
        new PL1020ContractMonitoring(),
        new PL2001ViolenceAndAggression(),
        new PL2002ServiceUser(),
        new PL2003ManageThePerson(),
        new PL2004LeastRestrictive(),
        new PL2005ChallengingBehaviour(),
        new PL2006ControlAndRestraint(),
        new PL2007StigmatisingLanguage(),
        new PL2008TimeOut(),
        new PL2009LongSentence(),
        new PL2010UndefinedAcronym(),
        new PL3001SupersededTrainingStandard(),
        new PL3002PainBasedTechniques(),
        new PL3003RestraintAsPunishment(),
        new PL3004PlannedProneRestraint(),
        new PL3005BlanketRestriction(),
        new PL3006MedicationForBehaviour(),
        new PL4001ReviewOverdue(),
        new PL4002NoReviewDate(),
    ];

    /// <summary>Descriptors of findings the engine reports itself (PL9xxx).</summary>
    public static IReadOnlyList<RuleDescriptor> ToolDescriptors { get; } =
    [
        ToolRules.DocumentUnreadable,
        ToolRules.NoText,
        ToolRules.SuppressionWithoutJustification,
        ToolRules.UnknownRuleId,
        ToolRules.UnusedSuppression,
    ];

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [.. Rules.Select(r => r.Descriptor).Concat(ToolDescriptors).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>A descriptor by id, or null.</summary>
    public static RuleDescriptor? Find(string id) =>
        Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
