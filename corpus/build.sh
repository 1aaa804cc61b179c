#!/usr/bin/env bash
# Regenerates the .docx and .pdf samples from their Markdown sources.
#   .md  --pandoc-->  .docx  --LibreOffice (headless)-->  .pdf
# Run from anywhere: bash corpus/build.sh [name ...]   (names without extension; default: all *.md except README.md)
# Reproducible: fixed timestamps (SOURCE_DATE_EPOCH), docx entries normalised, a private LibreOffice profile.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1793577600}" # 2026-11-02T00:00:00Z
export TZ=UTC LC_ALL=C.UTF-8

command -v pandoc >/dev/null || { echo "pandoc is required" >&2; exit 1; }
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is required" >&2; exit 1; }

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for md in *.md; do
    [ "$md" = README.md ] && continue
    names+=("${md%.md}")
  done
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="$work/lo-profile"

# A house style for the samples, derived from pandoc's own reference.docx so nothing binary is kept in the repo:
# Arial (Liberation Sans when rendered) 11pt, British English, tighter paragraph spacing, smaller headings.
pandoc --print-default-data-file reference.docx >"$work/default-reference.docx"
python3 - "$work/default-reference.docx" "$work/reference.docx" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
edits = {
    "word/theme/theme1.xml": [('typeface="Calibri"', 'typeface="Arial"'), ('typeface="Cambria"', 'typeface="Arial"')],
    "word/styles.xml": [
        ('<w:sz w:val="24" />\n        <w:szCs w:val="24" />', '<w:sz w:val="22" />\n        <w:szCs w:val="22" />'),
        ('w:lang w:val="en-US"', 'w:lang w:val="en-GB"'),
        ('<w:spacing w:before="180" w:after="180" />', '<w:spacing w:before="0" w:after="120" />'),
        ('<w:spacing w:before="480" w:after="0" />', '<w:spacing w:before="300" w:after="80" />'),
        ('<w:sz w:val="32" />\n      <w:szCs w:val="32" />', '<w:sz w:val="28" />\n      <w:szCs w:val="28" />'),
    ],
}
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        for old, new in edits.get(info.filename, []):
            text = data.decode("utf-8")
            if old not in text:
                sys.exit(f"reference.docx: '{old}' not found in {info.filename}")
            data = text.replace(old, new).encode("utf-8")
        zout.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
PY

for name in "${names[@]}"; do
  echo "== $name"
  # pandoc honours SOURCE_DATE_EPOCH for the docx's zip entries and core properties.
  pandoc --from markdown --to docx --reference-doc "$work/reference.docx" --output "$name.docx" "$name.md"
  soffice -env:UserInstallation="file://$profile" --headless --norestore \
    --convert-to pdf --outdir "$here" "$here/$name.docx" >/dev/null
  [ -s "$name.pdf" ] || { echo "conversion failed: $name.pdf" >&2; exit 1; }
  # LibreOffice stamps the conversion time and a random /ID: replace both in place with values of the same
  # length (so the xref offsets stay valid), fixed from SOURCE_DATE_EPOCH and the file's other bytes.
  python3 - "$name.pdf" <<'PY'
import hashlib, os, re, sys, time
path = sys.argv[1]
data = open(path, "rb").read()
stamp = time.strftime("D:%Y%m%d%H%M%S", time.gmtime(int(os.environ["SOURCE_DATE_EPOCH"]))).encode()
def date(m):
    return m.group(1) + stamp + m.group(2)[len(stamp):]
data = re.sub(rb"(/(?:CreationDate|ModDate)\()(D:[0-9]{14}[^)]*)", date, data)
# Blank the /ID pair and LibreOffice's /DocChecksum, hash what is left, and write that hash into each.
fields = [m.span(1) for m in re.finditer(rb"/ID \[ ?<([0-9A-Fa-f]+)>", data)]
fields += [m.span(1) for m in re.finditer(rb"/ID \[ ?<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", data)]
fields += [m.span(1) for m in re.finditer(rb"/DocChecksum /([0-9A-Fa-f]+)", data)]
blank = bytearray(data)
for start, end in fields:
    blank[start:end] = b"0" * (end - start)
digest = hashlib.md5(bytes(blank)).hexdigest().upper().encode()
out = bytearray(blank)
for start, end in fields:
    out[start:end] = (digest * 2)[: end - start]
data = bytes(out)
open(path, "wb").write(data)
PY
done
