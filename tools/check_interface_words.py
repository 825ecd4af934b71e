#!/usr/bin/env python3
"""Every fixed interface text has its French: each English literal the views and the
presentation layer pass to tr() or trf() must be a key of the French table in
app/present/translation.cpp, or French shows English without anyone noticing.

Usage: check_interface_words.py REPO_ROOT   (exit 1 and the missing texts when any is missing)

Texts put together at run time (tr(row.label.c_str())) cannot be read here; they come from
tables the unit tests check (translation_test.cpp). docs/MESSAGES.md says how Roster speaks.
"""
import pathlib
import re
import sys

# A C++ string literal, with its escapes.
LITERAL = r'"(?:[^"\\\n]|\\.)*"'
# tr( or trf( followed by one or more adjacent literals.
CALL = re.compile(r'\btrf?\(\s*((?:' + LITERAL + r'\s*)+)')
# A row of the French table: {"English", "French"} (each possibly split over adjacent literals).
ROW = re.compile(r'\{\s*((?:' + LITERAL + r'\s*)+),\s*((?:' + LITERAL + r'\s*)+)\}')


def joined(literals: str) -> str:
    parts = re.findall(LITERAL, literals)
    return "".join(bytes(p[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                   if "\\" in p else p[1:-1] for p in parts)


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    table = (root / "app/present/translation.cpp").read_text(encoding="utf-8")
    start = table.index("kFrench[] = {")
    french = {joined(m.group(1)) for m in ROW.finditer(table, start)}
    missing = []
    for folder in ("app/ui", "app/present", "app/cli"):
        for path in sorted((root / folder).glob("*.cpp")):
            text = path.read_text(encoding="utf-8")
            if path.name == "translation.cpp":
                continue
            for m in CALL.finditer(text):
                english = joined(m.group(1))
                if english not in french:
                    line = text.count("\n", 0, m.start()) + 1
                    missing.append(f"{path.relative_to(root)}:{line}: no French for {english!r}")
    for entry in missing:
        print(entry)
    if missing:
        print(f"{len(missing)} interface texts have no French in app/present/translation.cpp")
        return 1
    print(f"every interface text passed to tr() has its French ({len(french)} texts in the table)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
