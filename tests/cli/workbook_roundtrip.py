#!/usr/bin/env python3
"""The report workbook through LibreOffice (issue 24's "done when"; docs/SPREADSHEETS.md,
"Report workbook"): `roster export PLAN --format xlsx` writes the workbook, LibreOffice (Debian's
libreoffice-calc-nogui, run headless) converts EVERY sheet to CSV as it shows it, and each sheet
must hold the values of Roster's own CSV export of its table: the same rows, the same texts and
the same numbers to the precision written (LibreOffice's text, "1,250,000" or "102,900.50 EUR"
or "12.50%", read back as a number). The cover must name the plan, the date and the version.

LibreOffice 7.4's CSV filter options, in order: separator (44 ','), text delimiter (34 '"'),
character set (76 UTF-8), first line (1), column formats (none), language (1033 English US),
quote all text (false), detect special numbers (true), save cell contents as shown (true),
export formulas (false), remove spaces (false), and token 12, the sheet to export: -1 writes
every sheet to its own file, NAME-SHEET.csv.

Exit status 0 when every value matches, 1 with the differences, 77 (ctest's skip) when soffice
is not installed: tools/setup.sh installs it in the full profile.

  workbook_roundtrip.py ROSTER PLAN WORK_DIR LANG
"""
import csv
import io
import os
import re
import shutil
import subprocess
import sys

SKIP = 77
# Sheet names in each display language (app/present/catalogue_workbook.cpp), in report order,
# with the table each holds.
SHEETS = {
    "en": [("creators", "Creators"), ("comparison", "Scenarios"), ("frequency", "Frequency"),
           ("buildup", "Build-up"), ("assumptions", "Assumptions")],
    "fr": [("creators", "Créateurs"), ("comparison", "Scénarios"), ("frequency", "Fréquence"),
           ("buildup", "Montée en charge"), ("assumptions", "Hypothèses")],
}
COVER = {"en": ("Report", "Made with Roster"), "fr": ("Rapport", "Réalisé avec Roster")}
DRAWS, SEED = "400", "3"
EPOCH = "1796644800"  # 2026-12-07 12:00 UTC: the cover's date


def run(args, **kw):
    return subprocess.run(args, check=False, capture_output=True, **kw)


def roster_csv(roster, plan, table, lang):
    done = run([roster, "--lang", lang, "export", plan, "--table", table, "--draws", DRAWS, "--seed", SEED])
    if done.returncode != 0:
        sys.exit(f"roster export --table {table} failed: {done.stderr.decode()}")
    text = done.stdout.decode("utf-8")
    text = text[1:] if text.startswith("\ufeff") else text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";" if lang == "fr" else ","))


PLAIN = {"en": re.compile(r"^-?[0-9]+(\.[0-9]+)?$"), "fr": re.compile(r"^-?[0-9]+(,[0-9]+)?$")}
SHOWN = re.compile(r"^(-?[0-9][0-9,]*(\.[0-9]+)?)( [A-Z]{3}|%)?$")


def roster_number(cell, lang):
    """The number in a cell of Roster's CSV, or None for a text."""
    if not PLAIN[lang].match(cell):
        return None
    return float(cell.replace(",", ".")) if lang == "fr" else float(cell)


def shown_number(cell):
    """LibreOffice's text of a number as its format shows it, or None."""
    m = SHOWN.match(cell)
    if not m:
        return None
    return float(m.group(1).replace(",", ""))


def roster_text(cell):
    # Roster's CSV puts an apostrophe before a text a spreadsheet would run as a formula; the
    # workbook stores the text as a text and needs none.
    if cell.startswith("'") and len(cell) > 1 and cell.lstrip("'")[:1] in "=+-@\t\r":
        return cell[1:]
    return cell


def compare(table, expected, shown, lang, problems):
    if len(expected) != len(shown):
        problems.append(f"{table}: {len(expected)} rows in Roster's CSV, {len(shown)} in LibreOffice's")
        return 0
    numbers = 0
    for r, (want_row, got_row) in enumerate(zip(expected, shown), start=1):
        width = max(len(want_row), len(got_row))
        want_row = want_row + [""] * (width - len(want_row))
        got_row = got_row + [""] * (width - len(got_row))
        for c, (want, got) in enumerate(zip(want_row, got_row), start=1):
            where = f"{table} row {r} column {c}"
            value = roster_number(want, lang) if r > 1 else None
            if value is None:
                if roster_text(want) != got:
                    problems.append(f"{where}: Roster wrote {want!r}, LibreOffice shows {got!r}")
                continue
            numbers += 1
            seen = shown_number(got)
            if seen is None:
                problems.append(f"{where}: Roster wrote the number {want}, LibreOffice shows {got!r}")
            elif abs(seen - value) > 1e-9 * max(1.0, abs(value)):
                problems.append(f"{where}: Roster wrote {want}, LibreOffice shows {got!r} ({seen})")
    return numbers


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    roster, plan, work, lang = sys.argv[1:]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("SKIPPED: LibreOffice (soffice) is not installed; tools/setup.sh installs "
              "libreoffice-calc-nogui in the full profile.")
        return SKIP
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    book = os.path.join(work, "report.xlsx")
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, TZ="UTC")
    done = run([roster, "--lang", lang, "export", plan, "--format", "xlsx", "--out", book, "--draws", DRAWS,
                "--seed", SEED], env=env)
    if done.returncode != 0 or not os.path.exists(book):
        sys.exit(f"roster export --format xlsx failed: {done.stderr.decode()}")
    # A profile of its own, so that a LibreOffice already running (or another test) is not used.
    profile = "file://" + os.path.abspath(os.path.join(work, "profile"))
    options = "44,34,76,1,,1033,false,true,true,false,false,-1"
    # A UTF-8 locale, or LibreOffice names the French sheets' files in another encoding.
    utf8 = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    done = run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to",
                f"csv:Text - txt - csv (StarCalc):{options}", "--outdir", work, book], timeout=300, env=utf8)
    if done.returncode != 0:
        sys.exit("LibreOffice could not convert the workbook: "
                 f"{done.stderr.decode(errors='replace')}{done.stdout.decode(errors='replace')}")

    def sheet(name):
        path = os.path.join(work, f"report-{name}.csv")
        if not os.path.exists(path):
            sys.exit(f"LibreOffice wrote no {path}: {done.stdout.decode(errors='replace')}")
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.reader(f))

    problems = []
    cover_name, made_with = COVER[lang]
    cover = sheet(cover_name)
    flat = ["|".join(row) for row in cover]
    for fact in ("Date|2026-12-07", f"{made_with}|"):
        if not any(line.startswith(fact) for line in flat):
            problems.append(f"the cover has no line starting {fact!r}: {flat}")
    total = 0
    for table, name in SHEETS[lang]:
        total += compare(table, roster_csv(roster, plan, table, lang), sheet(name), lang, problems)
        if not any(line.startswith(name + "|") and len(line) > len(name) + 1 for line in flat):
            problems.append(f"the cover does not describe the sheet {name!r}")
    if problems:
        print("\n".join(problems[:50]))
        print(f"{len(problems)} differences between the workbook, as LibreOffice reads it, and Roster's CSV")
        return 1
    print(f"{len(SHEETS[lang])} sheets and the cover read back through LibreOffice: {total} numbers equal to Roster's CSV")
    return 0


if __name__ == "__main__":
    sys.exit(main())
