"""Export lessons as self-contained HTML handouts, with their committed figures and numbers.

    python tools/handout.py 01_sigmoid            # -> handouts/01_sigmoid.html
    python tools/handout.py --all                 # every notebook
    python tools/handout.py 03_relu --no-code     # outputs and text only

The committed notebooks are already executed, so nothing is run: the handout shows exactly what
the notebook shows on GitHub. Explorers need a kernel, so a handout has the static figures only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


def _names() -> list[str]:
    """Every notebook of both editions: 01_sigmoid, ..., ko/01_sigmoid, ..."""
    return [str(p.relative_to(NOTEBOOKS).with_suffix("")) for p in
            sorted(NOTEBOOKS.glob("*.ipynb")) + sorted(NOTEBOOKS.glob("ko/*.ipynb"))]


def export(stem: str, out_dir: Path, no_code: bool = False) -> Path:
    path = NOTEBOOKS / f"{stem}.ipynb"
    if not path.exists():
        known = ", ".join(_names())
        raise SystemExit(f"no notebook {stem!r}; the notebooks are: {known}")
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as error:                  # not JSON, or not a notebook
        raise SystemExit(f"{path} is not a readable notebook: {error}") from None
    exporter = HTMLExporter(template_name="lab", exclude_input=no_code, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    target = out_dir / f"{stem.replace('/', '-')}.html"          # ko/01_sigmoid -> ko-01_sigmoid.html
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    except OSError as error:
        raise SystemExit(f"cannot write {target}: {error.strerror or error}") from None
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", help="names such as 01_sigmoid, or ko/01_sigmoid (Korean edition)")
    parser.add_argument("--all", action="store_true", help="every notebook")
    parser.add_argument("--no-code", action="store_true", help="hide the code cells")
    parser.add_argument("--out", type=Path, default=ROOT / "handouts", help="output folder (default: handouts/)")
    args = parser.parse_args(argv)
    stems = _names() if args.all else [n.removesuffix(".ipynb") for n in args.notebooks]
    if not stems:
        parser.error("name at least one notebook, or use --all")
    if args.out.exists() and not args.out.is_dir():
        parser.error(f"--out names the folder to write into, and {args.out} is a file")
    for stem in stems:
        print(f"wrote {export(stem, args.out, args.no_code)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
