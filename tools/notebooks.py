"""Maintain the notebooks of both editions: navigation cells, the Korean edition's sync, execution.

    python tools/notebooks.py nav                      # rewrite every navigation cell (both editions)
    python tools/notebooks.py run                      # nav, then execute every notebook in place
    python tools/notebooks.py run 01_sigmoid ko/01_sigmoid   # ... or only the ones named
    python tools/notebooks.py stale                    # Korean cells whose English source changed
    python tools/notebooks.py export-ko 01_sigmoid > todo.md   # the English cells to (re)translate
    python tools/notebooks.py import-ko 01_sigmoid todo.md     # write notebooks/ko/01_sigmoid.ipynb

The Korean edition (``notebooks/ko/``) has the English notebook's cells, ids and code, except the
one line of the setup cell that sets the language; each Korean markdown cell records in its
metadata the hash of the English cell it translates, so an English change that its translation
did not follow is found (``stale``, and ``tests/test_korean.py``). ``import-ko`` takes the
translations, in the format ``export-ko`` writes (a line ``=== <cell id> ===`` before each cell),
copies the code from English, and keeps the earlier translation of every cell not in the file.
Run the notebook afterwards (``run ko/01_sigmoid``).

Execution is deterministic: the notebooks seed their own randomness, cell ids are kept
(missing ones get ids from their position), and no timestamps or widget state are stored.
The navigation cell is found by its marker, so running this twice changes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

import slides

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
KOREAN = NOTEBOOKS / "ko"
MARKER = "<!-- navigation: written by tools/notebooks.py -->"

# The series in order: file stem and the title shown in the navigation.
SERIES = [
    ("00_index", "Index"),
    ("01_sigmoid", "1. Sigmoid"),
    ("02_tanh", "2. Tanh"),
    ("03_relu", "3. ReLU"),
    ("04_leaky_relu", "4. Leaky ReLU"),
    ("05_softmax", "5. Softmax"),
    ("06_beyond_relu", "6. Beyond ReLU"),
    ("07_playground", "7. Playground"),
    ("08_your_own", "8. Your own activation"),
    ("explorer", "Explorer"),
]
KOREAN_TITLES = {
    "00_index": "목차", "01_sigmoid": "1. 시그모이드", "02_tanh": "2. tanh", "03_relu": "3. ReLU",
    "04_leaky_relu": "4. Leaky ReLU", "05_softmax": "5. 소프트맥스", "06_beyond_relu": "6. ReLU 이후",
    "07_playground": "7. 놀이터", "08_your_own": "8. 나만의 활성화 함수", "explorer": "탐색기",
}
LANGUAGE_LINE = 'actlab.set_language("ko")  # 채점기와 탐색기가 한국어로 안내합니다'
"""The one line by which a Korean notebook's code differs from the English: it goes just before
the first line of the setup cell that imports from actlab."""

# Where the series is published; the Binder and Colab links, and the git URL from which the setup
# cells install actlab on Colab, are built from it (tests/test_repository.py checks that they agree).
REPOSITORY = "actlab-org/activation-functions"
BINDER = "https://mybinder.org/v2/gh/{repo}/HEAD?urlpath=lab/tree/notebooks/{path}.ipynb"
BADGE = "https://mybinder.org/badge_logo.svg"
COLAB = "https://colab.research.google.com/github/{repo}/blob/main/notebooks/{path}.ipynb"
COLAB_BADGE = "https://colab.research.google.com/assets/colab-badge.svg"


def present() -> list[tuple[str, str]]:
    """The notebooks of the series that exist, in order."""
    return [(stem, title) for stem, title in SERIES if (NOTEBOOKS / f"{stem}.ipynb").exists()]


def navigation(stem: str, language: str = "en") -> str:
    """The markdown of the navigation cell of notebook ``stem`` in one edition: previous, index,
    next, the same notebook in the other language, Binder and Colab."""
    series = present()
    stems = [s for s, _ in series]
    title = dict(series) if language == "en" else KOREAN_TITLES
    index = "Index" if language == "en" else "목차"
    i = stems.index(stem)
    parts = []
    if i > 0:
        parts.append(f"[← {title[stems[i - 1]]}]({stems[i - 1]}.ipynb)")
    if stem != "00_index":
        parts.append(f"[{index}](00_index.ipynb)")
    if i + 1 < len(series):
        parts.append(f"[{title[stems[i + 1]]} →]({stems[i + 1]}.ipynb)")
    if language == "en":
        parts.append(f"[한국어](ko/{stem}.ipynb)")
    else:
        parts.append(f"[English](../{stem}.ipynb)")
    path = stem if language == "en" else f"ko/{stem}"
    binder = BINDER.format(repo=REPOSITORY, path=path)
    parts.append(f"[![Open in Binder]({BADGE})]({binder})")
    parts.append(f"[![Open in Colab]({COLAB_BADGE})]({COLAB.format(repo=REPOSITORY, path=path)})")
    return f"{MARKER}\n" + " · ".join(parts)


def write_navigation(nb, stem: str, language: str = "en") -> None:
    """Put the navigation cell first, replacing an earlier one found by its marker."""
    source = navigation(stem, language)
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.startswith(MARKER):
            cell.source = source
            return
    cell = nbformat.v4.new_markdown_cell(source)
    cell.id = "navigation"
    nb.cells.insert(0, cell)


# ------------------------------------------------------------------------------ the Korean edition
def source_hash(text: str) -> str:
    """The hash a Korean cell records of the English cell it translates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def korean_code(source: str, setup: bool) -> str:
    """A code cell of the Korean edition: the English code, with the language line in the setup cell."""
    if not setup:
        return source
    lines = source.split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("from actlab"))
    return "\n".join(lines[:first] + [LANGUAGE_LINE] + lines[first:])


