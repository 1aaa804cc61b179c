#!/usr/bin/env bash
# The benchmark of issue 8, in one run: PolicyLint against the linters people use today and against the extraction
# tools, whole processes timed with hyperfine, peak memory from /usr/bin/time -v, and a table of ratios and targets.
#
#   bash bench/run.sh                       everything (about an hour at the baseline; most of it the 4-8 MiB documents)
#   bash bench/run.sh --only linters,start  some groups: linters docx pdf start corpora memory merge alex size
#   RUNS=5 SLOW_RUNS=2 bash bench/run.sh    more runs (defaults: RUNS=3, SLOW_RUNS=1 for the long documents,
#                                           the corpora and the memory sets)
#   SIZES=1,2,4 bash bench/run.sh --only size    fewer long documents
#
# It installs what it needs: hyperfine, time, pandoc, poppler-utils and LibreOffice from Debian (apt-get, when one is
# missing), the peers from npm into bench/peers/node_modules (pinned in bench/peers/package-lock.json), builds
# PolicyLint and bench/PolicyLint.Benchmarks in Release, and generates the data (bench/generate.py, seed 8; kept and
# reused while the generator and its arguments are unchanged). Output goes to $OUT (default bench/out, git-ignored):
# data/ the documents, results/ hyperfine's JSON per group, the /usr/bin/time reports and table.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
OUT="${OUT:-$here/out}"
DATA="$OUT/data"
RES="$OUT/results"
RUNS="${RUNS:-3}"
SLOW_RUNS="${SLOW_RUNS:-1}"
SIZES="${SIZES:-1,2,4,5,8}"
CORPORA="${CORPORA:-$root/../shared/corpora/corpus}"
AS_OF=2026-12-01 # a fixed "today" for the date rules, so every run reports the same findings
ALL_GROUPS="linters docx pdf start corpora memory merge alex size"
only="$ALL_GROUPS"

while [ $# -gt 0 ]; do
  case "$1" in
    --only) only="${2//,/ }"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
