#!/usr/bin/env python3
"""Counts false alarms on a corpus that is not about restrictive practice.

Usage:
  dotnet src/PolicyLint/bin/Release/net10.0/policylint.dll check /work/shared/corpora --format json --output check.json --as-of 2026-11-30
  dotnet src/PolicyLint/bin/Release/net10.0/policylint.dll inspect /work/shared/corpora --format json > inspect.json
  python3 tools/corpus_counts.py check.json inspect.json [before-check.json]

On such a corpus every PL1xxx, PL2001-PL2008 and PL3xxx finding is a false alarm. Prints those counts and PL2009 and
PL2010 findings per 10,000 words (words as PolicyLint reads them: word-like tokens of every sentence, from inspect).
"""
import json
import sys
from collections import Counter


def counts(check_path):
    with open(check_path, encoding="utf-8") as f:
        data = json.load(f)
    by_rule = Counter()
    for doc in data["documents"]:
        for finding in doc["findings"]:
            by_rule[finding["ruleId"]] += 1
    return by_rule


def groups(by_rule):
    clause = sum(v for k, v in by_rule.items() if k.startswith("PL1"))
    language = sum(v for k, v in by_rule.items() if k[:2] == "PL" and 2001 <= int(k[2:]) <= 2008)
    practice = sum(v for k, v in by_rule.items() if k.startswith("PL3"))
    return clause, language, practice


def main():
    after = counts(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        words = sum(doc["words"] for doc in json.load(f)["documents"])
    runs = [("after", after)]
    if len(sys.argv) > 3:
        runs.insert(0, ("before", counts(sys.argv[3])))
    print(f"words read: {words}")
    print(f"{'run':8} {'PL1xxx':>7} {'PL2001-8':>9} {'PL3xxx':>7} {'PL2009':>7} {'/10k':>6} {'PL2010':>7} {'/10k':>6} {'PL4001':>7} {'PL4002':>7}")
    for name, by_rule in runs:
        clause, language, practice = groups(by_rule)
        print(f"{name:8} {clause:7} {language:9} {practice:7} {by_rule['PL2009']:7} {by_rule['PL2009'] * 10000 / words:6.2f} "
              f"{by_rule['PL2010']:7} {by_rule['PL2010'] * 10000 / words:6.2f} {by_rule['PL4001']:7} {by_rule['PL4002']:7}")
    if len(runs) == 2:
        before, after = runs[0][1], runs[1][1]
        changed = sorted(k for k in set(before) | set(after) if before[k] != after[k])
        print("changed: " + ", ".join(f"{k} {before[k]}->{after[k]}" for k in changed))


if __name__ == "__main__":
    main()