def is_navigation(cell) -> bool:
    return cell.cell_type == "markdown" and cell.source.startswith(MARKER)


def stale(english, korean) -> list[str]:
    """What keeps the Korean notebook from matching the English one, a line per cell (empty: in step)."""
    problems = []
    en_ids = [c.id for c in english.cells]
    ko_ids = [c.id for c in korean.cells]
    if en_ids != ko_ids:
        missing = [i for i in en_ids if i not in ko_ids]
        extra = [i for i in ko_ids if i not in en_ids]
        return [f"the cells differ: missing in Korean {missing}, only in Korean {extra}"
                + ("" if missing or extra else ", or in another order")]
    first_code = next(c.id for c in english.cells if c.cell_type == "code")
    for en, ko in zip(english.cells, korean.cells):
        if en.cell_type != ko.cell_type:
            problems.append(f"cell {en.id}: {en.cell_type} in English, {ko.cell_type} in Korean")
        elif en.cell_type == "code":
            if ko.source != korean_code(en.source, en.id == first_code):
                problems.append(f"cell {en.id}: the code differs from the English")
        elif not is_navigation(en):
            recorded = ko.metadata.get("translation", {}).get("source")
            if recorded != source_hash(en.source):
                problems.append(f"cell {en.id}: the English text changed since it was translated"
                                if recorded else f"cell {en.id}: no record of the English it translates")
    return problems


def read_translations(text: str) -> dict[str, str]:
    """``=== <cell id> ===`` blocks -> {cell id: markdown}."""
    parts = re.split(r"^=== (\S+) ===\n", text, flags=re.M)
    if parts[0].strip():
        raise ValueError("text before the first '=== <cell id> ===' line")
    return {parts[i]: parts[i + 1].rstrip("\n") for i in range(1, len(parts), 2)}


def export_korean(stem: str, everything: bool = False) -> str:
    """The English markdown cells whose translation is missing or stale (all with ``everything``)."""
    english = nbformat.read(NOTEBOOKS / f"{stem}.ipynb", as_version=4)
    path = KOREAN / f"{stem}.ipynb"
    done = {}
    if path.exists() and not everything:
        done = {c.id: c.metadata.get("translation", {}).get("source")
                for c in nbformat.read(path, as_version=4).cells}
    blocks = [f"=== {c.id} ===\n{c.source}\n" for c in english.cells
              if c.cell_type == "markdown" and not is_navigation(c) and done.get(c.id) != source_hash(c.source)]
    return "\n".join(blocks)


