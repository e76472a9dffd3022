"""Maintain the notebooks: write their navigation cells and re-execute them in place.

    python tools/notebooks.py nav                 # rewrite every navigation cell
    python tools/notebooks.py run                 # nav, then execute every notebook in place
    python tools/notebooks.py run 01_sigmoid      # ... or only the ones named

Execution is deterministic: the notebooks seed their own randomness, cell ids are kept
(missing ones get ids from their position), and no timestamps or widget state are stored.
The navigation cell is found by its marker, so running this twice changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
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
    ("explorer", "Explorer"),
]

# Where the series is published; the Binder links are built from it.
REPOSITORY = "actlab-org/activation-functions"
BINDER = "https://mybinder.org/v2/gh/{repo}/HEAD?urlpath=lab/tree/notebooks/{stem}.ipynb"
BADGE = "https://mybinder.org/badge_logo.svg"


def present() -> list[tuple[str, str]]:
    """The notebooks of the series that exist, in order."""
    return [(stem, title) for stem, title in SERIES if (NOTEBOOKS / f"{stem}.ipynb").exists()]


def navigation(stem: str) -> str:
    """The markdown of the navigation cell of notebook ``stem``."""
    series = present()
    stems = [s for s, _ in series]
    i = stems.index(stem)
    parts = []
    if i > 0:
        parts.append(f"[← {series[i - 1][1]}]({stems[i - 1]}.ipynb)")
    if stem != "00_index":
        parts.append("[Index](00_index.ipynb)")
    if i + 1 < len(series):
        parts.append(f"[{series[i + 1][1]} →]({stems[i + 1]}.ipynb)")
    binder = BINDER.format(repo=REPOSITORY, stem=stem)
    parts.append(f"[![Open in Binder]({BADGE})]({binder})")
    return f"{MARKER}\n" + " · ".join(parts)


def write_navigation(nb, stem: str) -> None:
    """Put the navigation cell first, replacing an earlier one found by its marker."""
    source = navigation(stem)
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.startswith(MARKER):
            cell.source = source
            return
    cell = nbformat.v4.new_markdown_cell(source)
    cell.id = "navigation"
    nb.cells.insert(0, cell)


def tidy(nb) -> None:
    """Stable ids, whole stream outputs, no timing or widget state in the metadata."""
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
        if cell.cell_type == "code":
            cell.outputs = [still(out) for out in coalesce_streams(cell.outputs)]
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python",
                                 "name": "python3"}
    nb.metadata.get("language_info", {}).pop("version", None)


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_PLACEHOLDER = "[An interactive explorer: run this cell in Jupyter (Run → Run All Cells) to use it.]"


def still(output):
    """A widget's output without its view: the view names a random model id (which would change
    the file on every run) and no widget state is stored, so it could never render anyway. The
    text a static viewer (GitHub, a handout) shows instead says what the cell is."""
    data = output.get("data", {})
    if WIDGET_VIEW in data:
        del data[WIDGET_VIEW]
        data["text/plain"] = WIDGET_PLACEHOLDER
    return output


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


def execute(nb, timeout: int = 600) -> None:
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            store_widget_state=False,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()


def process(stems, run: bool) -> None:
    for stem in stems:
        path = NOTEBOOKS / f"{stem}.ipynb"
        nb = nbformat.read(path, as_version=4)
        write_navigation(nb, stem)
        if run:
            print(f"executing {path.relative_to(ROOT)} ...", flush=True)
            execute(nb)
        tidy(nb)
        nbformat.validate(nb)
        text = nbformat.writes(nb) + "\n"
        if text != path.read_text(encoding="utf-8"):     # untouched files are not rewritten
            path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["nav", "run"])
    parser.add_argument("notebooks", nargs="*", help="stems such as 01_sigmoid (default: all)")
    args = parser.parse_args(argv)
    known = [stem for stem, _ in present()]
    stems = [Path(n).stem for n in args.notebooks] or known
    unknown = [s for s in stems if s not in known]
    if unknown:
        parser.error(f"no such notebook in the series: {', '.join(unknown)}")
    process(known, run=False)                    # every navigation cell, as the series grows
    if args.command == "run":
        process(stems, run=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