wants() { [[ " $only " == *" $1 "* ]]; }
say() { printf '\n== %s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------------------------
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
command -v pandoc >/dev/null || missing+=(pandoc)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (Debian)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v python3 >/dev/null || { echo "run.sh: python3 is required" >&2; exit 1; }
command -v dotnet >/dev/null || { echo "run.sh: the .NET 10 SDK is required" >&2; exit 1; }

peers="$here/peers"
if [ ! -x "$peers/node_modules/.bin/markdownlint-cli2" ] || [ "$peers/package-lock.json" -nt "$peers/node_modules/.package-lock.json" ]; then
  say "installing the peers from npm (markdownlint-cli2, textlint, textlint-rule-prh, alex)"
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
fi
bin="$peers/node_modules/.bin"

say "building PolicyLint and bench/PolicyLint.Benchmarks (Release)"
dotnet build "$here/PolicyLint.Benchmarks/PolicyLint.Benchmarks.csproj" -c Release -nologo -v quiet >/dev/null
PL="dotnet $root/src/PolicyLint/bin/Release/net10.0/policylint.dll"
# The tool published as the README says (Native AOT: no JIT at start-up, and every loop compiled optimised from the
# first call, which matters for one long document). Every PolicyLint check below is timed with it; `dotnet
# policylint.dll` (JIT) has rows of its own for comparison. The native link needs a C toolchain and zlib's headers; the
# first publish takes several minutes.
if wants linters || wants docx || wants pdf || wants start || wants corpora || wants memory || wants size; then
  if ! command -v cc >/dev/null || [ ! -f /usr/include/zlib.h ]; then
    say "installing a C toolchain and zlib1g-dev (Debian) for the Native AOT publish"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc zlib1g-dev >/dev/null
  fi
  say "publishing PolicyLint with Native AOT into $OUT/publish"
  dotnet publish "$root/src/PolicyLint/PolicyLint.csproj" -c Release -r linux-x64 -p:PublishAot=true -nologo -v quiet -o "$OUT/publish" >/dev/null
fi
PLPUB="$OUT/publish/policylint"
READ="dotnet $here/PolicyLint.Benchmarks/bin/Release/net10.0/PolicyLint.Benchmarks.dll read"

say "generating the data (bench/generate.py)"
python3 "$here/generate.py" --out "$DATA" --big "1,2,4,5,8"

# --- timing ------------------------------------------------------------------------------------------------------
# A full run starts a fresh results folder; a run of some groups replaces only those groups' results and appends to
# env.txt, so the table says when and under what load each group was measured.
[ "$only" = "$ALL_GROUPS" ] && rm -rf "$RES"
mkdir -p "$RES/time"
{
  echo "run started: $(date -u +%Y-%m-%dT%H:%M:%SZ), groups: $only"
  echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "dotnet: $(dotnet --version); node: $(node --version); hyperfine: $(hyperfine --version | cut -d' ' -f2)"
  echo "pandoc: $(pandoc --version | head -1 | cut -d' ' -f2); pdftotext: $(pdftotext -v 2>&1 | head -1 | awk '{print $3}')"
  echo "peers: $(cd "$peers" && node -e 'const l=require("./package-lock.json").packages;console.log(["markdownlint-cli2","textlint","textlint-rule-prh","alex"].map(n=>n+" "+l["node_modules/"+n].version).join(", "))')"
  echo "data: $(du -sb "$DATA/docs/md" | cut -f1) bytes of Markdown in $(ls "$DATA/docs/md" | wc -l) documents, $(cat "$DATA"/docs/md/*.md | wc -w) words"
} >>"$RES/env.txt"

# bench GROUP RUNS WARMUP NAME COMMAND [NAME COMMAND ...]
# Each command runs under /usr/bin/time -v (appending one report per run, warm-ups included) inside one hyperfine
# call, so the group's commands are timed in the same run, on the same machine state. Exit codes are not judged by
# hyperfine (PolicyLint and the linters exit 1 on findings); the table checks them from the time reports.
bench() {
  local group="$1" runs="$2" warmup="$3"
  shift 3
  local args=()
  while [ $# -gt 0 ]; do
    local name="$1" cmd="$2"
    shift 2
    local report="$RES/time/$group--$(printf '%s' "$name" | tr -c 'A-Za-z0-9.-' '_').txt"
    rm -f "$report"
    args+=(--command-name "$name" "/usr/bin/time -v -a -o '$report' sh -c '$cmd'")
  done
  say "$group"
  echo "load before $group: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RES/env.txt"
  hyperfine --style basic --ignore-failure --runs "$runs" --warmup "$warmup" --export-json "$RES/$group.json" "${args[@]}"
}

md="$DATA/docs/md"
if wants linters; then
  bench linters "$RUNS" 1 \
    "policylint check" "$PLPUB check --as-of $AS_OF $md" \
    "policylint check (JIT: dotnet policylint.dll)" "$PL check --as-of $AS_OF $md" \
    "markdownlint-cli2 + rule" "cd $peers && $bin/markdownlint-cli2 --config .markdownlint-cli2.jsonc \"$md/*.md\"" \
    "textlint + prh" "cd $peers && $bin/textlint --config .textlintrc.json $md" \
    "grep -F (floor)" "grep -c -i -F -f $DATA/phrases.txt -r $md"
fi

if wants docx; then
  bench docx "$RUNS" 1 \
    "policylint read (reader only)" "$READ $DATA/docs/docx" \
    "policylint inspect" "$PLPUB inspect $DATA/docs/docx >/dev/null" \
    "policylint check" "$PLPUB check --as-of $AS_OF $DATA/docs/docx" \
    "pandoc -t plain (floor)" "find $DATA/docs/docx -name \"*.docx\" -print0 | xargs -0 -P 2 -I{} pandoc -t plain -o /dev/null {}"
fi

if wants pdf; then
  bench pdf "$RUNS" 1 \
    "policylint read (reader only)" "$READ $DATA/docs/pdf" \
    "policylint inspect" "$PLPUB inspect $DATA/docs/pdf >/dev/null" \
    "policylint check" "$PLPUB check --as-of $AS_OF $DATA/docs/pdf" \
    "pdftotext (floor)" "find $DATA/docs/pdf -name \"*.pdf\" -print0 | xargs -0 -P 2 -I{} pdftotext {} /dev/null"
fi

if wants start; then
  small="$DATA/small/n200/s-00001.md"
  bench start 10 2 \
    "policylint check one small file" "$PLPUB check --as-of $AS_OF $small" \
    "policylint rules (start-up only)" "$PLPUB rules" \
    "dotnet policylint.dll one small file (JIT, not published)" "$PL check --as-of $AS_OF $small" \
    "markdownlint-cli2 one small file" "cd $peers && $bin/markdownlint-cli2 --config .markdownlint-cli2.jsonc $small"
fi

if wants corpora; then
  if [ -d "$CORPORA" ]; then
    # Exit 2 is expected here: some of these files are encrypted or damaged on purpose (PL9001).
    bench corpora "$SLOW_RUNS" 0 "policylint check corpora" "$PLPUB check --as-of $AS_OF $CORPORA" \
      "policylint check corpora (JIT: dotnet policylint.dll)" "$PL check --as-of $AS_OF $CORPORA"
  else
    say "corpora: $CORPORA not found (set CORPORA=...); skipped"
  fi
fi

if wants memory; then
  # The published (native) tool: a JIT process also grows its code heap as more methods reach the optimising tier,
  # which is the runtime's memory, not the run's (the JIT figures are in bench/README.md).
  bench memory "$SLOW_RUNS" 0 \
    "check 200 short" "$PLPUB check --as-of $AS_OF $DATA/small/n200" \
    "check 2000 short" "$PLPUB check --as-of $AS_OF $DATA/small/n2000" \
    "check 10000 short" "$PLPUB check --as-of $AS_OF $DATA/small/n10000"
fi

if wants merge; then
  # Ten shards of the 10,000 short documents, in each format (made once per data set), then merge timed alone.
  shards="$DATA/shards"
  if [ ! -f "$shards/done" ] || [ "$root/src/PolicyLint/bin/Release/net10.0/policylint.dll" -nt "$shards/done" ]; then
    say "merge: checking the 10,000 short documents in 10 shards, JSON and SARIF"
    rm -rf "$shards" && mkdir -p "$shards"
    for k in $(seq 1 10); do
      for f in json sarif; do
        $PL check --as-of $AS_OF --format $f --shard "$k/10" -o "$shards/s$k.$f" "$DATA/small/n10000" || [ $? -eq 1 ]
      done
    done
    touch "$shards/done"
  fi
  echo "merge input: $(cat "$shards"/s*.json | grep -c '"ruleId"') findings in $(cat "$shards"/s*.json | grep -c '"path"') documents; $(du -cb "$shards"/s*.json | tail -1 | cut -f1) bytes of JSON, $(du -cb "$shards"/s*.sarif | tail -1 | cut -f1) of SARIF" >>"$RES/env.txt"
  bench merge "$RUNS" 1 \
    "merge 10 JSON shards, 10,000 documents" "$PL merge $shards/s*.json -o $shards/merged.json" \
    "merge 10 SARIF shards, 10,000 documents" "$PL merge $shards/s*.sarif -o $shards/merged.sarif"
fi

if wants alex; then
  # alex checks far more than four phrases (all of retext-equality and retext-profanities): context, not a target.
  bench alex "$SLOW_RUNS" 0 "alex" "$bin/alex $md"
fi

if wants size; then
  sizes=()
  for mib in ${SIZES//,/ }; do
    sizes+=("check ${mib} MiB" "$PLPUB check --as-of $AS_OF $DATA/big/big-${mib}mb.md")
  done
  sizes+=("check 5 MiB (JIT: dotnet policylint.dll)" "$PL check --as-of $AS_OF $DATA/big/big-5mb.md")
  # Reading alone, for the largest: is the growth in the reader or in the analysis?
  largest="${SIZES##*,}"
  sizes+=("read ${largest} MiB (reader only)" "$READ $DATA/big/big-${largest}mb.md")
  sizes+=("read+prepare ${largest} MiB" "$READ --prepare $DATA/big/big-${largest}mb.md")
  bench size "$SLOW_RUNS" 0 "${sizes[@]}"
fi

echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RES/env.txt"
python3 "$here/report.py" "$RES" | tee "$RES/table.md"
