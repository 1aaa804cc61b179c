using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Analysis;

/// <summary>
/// A rule: a descriptor plus callbacks registered once, like a Roslyn analyzer. Rules are stateless and thread-safe;
/// they never read files and never walk the document themselves: the driver walks once and calls them.
/// </summary>
public abstract class PolicyRule
{
    /// <summary>What the rule is.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Registers the rule's callbacks.</summary>
    public abstract void Initialize(RuleRegistration registration);
}
