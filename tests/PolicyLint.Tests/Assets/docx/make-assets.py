#!/usr/bin/env python3
"""Builds the .docx test assets from the Markdown beside this script (pandoc 2.17), then rewrites parts of the
package where pandoc cannot express what a test needs. Run from this directory: python3 make-assets.py"""
import re
import subprocess
import zipfile


def pandoc(md, docx):
    subprocess.run(["pandoc", md, "-o", docx], check=True)


def rewrite(src, dst, edit):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("word/") and item.filename.endswith(".xml"):
                data = edit(item.filename, data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


# structure.docx: headings with the numbers typed in, a nested list, a table and a footnote.
pandoc("structure.md", "structure.docx")

# german-styles.docx: style ids localised as a German Word template has them ("berschrift1"), outline levels removed
# so only the style *name* ("heading 1") identifies a heading, and a custom style based on "berschrift2".
pandoc("german.md", "german-base.docx")


def german(name, s):
    for n in range(1, 10):
        s = s.replace(f'"Heading{n}"', f'"berschrift{n}"').replace(f'"Heading{n}Char"', f'"berschrift{n}Zchn"')
    if name == "word/styles.xml":
        s = re.sub(r'<w:outlineLvl w:val="\d" />', "", s)
        s = s.replace('<w:name w:val="Heading ', '<w:name w:val="heading ')
        custom = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="MeineBerschrift">'
                  '<w:name w:val="Meine Überschrift" /><w:basedOn w:val="berschrift2" /></w:style>')
        s = s.replace("</w:styles>", custom + "</w:styles>")
    elif name == "word/document.xml":
        i = s.rfind('"berschrift2"')
        s = s[:i] + '"MeineBerschrift"' + s[i + len('"berschrift2"'):]
    return s


rewrite("german-base.docx", "german-styles.docx", german)

# numbered.docx: a multilevel list "%1.%2" in one num instance, and headings numbered through their styles
# (Heading 1 = "%1", Heading 2 = "%1.%2"), as Word's outline-numbered headings are.
pandoc("numbered.md", "numbered-base.docx")

HEADING_NUMBERING = (
    '<w:abstractNum w:abstractNumId="7000"><w:multiLevelType w:val="multilevel" />'
    '<w:lvl w:ilvl="0"><w:start w:val="1" /><w:numFmt w:val="decimal" /><w:pStyle w:val="Heading1" /><w:lvlText w:val="%1" /></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1" /><w:numFmt w:val="decimal" /><w:pStyle w:val="Heading2" /><w:lvlText w:val="%1.%2" /></w:lvl>'
    '</w:abstractNum>')


def numbered(name, s):
    if name == "word/numbering.xml":
        # the nested items use the outer instance's level 1, shown as "2.1"
        s = re.sub(r'(<w:abstractNum w:abstractNumId="99411">.*?<w:lvl w:ilvl="1">.*?<w:lvlText w:val=")%2\.(")',
                   r"\g<1>%1.%2\g<2>", s, count=1, flags=re.S)
        s = s.replace("<w:num ", HEADING_NUMBERING + "<w:num ", 1)
        s = s.replace("</w:numbering>", '<w:num w:numId="7001"><w:abstractNumId w:val="7000" /></w:num></w:numbering>')
    elif name == "word/document.xml":
        s = re.sub(r'<w:numId w:val="100[23]" />', '<w:numId w:val="1001" />', s)
    elif name == "word/styles.xml":
        for n in (1, 2):
            s = re.sub(rf'(<w:style w:styleId="Heading{n}" w:type="paragraph">.*?<w:pPr>)',
                       r'\g<1><w:numPr><w:numId w:val="7001" /></w:numPr>', s, count=1, flags=re.S)
    return s


rewrite("numbered-base.docx", "numbered.docx", numbered)
