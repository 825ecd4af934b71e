#!/usr/bin/env python3
"""Fails when the project cites a file that is not in the repository.

Roster must cite only itself: a comment, a test name, a tooltip or a document that points to a
note kept somewhere else (such as the research notes the project was first written from) sends
the reader to a file they do not have. Outside sources are cited by their key in
docs/SOURCES.md ("[S33]") instead.

This reads every text file of the tree (documents whole; in code, its comments and strings,
since `r.h` in code is a member, not a header) and finds the names that look like files
(ending in .md, .py, .cpp, .h, .json, .mjs, .js or .sh). Each must resolve to a file or folder
of the repository: relative to the repository's root, to docs/ or to the citing file's folder,
or as the tail of a repository path ("engine/plan.h", "projection.h"). The research notes the
project was first written from are refused by name wherever they appear, even inside a string.

    python3 tools/check_citations.py [repository root]

Files come from `git ls-files` (tracked, and new ones not ignored), or from a walk of the
project's folders when there is no git; build/, node_modules/ and binary files are skipped.
Exit status 1 lists every citation that does not resolve.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
SELF = "tools/check_citations.py"  # its patterns name what it refuses, so it does not scan itself
TOP = ["app", "tests", "docs", "web", "assets", "tools", "cmake", "README.md", "CMakeLists.txt"]
SKIPPED_DIRS = {"build", "node_modules", ".git"}
SKIPPED_FILES = {"package-lock.json"}  # written by npm: names files of the installed packages

# The notes the project was first researched from: they were never in this repository. (Spelt
# in parts, so that a search of the tree for these names finds only real citations.)
FOREIGN_NOTES = [stem + "." + ext for stem, ext in (
    ("models", "md"), ("persistence", "md"), ("TOOLCHAIN", "md"), ("code-anchors", "md"), ("interop", "md"),
    ("products", "md"), ("validate", "py"), ("validate_funcs", "py"), ("overlap_sim", "py"))]

# Names with a file-like ending that are not citations of a file of the repository. Keep these
# short, and say why each name is here.
NOT_CITATIONS = {
    "Node.js",                      # the JavaScript runtime
    "file.cpp", "file.h",           # placeholders of cmake/EmbedFile.cmake's usage line
    # Written by the build (app/CMakeLists.txt, CMakeLists.txt), not kept in the tree:
    "version.h", "embedded_font.h", "embedded_font.cpp", "embedded_examples.h",
    "embedded_examples_table.cpp", "roster.js", "roster_workbook.js",
    # Files of the libraries the build compiles or the fuzzer's suppressions name:
    "imgui.cpp", "imgui_draw.cpp", "imgui_tables.cpp", "imgui_widgets.cpp",
    "backends/imgui_impl_sdl.cpp", "backends/imgui_impl_opengl3.cpp", "rapidjson/internal/stack.h",
}

EXTENSIONS = r"(?:md|py|cpp|h|json|mjs|js|sh)"
NAME = re.compile(r"(?<![\w./@*$-])([\w.-][\w./-]*\." + EXTENSIONS + r")(?![\w-]|\.\w)")
URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://\S+|\bwww\.\S+")
INCLUDE = re.compile(r"^\s*#\s*include\b")
# A path after a variable: the repository's root and the current CMake folder are resolved, any
# other folder (build outputs, a library's sources) is not the repository's and is left out.
ROOT_VARIABLE = re.compile(r"\$\{?(?:root|PROJECT_SOURCE_DIR|CMAKE_SOURCE_DIR)\}?/")
HERE_VARIABLE = re.compile(r"\$\{?CMAKE_CURRENT_SOURCE_DIR\}?/")
OTHER_VARIABLE = re.compile(r"\$\{?\w+\}?/[\w./-]*")
RESEARCH_DIR = re.compile(r"(?<![\w.-])research/")
FOREIGN = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(n) for n in FOREIGN_NOTES) + r")(?![\w-])")

C_LIKE = (".cpp", ".h", ".hpp", ".c", ".js", ".mjs", ".in")
HASH_COMMENTS = (".sh", ".cmake", ".py", ".txt", ".supp")


def git_files():
    """The tree's files by git, or None when ROOT is not the top of a git work tree."""
    try:
        top = subprocess.run(["git", "-C", ROOT, "rev-parse", "--show-toplevel"], check=True,
                             capture_output=True).stdout.decode("utf-8").strip()
        if os.path.realpath(top) != os.path.realpath(ROOT):
            return None  # unpacked inside some other repository: walk it instead
        out = subprocess.run(["git", "-C", ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                             check=True, capture_output=True).stdout
        return [f for f in out.decode("utf-8").split("\0") if f] or None
    except (OSError, subprocess.CalledProcessError):
        return None


def list_files():
    files = git_files()
    if files is None:
        files = []
        for top in TOP:
            path = os.path.join(ROOT, top)
            if os.path.isfile(path):
                files.append(top)
            for folder, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
                files += [os.path.relpath(os.path.join(folder, n), ROOT).replace(os.sep, "/") for n in names]
    return sorted(f for f in set(files) if os.path.isfile(os.path.join(ROOT, f))
                  and not any(part in SKIPPED_DIRS for part in f.split("/")))


def read_text(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        data = f.read()
    if b"\0" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def prose_of_code(text, c_like):
    """The comments and strings of a source file, with the code blanked (newlines kept)."""
    out = []
    i, n = 0, len(text)
    state = None  # None (code), "line", "block", or the quote that closes the string
    while i < n:
        ch = text[i]
        if state is None:
            if c_like and text.startswith("//", i):
                state = "line"
            elif c_like and text.startswith("/*", i):
                state = "block"
            elif not c_like and ch == "#" and (i == 0 or text[i - 1] in " \t\n(;"):
                state = "line"
            elif ch in "\"`" or (ch == "'" and not (i > 0 and text[i - 1].isalnum())):
                state = ch  # a quote after a digit is C++'s digit separator (10'000)
            out.append(ch if ch == "\n" else " ")
        elif state == "line":
            if ch == "\n":
                state = None
            out.append(ch)
        elif state == "block":
            if text.startswith("*/", i):
                state = None
            out.append(ch)
        else:
            if ch == "\\" and i + 1 < n:
                out.append(ch + text[i + 1])
                i += 2
                continue
            if ch == state or (ch == "\n" and state != "`" and c_like):
                state = None
            out.append(ch)
        i += 1
    return "".join(out)


def main():
    files = list_files()
    paths = set(files)
    folders = set()
    for f in files:
        parts = f.split("/")[:-1]
        folders.update("/".join(parts[:k]) for k in range(1, len(parts) + 1))
    has_research_dir = "research" in {p.split("/")[-1] for p in folders}

    def resolves(name, citing):
        name = name.rstrip("/.")
        if name in NOT_CITATIONS or name.startswith("build/"):
            return True
        if name.endswith(".roster.json") and "/" not in name:
            return True  # a plan's file name, as a planner would name it ("q3.roster.json")
        for base in ("", "docs", os.path.dirname(citing)):
            candidate = os.path.normpath(os.path.join(base, name)).replace(os.sep, "/")
            if candidate in paths or candidate in folders:
                return True
        tail = re.sub(r"^(\.\.?/)+", "", name).lstrip("/")
        return any(p == tail or p.endswith("/" + tail) for p in paths)

    problems = []
    for f in files:
        if f == SELF or os.path.basename(f) in SKIPPED_FILES:
            continue
        text = read_text(f)
        if text is None:
            continue
        base = os.path.basename(f)
        if base.endswith(C_LIKE):
            prose = prose_of_code(text, True)
        elif base.endswith(HASH_COMMENTS):
            prose = prose_of_code(text, False)
        else:
            prose = text
        for number, (line, original) in enumerate(zip(prose.split("\n"), text.split("\n")), 1):
            if INCLUDE.match(original):
                continue
            found = set()
            for m in FOREIGN.finditer(original):  # refused even in code
                if not resolves(m.group(1), f):
                    found.add(m.group(1))
            bare = URL.sub(" ", line)
            if not has_research_dir and RESEARCH_DIR.search(bare):
                found.add("research/")
            bare = ROOT_VARIABLE.sub(" ", bare)
            bare = HERE_VARIABLE.sub(" ./", bare)
            bare = OTHER_VARIABLE.sub(" ", bare)
            for m in NAME.finditer(bare):
                name = m.group(1)
                if os.path.basename(name).startswith("."):
                    continue  # an ending or a glob (".roster.json"), not a file
                if not resolves(name, f):
                    found.add(name)
            for name in sorted(found):
                problems.append(f"{f}:{number}: cites {name}, which is not in the repository: {original.strip()}")

    if problems:
        print("\n".join(problems))
        print(f"\n{len(problems)} citation(s) of files that are not in the repository. Cite the project's own"
              " documents (\"docs/MODEL.md §3\") or a source's key in docs/SOURCES.md (\"[S33]\"), or say the"
              " reason in words.")
        return 1
    print(f"The {len(files)} files of the tree cite only files of the repository.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
