#!/usr/bin/env python3
"""Writes the sample workbooks of tests/data/workbooks (docs/SPREADSHEETS.md, "Workbooks").

Each .xlsx is written part by part with Python's zipfile module, so every feature the reader
handles is in a file whose XML says exactly what is tested: shared and inline strings with
rich-text runs, percentages, dates in both date systems, booleans, formulas' cached values,
error cells, sparse cells, merged and two-row headers, title rows, several sheets. The hostile
ones (zip bomb, "../" names, entities, huge string tables, disguised files) are made here too.
Reproducible: fixed timestamps, so a rerun writes the same bytes.

    python3 tools/make_workbooks.py [--libreoffice] [OUTPUT_FOLDER]

french-roster.xlsx is LibreOffice's own: with --libreoffice (Debian's libreoffice-calc-nogui) it
is made again from french-roster.csv, read as semicolon-separated (59), quoted with " (34), UTF-8
(76), from line 1, in the French locale (1036) so that "3,1 %" and "1200,50" become numbers:

    soffice --headless --infilter="CSV:59,34,76,1,,1036" --convert-to xlsx french-roster.csv
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from xml.sax.saxutils import escape

ARGS = [a for a in sys.argv[1:] if a != "--libreoffice"]
OUT = ARGS[0] if ARGS else os.path.join(os.path.dirname(__file__), "..", "tests", "data", "workbooks")
STAMP = (2024, 1, 1, 0, 0, 0)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""


def write_zip(name, parts, method=zipfile.ZIP_DEFLATED):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", method) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, STAMP)
            info.compress_type = method
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def workbook(name, sheets, shared=None, styles=None, date1904=False, method=zipfile.ZIP_DEFLATED, extra=()):
    """sheets: [(sheet name, sheet XML body inside <worksheet>)]."""
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    entries = "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
    book = f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}<sheets>{entries}</sheets></workbook>'
    rels = [f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets))]
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", book)]
    if shared is not None:
        rels.append(f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
        items = "".join(s if s.startswith("<si>") else f"<si><t xml:space=\"preserve\">{escape(s)}</t></si>" for s in shared)
        parts.append(("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(shared)}">{items}</sst>'))
    if styles is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{REL}/styles" Target="styles.xml"/>')
        parts.append(("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">{styles}</styleSheet>'))
    parts.append(("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">{"".join(rels)}</Relationships>'))
    for i, (_, body) in enumerate(sheets):
        parts.append((f"xl/worksheets/sheet{i + 1}.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}" xmlns:r="{REL}">{body}</worksheet>'))
    parts.extend(extra)
    return write_zip(name, parts, method)


def rows(*rs):
    return "<sheetData>" + "".join(f'<row r="{r}">{cells}</row>' for r, cells in rs) + "</sheetData>"


def style_attribute(style):
    return "" if style is None else ' s="%d"' % style


def s(ref, index, style=None):  # a shared string
    return f'<c r="{ref}" t="s"{style_attribute(style)}><v>{index}</v></c>'


def n(ref, value, style=None):  # a number
    return f'<c r="{ref}"{style_attribute(style)}><v>{value}</v></c>'


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


# Styles: 0 general, 1 percent (built-in 10), 2 date (built-in 14), 3 custom date, 4 custom percent, 5 text.
STYLES = ('<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>'
          '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="49"/></cellXfs>')


def main():
    os.makedirs(OUT, exist_ok=True)

    # Every kind of cell on one sheet, and a second sheet to choose.
    shared = ["Name", "Handle", "Followers", "Engagement", "Fee", "Start", "Active",
              '<si><r><rPr><b/></rPr><t>Ana </t></r><r><t>Lima</t></r></si>',  # rich text: "Ana Lima"
              "@ana", "Bruno Dias", "@bruno", "Chloé Martin", "@chloe",
              '<si><t>Zoë</t><rPh sb="0" eb="1"><t>ぞえ</t></rPh></si>']  # a phonetic guide, left out
    roster = rows(
        (1, s("A1", 0) + s("B1", 1) + s("C1", 2) + s("D1", 3) + s("E1", 4) + s("F1", 5) + s("G1", 6)),
        (2, s("A2", 7) + s("B2", 8) + n("C2", 125000) + n("D2", 0.035, 1) + n("E2", 1200.5) + n("F2", 45366, 2)
         + '<c r="G2" t="b"><v>1</v></c>'),
        (3, s("A3", 9) + s("B3", 10) + n("C3", 98000) + n("D3", 0.125, 4) + '<c r="E3"><f>E2*2</f><v>2401</v></c>'
         + n("F3", 45367, 3) + '<c r="G3" t="b"><v>0</v></c>'),
        (4, inline("A4", "Dana Ortiz") + '<c r="B4" t="str"><f>"@"&amp;"dana"</f><v>@dana</v></c>'
         + '<c r="C4" t="e"><v>#DIV/0!</v></c>' + n("D4", 0.05, 1)),
        # Sparse: B5 and C5 missing; a cell with no r, placed after the previous one.
        (7, s("A7", 11) + n("D7", 0.02, 1) + "<c><v>999</v></c>"),
        (8, s("A8", 13) + s("B8", 12)),
    )
    notes = rows((1, inline("A1", "Notes")), (2, inline("A2", "Second sheet")))
    workbook("cells.xlsx", [("Roster", roster), ("Notes", notes)], shared=shared, styles=STYLES)

    # The 1904 date system (old Mac Excel): serial 0 is 1904-01-01.
    workbook("dates-1904.xlsx", [("Dates", rows((1, inline("A1", "Name") + inline("B1", "Start")),
                                                (2, inline("A2", "Ana") + n("B2", 43904, 2))))], styles=STYLES, date1904=True)

    # A title in A1 (merged across), an empty row, then a two-row header: "Fee" merged over
    # "EUR" and "USD", and "Followers" merged down over two rows.
    header = rows(
        (1, inline("A1", "Spring campaign roster")),
        (3, inline("A3", "Name") + inline("B3", "Followers") + inline("C3", "Fee")),
        (4, inline("D4", "USD") + inline("C4", "EUR")),
        (5, inline("A5", "Ana Lima") + n("B5", 125000) + n("C5", 1200) + n("D5", 1300)),
        (6, inline("A6", "Bruno Dias") + n("B6", 98000) + n("C6", 900) + n("D6", 980)),
    ) + '<mergeCells count="3"><mergeCell ref="A1:D1"/><mergeCell ref="C3:D3"/><mergeCell ref="B3:B4"/></mergeCells>'
    workbook("headers.xlsx", [("Roster", header)])

    # "Fee" over "EUR" with no merge: the amounts below say the second row is a header.
    plain_two = rows(
        (1, inline("A1", "Name") + inline("B1", "Fee")),
        (2, inline("B2", "EUR")),
        (3, inline("A3", "Ana Lima") + n("B3", 1200)),
        (4, inline("A4", "Bruno Dias") + n("B4", 900)),
    )
    workbook("two-row-header.xlsx", [("Roster", plain_two)])

    # Stored (not deflated) parts and a prefixed namespace ("x:c"), as some generators write.
    prefixed = ('<x:sheetData xmlns:x="' + MAIN + '"><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Name</x:t></x:is></x:c></x:row>'
                '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Ana</x:t></x:is></x:c></x:row></x:sheetData>')
    workbook("stored-prefixed.xlsx", [("Sheet1", prefixed)], method=zipfile.ZIP_STORED)

    # --- hostile and disguised files ---------------------------------------------------------
    hostile = os.path.join(OUT, "hostile")
    os.makedirs(hostile, exist_ok=True)
    global_out = OUT

    def into_hostile(fn, *a, **k):
        global OUT
        OUT = hostile
        try:
            return fn(*a, **k)
        finally:
            OUT = global_out

    # A zip bomb: one part of 200 MB of the same byte, deflated to about 200 KB.
    bomb = rows((1, inline("A1", "Name"))).replace("</sheetData>", "") + " " * (200 * 1024 * 1024) + "</sheetData>"
    into_hostile(workbook, "zip-bomb.xlsx", [("Sheet1", bomb)])
    # Names that point outside the archive.
    into_hostile(write_zip, "dot-dot.xlsx", [("[Content_Types].xml", CONTENT_TYPES), ("../../evil.xml", "<x/>")])
    into_hostile(write_zip, "absolute.xlsx", [("[Content_Types].xml", CONTENT_TYPES), ("/etc/evil.xml", "<x/>")])
    into_hostile(write_zip, "backslash.xlsx", [("[Content_Types].xml", CONTENT_TYPES), ("xl\\..\\evil.xml", "<x/>")])
    # Billion laughs in the shared strings, and an external entity in the workbook part.
    laughs = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "lollollollollollollollollollol">'
              + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
              + f']><sst xmlns="{MAIN}"><si><t>&i;</t></si></sst>')
    into_hostile(workbook, "billion-laughs.xlsx", [("Sheet1", rows((1, s("A1", 0))))], shared=[],
                 extra=())
    # (rewrite the shared strings part of the file just written with the entity bomb)
    path = os.path.join(hostile, "billion-laughs.xlsx")
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    write_zip_parts = [(p, laughs if p == "xl/sharedStrings.xml" else d) for p, d in parts]
    into_hostile(write_zip, "billion-laughs.xlsx", write_zip_parts)
    xxe = f'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook xmlns="{MAIN}"><sheets><sheet name="&x;"/></sheets></workbook>'
    into_hostile(write_zip, "external-entity.xlsx", [("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", xxe)])
    # A shared-string table with more texts than the reader takes (tests lower the limit to 1000).
    into_hostile(workbook, "many-strings.xlsx", [("Sheet1", rows((1, s("A1", 0))))], shared=[f"t{i}" for i in range(1500)])
    # Deep nesting.
    deep = "<a>" * 200 + "</a>" * 200
    into_hostile(workbook, "deep.xlsx", [("Sheet1", rows((1, inline("A1", "x"))) + deep)])
    # Not workbooks at all.
    with open(os.path.join(hostile, "renamed-csv.xlsx"), "w", encoding="utf-8") as f:
        f.write("Name;Followers\nAna;1200\n")
    with open(os.path.join(hostile, "document.pdf.xlsx"), "wb") as f:
        f.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    with open(os.path.join(hostile, "random.xlsx"), "wb") as f:
        state = 12345
        data = bytearray()
        for _ in range(4096):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data.append(state >> 16 & 0xFF)
        f.write(bytes(data))
    # Compound files: an old .xls, and an .xlsx saved with a password (an EncryptedPackage stream).
    cfb = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504
    with open(os.path.join(hostile, "old.xls"), "wb") as f:
        f.write(cfb + "Workbook".encode("utf-16-le") + b"\0" * 512)
    with open(os.path.join(hostile, "encrypted.xlsx"), "wb") as f:
        f.write(cfb + "EncryptionInfo".encode("utf-16-le") + b"\0" * 50 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)
    # A Word document: a zip with no workbook in it.
    into_hostile(write_zip, "document.docx", [("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", "<w:document/>")])
    # A workbook cut in half (a download that stopped).
    with open(os.path.join(OUT, "cells.xlsx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(hostile, "truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])


def libreoffice():
    source = os.path.join(OUT, "french-roster.csv")
    with tempfile.TemporaryDirectory() as home:
        subprocess.run(["soffice", "--headless", "--infilter=CSV:59,34,76,1,,1036", "--convert-to", "xlsx",
                        "--outdir", home, source], check=True, env={**os.environ, "HOME": home},
                       stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(home, "french-roster.xlsx"), os.path.join(OUT, "french-roster.xlsx"))


if __name__ == "__main__":
    main()
    if "--libreoffice" in sys.argv:
        libreoffice()
