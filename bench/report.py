#!/usr/bin/env python3
"""Prints the table of a bench/run.sh run: every command's wall time, CPU time and peak memory, the ratios to the
peers, and issue 8's targets (met or missed, and by how much).

    python3 bench/report.py bench/out/results

Reads RESULTS/<group>.json (hyperfine --export-json) and RESULTS/time/<group>--<name>.txt (/usr/bin/time -v, one
report per run appended). Wall time is hyperfine's mean over the runs (± its standard deviation when there are
several); CPU is user + system; peak memory is the largest "Maximum resident set size" of any run (for a pipeline,
that of its largest process).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# Exit codes that mean "ran and finished" (linters exit 1 on findings; the corpora hold unreadable files on purpose).
OK_EXIT = {0, 1}
OK_EXIT_BY_GROUP = {"corpora": {0, 1, 2}}


def slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]", "_", name)


def load(results: Path) -> dict[str, dict[str, dict]]:
    groups: dict[str, dict[str, dict]] = {}
    for path in sorted(results.glob("*.json")):
        group = path.stem
        data = json.loads(path.read_text())
        rows = {}
        for r in data["results"]:
            name = r["command"]
            report = results / "time" / f"{group}--{slug(name)}.txt"
            text = report.read_text() if report.exists() else ""
            rss = [int(x) for x in re.findall(r"Maximum resident set size \(kbytes\): (\d+)", text)]
            exits = {int(x) for x in re.findall(r"Exit status: (\d+)", text)}
            signals = re.findall(r"Command terminated by signal (\d+)", text)
            rows[name] = {
                "mean": r["mean"], "stddev": r.get("stddev") or 0.0, "runs": len(r.get("times", [])),
                "cpu": r["user"] + r["system"], "rss_mb": max(rss) / 1024 if rss else None,
                "exits": exits, "signals": signals,
                "ok": bool(text) and not signals and exits <= OK_EXIT_BY_GROUP.get(group, OK_EXIT),
            }
        groups[group] = rows
    return groups


def fmt_s(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 100:
        return f"{seconds:.2f} s"
    return f"{seconds:.0f} s"


def fmt_row(row: dict) -> str:
    wall = fmt_s(row["mean"])
    if row["runs"] > 1:
        wall += f" ± {fmt_s(row['stddev'])}"
    rss = f"{row['rss_mb']:.0f} MB" if row["rss_mb"] is not None else "?"
    note = "" if row["ok"] else f" **failed: exit {sorted(row['exits'])} {row['signals']}**"
    return f"{wall} | {fmt_s(row['cpu'])} | {rss} | {row['runs']}{note}"


def main() -> None:
    results = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent / "out" / "results")
    groups = load(results)
    env = results / "env.txt"
    if env.exists():
        print("```text")
        print(env.read_text().rstrip())
        print("```")
        print()

    titles = {
        "linters": "200 Markdown policies: PolicyLint (all rules) vs the linters and grep",
        "alex": "alex on the same 200 (context only: it checks hundreds of words, not four phrases)",
        "size": "one long policy: time against size",
        "docx": "200 .docx (pandoc): reading",
        "pdf": "200 .pdf (LibreOffice): reading",
        "start": "one small file, end to end (start-up)",
        "corpora": "the 319 files of ../shared/corpora",
        "memory": "peak memory against the number of documents (short documents, about 3 KB each)",
        "merge": "policylint merge: ten shards' reports of the 10,000 short documents into one (issue 8, part 3)",
    }
    print("| group | command | wall | CPU | peak RSS | runs |")
    print("|---|---|---|---|---|---|")
    for group in ["linters", "alex", "size", "docx", "pdf", "start", "corpora", "memory", "merge"]:
        for name, row in groups.get(group, {}).items():
            print(f"| {group} | {name} | {fmt_row(row)} |")
    print()
    for group, title in titles.items():
        if group in groups:
            print(f"- **{group}**: {title}")
    print()

    # ---- targets ----
    print("| target (issue 8, part 2) | measured | met? |")
    print("|---|---|---|")

    def get(group: str, name: str) -> dict | None:
        return groups.get(group, {}).get(name)

    def line(target: str, measured: str, met: bool | None) -> None:
        print(f"| {target} | {measured} | {'?' if met is None else ('yes' if met else '**no**')} |")

    pl = get("linters", "policylint check")
    mdl = get("linters", "markdownlint-cli2 + rule")
    tl = get("linters", "textlint + prh")
    grep = get("linters", "grep -F (floor)")
    if pl and mdl:
        r = mdl["mean"] / pl["mean"]
        line("all rules ≥ 2× faster than markdownlint-cli2 + one custom rule (200 docs, wall)",
             f"PolicyLint {fmt_s(pl['mean'])}, markdownlint-cli2 {fmt_s(mdl['mean'])}: PolicyLint is "
             + (f"{r:.2f}× faster" if r >= 1 else f"{1 / r:.1f}× slower") + f" (needs {2 * pl['mean'] / mdl['mean']:.1f}× less time)",
             r >= 2)
    if pl and tl:
        r = tl["mean"] / pl["mean"]
        line("all rules ≥ 10× faster than textlint + prh (same run)",
             f"textlint {fmt_s(tl['mean'])}: PolicyLint is " + (f"{r:.2f}× faster" if r >= 1 else f"{1 / r:.1f}× slower")
             + f" (needs {10 * pl['mean'] / tl['mean']:.1f}× less time)", r >= 10)
    if pl and grep:
        line("(floor) grep -F over the same files", f"{fmt_s(grep['mean'])}: PolicyLint takes {pl['mean'] / grep['mean']:.0f}× the floor", None)

    sizes = {}
    for name, row in groups.get("size", {}).items():
        m = re.fullmatch(r"check (\d+) MiB", name)
        if m:
            sizes[int(m.group(1))] = row["mean"]
    line_sizes = [s for s in (1, 2, 4, 8) if s in sizes]
    if len(line_sizes) >= 3:
        xs = line_sizes
        ys = [sizes[s] for s in xs]
        n = len(xs)
        mx, my = sum(xs) / n, sum(ys) / n
        b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
        a = my - b * mx
        # How far the worst point is from the least-squares line, as a share of what was measured there.
        dev = max(abs(y - (a + b * x)) / y for x, y in zip(xs, ys))
        growth = ", ".join(f"{s} MiB {fmt_s(sizes[s])} ({fmt_s(sizes[s] / s)}/MiB)" for s in xs)
        exponent = ""
        if sizes.get(1) and sizes.get(xs[-1]) and xs[-1] > 1:
            import math
            exponent = f"; time ∝ size^{math.log(sizes[xs[-1]] / sizes[1]) / math.log(xs[-1]):.2f}"
        line(f"time linear in size: {', '.join(map(str, xs))} MiB within 10% of a straight line",
             f"{growth}; worst point {dev * 100:.0f}% off the least-squares line{exponent}", dev <= 0.10)
    if 5 in sizes:
        line("the 5 MiB document in under 2 s", fmt_s(sizes[5]) + (f" ({sizes[5] / 2:.0f}× the target)" if sizes[5] > 2 else ""), sizes[5] < 2)

    mem = {}
    for name, row in groups.get("memory", {}).items():
        m = re.fullmatch(r"check (\d+) short", name)
        if m and row["rss_mb"]:
            mem[int(m.group(1))] = row["rss_mb"]
    if len(mem) >= 2:
        lo, hi = min(mem.values()), max(mem.values())
        line("peak memory flat: 200, 2,000, 10,000 documents within 20% of each other",
             ", ".join(f"{k:,}: {v:.0f} MB" for k, v in sorted(mem.items())) + f" (largest/smallest {hi / lo:.2f})", hi / lo <= 1.2)

    for fmt, floor_name, factor in (("docx", "pandoc -t plain (floor)", 10), ("pdf", "pdftotext (floor)", 1)):
        floor = get(fmt, floor_name)
        for name in ("policylint read (reader only)", "policylint inspect"):
            ours = get(fmt, name)
            if ours and floor:
                r = floor["mean"] / ours["mean"]
                target = (f".docx reading ≥ 10× faster than pandoc -t plain" if fmt == "docx" else "PDF reading no slower than pdftotext")
                line(f"{target} [{name}]",
                     f"{fmt_s(ours['mean'])} vs {fmt_s(floor['mean'])}: " + (f"{r:.2f}× faster" if r >= 1 else f"{1 / r:.1f}× slower"),
                     r >= factor)

    small = get("start", "policylint check one small file")
    if small:
        line("one small file end to end under 0.3 s", fmt_s(small["mean"]) + (f" ({small['mean'] / 0.3:.1f}× the target)" if small["mean"] >= 0.3 else ""), small["mean"] < 0.3)
    rules = get("start", "policylint rules (start-up only)")
    if rules:
        line("(start-up alone: `policylint rules`)", fmt_s(rules["mean"]), None)
    corp = get("corpora", "policylint check corpora")
    if corp:
        line("the 319 files of ../shared/corpora under 10 s",
             f"{fmt_s(corp['mean'])}, {corp['rss_mb']:.0f} MB" + (f" ({corp['mean'] / 10:.1f}× the target)" if corp["mean"] >= 10 else ""), corp["mean"] < 10)


if __name__ == "__main__":
    main()