def import_korean(stem: str, translations: dict[str, str]):
    """Build the Korean notebook of ``stem``: the English cells and code, each markdown cell from
    ``translations`` or else from the earlier Korean notebook. Raises if a cell has neither."""
    english = nbformat.read(NOTEBOOKS / f"{stem}.ipynb", as_version=4)
    path = KOREAN / f"{stem}.ipynb"
    earlier = {c.id: c for c in nbformat.read(path, as_version=4).cells} if path.exists() else {}
    unknown = set(translations) - {c.id for c in english.cells}
    if unknown:
        raise ValueError(f"{stem}: no English cell with id {', '.join(sorted(unknown))}")
    first_code = next(c.id for c in english.cells if c.cell_type == "code")
    cells = []
    for en in english.cells:
        if en.cell_type == "code":
            old = earlier.get(en.id)
            cell = nbformat.v4.new_code_cell(korean_code(en.source, en.id == first_code))
            cell.metadata = dict(en.metadata)
            if old is not None and old.cell_type == "code" and old.source == cell.source:
                cell.outputs, cell.execution_count = old.outputs, old.execution_count
        elif is_navigation(en):
            cell = nbformat.v4.new_markdown_cell(navigation(stem, "ko"))
        elif en.id in translations:
            cell = nbformat.v4.new_markdown_cell(translations[en.id])
            cell.metadata = {**en.metadata, "translation": {"source": source_hash(en.source)}}
        elif en.id in earlier:
            cell = earlier[en.id]
        else:
            raise ValueError(f"{stem}: cell {en.id} has no translation")
        cell.id = en.id
        cells.append(cell)
    return nbformat.v4.new_notebook(cells=cells, metadata=english.metadata)


IGNORE_MARKER = "# NBVAL_IGNORE_OUTPUT"
IGNORE_TAG = "nbval-ignore-output"


def ignores_output(cell) -> bool:
    """A cell whose output nbval does not compare (an explorer, a timing): it carries the tag."""
    return IGNORE_TAG in cell.get("metadata", {}).get("tags", [])


def tag_ignored_output(cell) -> None:
    """An author marks a cell by a first line ``# NBVAL_IGNORE_OUTPUT``; it becomes the cell tag
    nbval also reads, so the marker stays out of the code students read."""
    first, _, rest = cell.source.partition("\n")
    if cell.cell_type == "code" and first.strip() == IGNORE_MARKER:
        cell.source = rest
        tags = cell.metadata.setdefault("tags", [])
        if IGNORE_TAG not in tags:
            tags.append(IGNORE_TAG)


def tidy(nb, language: str = "en") -> None:
    """Stable ids, whole stream outputs, no timing or widget state in the metadata; test markers
    as cell tags; the slides."""
    used = {c.get("id") for c in nb.cells}
    for i, cell in enumerate(nb.cells):
        if not cell.get("id"):
            candidate = f"cell-{i:02d}"
            while candidate in used:
                candidate += "x"
            cell.id = candidate
            used.add(candidate)
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        tag_ignored_output(cell)
        if cell.cell_type == "code":
            cell.outputs = [still(out, language) for out in coalesce_streams(cell.outputs)]
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python",
                                 "name": "python3"}
    nb.metadata.get("language_info", {}).pop("version", None)
    slides.apply(nb, is_navigation, is_explorer)


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_PLACEHOLDER = {
    "en": "[An interactive explorer: run this cell in Jupyter (Run → Run All Cells) to use it.]",
    "ko": "[대화형 탐색기: Jupyter에서 이 셀을 실행하면(Run → Run All Cells) 쓸 수 있습니다.]",
}


def still(output, language="en"):
    """A widget's output without its view: the view names a random model id (which would change
    the file on every run) and no widget state is stored, so it could never render anyway. What a
    static viewer (GitHub, a handout) shows instead is the explorer's still image, where the
    explorer gave one (``actlab.widgets.Explorer``), else a text that says what the cell is."""
    data = output.get("data", {})
    if WIDGET_VIEW in data:
        del data[WIDGET_VIEW]
        data["text/plain"] = WIDGET_PLACEHOLDER[language]
    return output


