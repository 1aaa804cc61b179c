#!/usr/bin/env python3
"""Whole sentences across formats: does a policy read the same from .docx and .pdf as from its Markdown source?

For each Markdown document, its .docx and .pdf twins are read by PolicyLint and compared with the .md reading:

  * wholeness: the share of the .md's body sentences found whole, as one sentence, in the other format's reading
    (compared after normalising case, spacing, quotes and dashes, and dropping list markers and numbered-paragraph
    labels such as "2.4", which formats print differently). A sentence cut at a line end, glued to a heading or
    to the next paragraph, or split across a page break is not whole.
  * clause statuses: for each required-clause rule, whether the other format gets the same status as the .md.
  * findings: the multiset of (rule id, flagged text) in the other format compared with the .md's.

Twins come from beside the .md (corpus/*.md has .docx and .pdf committed) or, with --make, are made in a scratch folder
outside the repository: pandoc turns the .md into .docx and LibreOffice (headless) turns that .docx into .pdf, as
corpus/build.sh does.

Usage (from the repository root, after `dotnet build -c Release`):
  python3 tools/format_agreement.py corpus/*.md                                # the committed twins
  python3 tools/format_agreement.py --make corpus/eval/*.md                    # twins made in /tmp
  python3 tools/format_agreement.py --make ../shared/eval-dev/docs/*.md        # documents by others, twins in /tmp
  add --json OUT to write every figure and every sentence that was not whole.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DLL = os.path.join(REPO, "src", "PolicyLint", "bin", "Release", "net10.0", "policylint.dll")
DLL_IN_USE = [DLL]

MARKER = re.compile(r"^\s*(?:[•●▪■◦○·\-–—*]|\(?[a-zA-Z0-9]{1,3}[.)]|\([ivxIVX]{1,4}\)|\d{1,2}(?:\.\d{1,2}){0,5}\.?)\s+")
FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ", "\u00ad": ""})


def norm(text):
    t = text.translate(FOLD).lower()
    for _ in range(2):
        t = MARKER.sub("", t)
    t = re.sub(r"[*_`]", "", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t.rstrip(" .;:")


def run(args):
    out = subprocess.run(["dotnet", DLL_IN_USE[0]] + args, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit(f"policylint {' '.join(args)} failed ({out.returncode}): {out.stderr[:500]}")
    return json.loads(out.stdout)


def inspect(path, kind):
    args = ["inspect", "-f", "json", path] + (["--kind", kind] if kind else [])
    doc = run(args)["documents"][0]
    return doc


def body_sentences(doc):
    """Sentences of the text's blocks: paragraphs, list items, table cells and quotes (headings, titles, contents and
    page furniture are left out: formats mark them differently, and a heading is not a sentence)."""
    out = []
    for b in doc.get("blocks", []):
        if b.get("kind") not in ("paragraph", "listItem", "tableCell", "quote") or b.get("role") in ("title", "pageFurniture", "contents", "documentControl"):
            continue
        for s in b.get("sentences", []):
            n = norm(s["text"])
            if len(n.split()) >= 4:
                out.append((n, s["text"]))
    return out


def all_sentences(doc):
    return [norm(s["text"]) for b in doc.get("blocks", []) for s in b.get("sentences", [])]


def check(path, kind):
    args = ["check", "-f", "json", path, "--as-of", "2026-12-01"] + (["--kind", kind] if kind else [])
    return run(args)["documents"][0]


def make_twins(md, scratch):
    stem = os.path.splitext(os.path.basename(md))[0]
    docx = os.path.join(scratch, stem + ".docx")
    pdf = os.path.join(scratch, stem + ".pdf")
    if not os.path.exists(docx):
        subprocess.run(["pandoc", md, "-o", docx], check=True)
    if not os.path.exists(pdf):
        profile = os.path.join(scratch, "lo-profile")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", scratch, docx],
                       check=True, capture_output=True)
    return {"docx": docx, "pdf": pdf}


def twins_beside(md):
    base = os.path.splitext(md)[0]
    return {ext: base + "." + ext for ext in ("docx", "pdf") if os.path.exists(base + "." + ext)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", nargs="+")
    ap.add_argument("--make", action="store_true", help="make .docx and .pdf twins in a scratch folder")
    ap.add_argument("--scratch", default=os.path.join(tempfile.gettempdir(), "policylint-twins"))
    ap.add_argument("--json")
    ap.add_argument("--dll", help="measure another build (e.g. an older commit's) instead of this repository's")
    ap.add_argument("--show", type=int, default=5, help="sentences not whole to print per document and format")
    a = ap.parse_args()
    if a.dll:
        DLL_IN_USE[0] = os.path.abspath(a.dll)
    if not os.path.exists(DLL_IN_USE[0]):
        raise SystemExit("build first: dotnet build -c Release")
    os.makedirs(a.scratch, exist_ok=True)

    totals = {f: Counter() for f in ("docx", "pdf")}
    report = []
    for md in a.sources:
        if os.path.basename(md).lower() == "readme.md":
            continue
        twins = make_twins(md, a.scratch) if a.make else twins_beside(md)
        if not twins:
            continue
        md_doc = inspect(md, None)
        kind = md_doc.get("kind")
        src = body_sentences(md_doc)
        md_check = check(md, kind)
        md_status = {c["ruleId"]: c["status"] for c in md_check.get("clauses", [])}
        md_find = Counter((f["ruleId"], norm(f.get("text", ""))) for f in md_check["findings"] if not f["ruleId"].startswith("PL9"))
        row = {"source": md, "kind": kind, "sentences": len(src), "formats": {}}
        for fmt, path in twins.items():
            doc = inspect(path, kind)
            theirs = all_sentences(doc)
            exact = set(theirs)
            missing = [orig for n, orig in src if n not in exact]
            chk = check(path, kind)
            status = {c["ruleId"]: c["status"] for c in chk.get("clauses", [])}
            same = sum(1 for r, s in md_status.items() if status.get(r) == s)
            differ = {r: (s, status.get(r)) for r, s in md_status.items() if status.get(r) != s}
            find = Counter((f["ruleId"], norm(f.get("text", ""))) for f in chk["findings"] if not f["ruleId"].startswith("PL9"))
            only_md = md_find - find
            only_fmt = find - md_find
            t = totals[fmt]
            t["sentences"] += len(src)
            t["whole"] += len(src) - len(missing)
            t["clauses"] += len(md_status)
            t["clauses_same"] += same
            t["findings_md"] += sum(md_find.values())
            t["findings_only_md"] += sum(only_md.values())
            t["findings_only_fmt"] += sum(only_fmt.values())
            t["documents"] += 1
            row["formats"][fmt] = {
                "whole": len(src) - len(missing), "notWhole": missing,
                "clausesSame": same, "clauses": len(md_status), "clausesDiffer": differ,
                "findingsOnlyInMd": sorted(map(list, only_md.elements())), "findingsOnlyInFormat": sorted(map(list, only_fmt.elements())),
            }
            print(f"{os.path.basename(md):45} {fmt:4}  whole {len(src) - len(missing):4}/{len(src):<4}  clauses {same:2}/{len(md_status):<2}  findings -{sum(only_md.values())} +{sum(only_fmt.values())}")
            for s in missing[: a.show]:
                print(f"      not whole: {s[:140]}")
            for r, (s1, s2) in differ.items():
                print(f"      {r}: md {s1}, {fmt} {s2}")
        report.append(row)

    print()
    for fmt, t in totals.items():
        if t["documents"] == 0:
            continue
        whole = t["whole"] / t["sentences"] if t["sentences"] else 1.0
        cl = t["clauses_same"] / t["clauses"] if t["clauses"] else 1.0
        print(f"{fmt}: {t['documents']} documents; sentences whole {t['whole']}/{t['sentences']} = {whole:.3f}; "
              f"clause statuses as the .md {t['clauses_same']}/{t['clauses']} = {cl:.3f}; "
              f"findings of the .md {t['findings_md']}: {t['findings_only_md']} missing, {t['findings_only_fmt']} extra")
    if a.json:
        with open(a.json, "w") as fh:
            json.dump({"totals": {k: dict(v) for k, v in totals.items()}, "documents": report}, fh, indent=1)


if __name__ == "__main__":
    main()
