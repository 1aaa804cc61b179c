namespace PolicyLint.Cli;

/// <summary>The commented policylint.json that <c>policylint init</c> writes: every key, with the defaults shown.</summary>
internal static class StarterConfig
{
    public static string Text(string? schema)
    {
        var schemaLine = schema is null ? string.Empty : $"  \"$schema\": \"{schema}\",\n";
        return "{\n" + schemaLine + """
          // PolicyLint configuration. The nearest policylint.json above a document applies; files farther up apply
          // first and nearer ones override them. "root": true stops the search here.
          "root": true,

          // Findings at or above this level make 'policylint check' exit 1: error, warning, info or none.
          "failOn": "error",

          // The care setting (social-care, mental-health-unit, learning-disability-autism, older-people, education)
          // and, if every document here is one kind, the kind (specification, policy, other) instead of detecting it.
          "setting": "social-care",
          // "kind": "policy",

          // PL2009 reports sentences of more words than this.
          "maxSentenceWords": 35,

          // Severity by category (RequiredClause, Language, Practice, Upkeep, Tool) and by rule id: none, info,
          // warning or error. An id beats its category, a category beats the rule's default.
          "categories": {
            // "Upkeep": "warning"
          },
          "rules": {
            // "PL2009": "none"
          },

          // The organisation's own terms, reported under PL8001-PL8999 like the built-in language rules.
          "terms": [
            // { "id": "PL8001", "phrase": "placement", "alternatives": ["home"], "reason": "we say home, not placement", "severity": "warning" }
          ],

          // Settings for some documents only; globs are relative to this folder and later overrides win.
          "overrides": [
            // { "files": ["templates/**"], "kind": "specification" },
            // { "files": "archive/**", "rules": { "PL4001": "none" } }
          ]

          // Reviewed exceptions by fingerprint live in policylint.suppressions.json beside this file
          // (or name another file with "suppressionsFile").
        }

        """;
    }
}
