"""Adds a running footer ("Riverbank Care · Reducing Restrictive Practice · Page N") to a pandoc .docx."""
import sys, zipfile, shutil
src, dst = sys.argv[1], sys.argv[2]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
footer = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}><w:p><w:r><w:t xml:space="preserve">Riverbank Care · Reducing Restrictive Practice · Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'''
zin = zipfile.ZipFile(src)
zout = zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == 'word/document.xml':
        t = data.decode()
        i = t.rindex('<w:sectPr')
        j = t.index('>', i) + 1
        reference = '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
        if t[j - 2:j] == '/>':
            # pandoc writes an empty <w:sectPr />: give it the reference as its first child.
            t = t[:j - 2].rstrip() + '>' + reference + '</w:sectPr>' + t[j:]
        else:
            t = t[:j] + reference + t[j:]
        if 'xmlns:r=' not in t[:2000]:
            t = t.replace('<w:document ', '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
        data = t.encode()
    elif item.filename == 'word/_rels/document.xml.rels':
        t = data.decode()
        t = t.replace('</Relationships>', '<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
        data = t.encode()
    elif item.filename == '[Content_Types].xml':
        t = data.decode()
        t = t.replace('</Types>', '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
        data = t.encode()
    zout.writestr(item, data)
zout.writestr('word/footer1.xml', footer)
zout.close()