def is_explorer(cell) -> bool:
    """A code cell that shows an explorer (its output is a widget's, made still by ``still``)."""
    return any(out.get("data", {}).get("text/plain") in WIDGET_PLACEHOLDER.values()
               for out in cell.get("outputs", []))


def coalesce_streams(outputs):
    """Join consecutive stdout (or stderr) pieces, which a kernel flushes at arbitrary moments."""
    merged = []
    for out in outputs:
        if (out.output_type == "stream" and merged and merged[-1].output_type == "stream"
                and merged[-1].name == out.name):
            merged[-1].text += out.text
        else:
            merged.append(out)
    return merged


def execute(nb, folder: Path, timeout: int = 600) -> None:
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            store_widget_state=False,
                            resources={"metadata": {"path": str(folder)}})
    client.execute()


def edition(name: str) -> tuple[Path, str, str]:
    """``01_sigmoid`` or ``ko/01_sigmoid`` -> (path, stem, language)."""
    if name.startswith("ko/"):
        return KOREAN / f"{name[3:]}.ipynb", name[3:], "ko"
    return NOTEBOOKS / f"{name}.ipynb", name, "en"


def write(nb, path: Path, language: str) -> None:
    tidy(nb, language)
    nbformat.validate(nb)
    text = nbformat.writes(nb) + "\n"
    if not path.exists() or text != path.read_text(encoding="utf-8"):   # untouched files are not rewritten
        path.write_text(text, encoding="utf-8")


def process(names, run: bool) -> None:
    for name in names:
        path, stem, language = edition(name)
        nb = nbformat.read(path, as_version=4)
        write_navigation(nb, stem, language)
        if run:
            print(f"executing {path.relative_to(ROOT)} ...", flush=True)
            execute(nb, path.parent)
        write(nb, path, language)


def everything() -> list[str]:
    """Every notebook of both editions, English first."""
    stems = [stem for stem, _ in present()]
    return stems + [f"ko/{stem}" for stem in stems if (KOREAN / f"{stem}.ipynb").exists()]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["nav", "run", "stale", "export-ko", "import-ko"])
    parser.add_argument("notebooks", nargs="*", help="names such as 01_sigmoid or ko/01_sigmoid (default: all); "
                                                      "import-ko: a stem and the file of translations")
    parser.add_argument("--all", action="store_true", help="export-ko: every cell, not only the stale ones")
    args = parser.parse_args(argv)
    if args.command == "import-ko":
        if len(args.notebooks) != 2:
            parser.error("import-ko takes a stem and a file: import-ko 01_sigmoid todo.md")
        stem, source = args.notebooks
        KOREAN.mkdir(exist_ok=True)
        korean = import_korean(stem, read_translations(Path(source).read_text(encoding="utf-8")))
        write(korean, KOREAN / f"{stem}.ipynb", "ko")
        print(f"wrote notebooks/ko/{stem}.ipynb; execute it with: python tools/notebooks.py run ko/{stem}")
        return 0
    known = everything()
    names = [n.removesuffix(".ipynb") for n in args.notebooks] or known
    if args.command == "export-ko":
        for name in names:
            if not name.startswith("ko/"):
                print(export_korean(name, args.all), end="")
        return 0
    if args.command == "stale":
        problems = [f"ko/{stem}: {p}" for stem, _ in present()
                    for p in (stale(nbformat.read(NOTEBOOKS / f"{stem}.ipynb", as_version=4),
                                    nbformat.read(KOREAN / f"{stem}.ipynb", as_version=4))
                              if (KOREAN / f"{stem}.ipynb").exists() else ["no Korean notebook"])]
        print("\n".join(problems) or "the Korean edition is in step with the English")
        return 1 if problems else 0
    unknown = [n for n in names if n not in known]
    if unknown:
        parser.error(f"no such notebook in the series: {', '.join(unknown)}")
    process(known, run=False)                    # every navigation cell, as the series grows
    if args.command == "run":
        process(names, run=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
