"""Export lessons as self-contained handouts (HTML, or PDF) that need no network to read.

    python tools/handout.py 01_sigmoid            # -> handouts/01_sigmoid.html
    python tools/handout.py --all                 # every notebook of both editions
    python tools/handout.py 03_relu --no-code     # outputs and text only
    python tools/handout.py 01_sigmoid --pdf      # also handouts/01_sigmoid.pdf (Chromium prints it)

The committed notebooks are already executed, so nothing is run: the handout shows exactly what
the notebook shows. Nothing in it is fetched from the network (a lecture hall, a printed copy, a
PDF): the maths is turned into MathML, which browsers render themselves, instead of loading MathJax;
the figures are embedded; the navigation cell (whose badges are images on other sites) is left out;
and each explorer, which needs a kernel, is shown as a still image of its figure at its starting
settings, with a caption that says so.
"""

from __future__ import annotations

import argparse
import base64
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import nbformat
from latex2mathml.converter import convert as mathml
from nbconvert import HTMLExporter

from notebooks import WIDGET_PLACEHOLDER, is_navigation

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
TEMPLATES = Path(__file__).resolve().parent / "templates"
CHROMIUM = ("chromium", "chromium-browser", "google-chrome")

# Code (fenced, or a span of any number of backticks) is left alone; then display maths $$...$$ and
# inline maths $...$ by pandoc's rule: no space just inside the dollars, no digit just after the
# closing one ("$5 and $10" is money), no blank line inside, and an escaped \$ is a dollar.
MATHS = re.compile(r"(```.*?```|(`+).+?\2)"
                   r"|(?<!\\)\$\$(.+?)(?<!\\)\$\$"
                   r"|(?<![\\$])\$(?=\S)((?:[^$\n]|\n(?![ \t]*\n))+?)(?<=\S)(?<!\\)\$(?!\d)", re.S)
PLACEHOLDER = re.compile(r"HANDOUTMATHS\d{5}X")
# Chromium renders only mathvariant="normal"; other variants become the Unicode letters they stand for.
VARIANTS = {"bold": "BOLD", "double-struck": "DOUBLE-STRUCK", "script": "SCRIPT", "fraktur": "FRAKTUR",
            "bold-italic": "BOLD ITALIC", "sans-serif": "SANS-SERIF"}
DIGITS = "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()
CAPTION = {
    "en": "The explorer at its starting settings. Run the notebook in Jupyter to move its controls.",
    "ko": "탐색기의 처음 설정 그대로입니다. Jupyter에서 노트북을 실행하면 조작할 수 있습니다.",
}


def _names() -> list[str]:
    """Every notebook of both editions: 01_sigmoid, ..., ko/01_sigmoid, ..."""
    return [str(p.relative_to(NOTEBOOKS).with_suffix("")) for p in
            sorted(NOTEBOOKS.glob("*.ipynb")) + sorted(NOTEBOOKS.glob("ko/*.ipynb"))]


def _styled(variant: str, text: str) -> str:
    """``text`` in the mathematical letters of ``variant`` (𝔼 for double-struck E), where Unicode has them."""
    def letter(ch):
        kind = f"DIGIT {DIGITS[int(ch)]}" if ch.isdigit() else f"{'CAPITAL' if ch.isupper() else 'SMALL'} {ch.upper()}"
        for name in (f"MATHEMATICAL {VARIANTS[variant]} {kind}", f"{VARIANTS[variant]} {kind}"):
            try:
                return unicodedata.lookup(name)
            except KeyError:
                pass
        return ch
    return "".join(letter(ch) for ch in text)


def to_mathml(tex: str, display: str) -> str:
    """One formula as MathML that Chromium renders as MathJax would; a clear error if it cannot be."""
    tex = re.sub(r"\\sim(?![A-Za-z])", r"\\thicksim", tex)          # latex2mathml makes \sim an ASCII ~
    try:
        result = mathml(tex.strip(), display=display)
        result = re.sub(rf'<(mi|mn) mathvariant="({"|".join(VARIANTS)})">([A-Za-z0-9]+)</\1>',
                        lambda m: f"<{m[1]}>{_styled(m[2], m[3])}</{m[1]}>", result)
        ElementTree.fromstring(result)                                  # well-formed: nothing leaks into the page
    except Exception as error:
        raise SystemExit(f"cannot turn the formula ${tex}$ into MathML: {error}") from None
    return result


class Formulas:
    """The formulas of a notebook, each replaced by a placeholder until the page is exported.

    Placeholders, not MathML, go through the Markdown renderer, which would otherwise read the ``_``
    and ``*`` inside MathML as emphasis."""

    def __init__(self):
        self.mathml: dict[str, str] = {}
        self.anchor: dict[str, str] = {}        # in an attribute (a heading's id), the TeX's letters

    def add(self, tex: str, display: str) -> str:
        key = f"HANDOUTMATHS{len(self.mathml):05d}X"
        self.mathml[key] = to_mathml(tex, display)
        self.anchor[key] = re.sub(r"[^\w-]", "", tex)
        return key

    def replace_in(self, source: str) -> str:
        """Markdown ``source`` with each formula replaced by its placeholder."""
        def replace(match):
            if match.group(1):
                return match.group(1)
            if match.group(3) is not None:
                return self.add(match.group(3), "block")
            return self.add(match.group(4), "inline")
        return MATHS.sub(replace, source)

    def put_back(self, body: str) -> str:
        """The exported page with each placeholder replaced by its MathML (in attributes, by its letters)."""
        body = re.sub(r'="[^"<>]*HANDOUTMATHS[^"<>]*"',
                      lambda m: PLACEHOLDER.sub(lambda k: self.anchor[k.group(0)], m.group(0)), body)
        return PLACEHOLDER.sub(lambda m: self.mathml[m.group(0)], body)


def _captioned_still(output, language: str):
    """An explorer's output as its still image with a caption (tools/notebooks.py `still` kept the image)."""
    data = output.get("data", {})
    if data.get("text/plain") in WIDGET_PLACEHOLDER.values() and "image/png" in data:
        output["data"] = {"text/html": (
            '<figure class="handout-explorer">'
            f'<img alt="" src="data:image/png;base64,{data["image/png"].strip()}">'
            f"<figcaption>{html.escape(CAPTION[language])}</figcaption></figure>")}
    return output


def offline(nb, language: str = "en") -> Formulas:
    """Make ``nb`` need nothing from the network; returns its formulas, to put back after the export."""
    formulas = Formulas()
    nb.cells = [cell for cell in nb.cells if not is_navigation(cell)]
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = formulas.replace_in(cell.source)
        for output in cell.get("outputs", []):
            _captioned_still(output, language)
            data = output.get("data", {})
            if "text/latex" in data:                   # IPython's Math(...): its LaTeX, as MathML
                key = formulas.add(data.pop("text/latex").strip().strip("$"), "block")
                output["data"] = {"text/html": key, **{k: v for k, v in data.items() if k != "text/html"}}
    return formulas


def export(stem: str, out_dir: Path, no_code: bool = False, pdf: bool = False) -> Path:
    path = NOTEBOOKS / f"{stem}.ipynb"
    if not path.exists():
        known = ", ".join(_names())
        raise SystemExit(f"no notebook {stem!r}; the notebooks are: {known}")
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as error:                  # not JSON, or not a notebook
        raise SystemExit(f"{path} is not a readable notebook: {error}") from None
    formulas = offline(nb, "ko" if stem.startswith("ko/") else "en")
    exporter = HTMLExporter(extra_template_basedirs=[str(TEMPLATES)], template_name="handout",
                            exclude_input=no_code, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    body = formulas.put_back(body)
    target = out_dir / f"{stem.replace('/', '-')}.html"          # ko/01_sigmoid -> ko-01_sigmoid.html
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    except OSError as error:
        raise SystemExit(f"cannot write {target}: {error.strerror or error}") from None
    if pdf:
        print_pdf(target, target.with_suffix(".pdf"))
    return target


def print_pdf(page: Path, target: Path) -> Path:
    """Print an HTML handout to PDF with headless Chromium (Debian: `apt-get install chromium`)."""
    browser = next((shutil.which(name) for name in CHROMIUM if shutil.which(name)), None)
    if browser is None:
        raise SystemExit("--pdf prints with Chromium, which was not found: install it (apt-get install chromium)")
    target.unlink(missing_ok=True)                  # so an old copy cannot pass for a new one
    sandbox = ["--no-sandbox"] if os.geteuid() == 0 else []          # Chromium refuses root with a sandbox
    with tempfile.TemporaryDirectory() as profile:
        try:
            result = subprocess.run(
                [browser, "--headless", *sandbox, "--disable-gpu", f"--user-data-dir={profile}",
                 "--no-pdf-header-footer", f"--print-to-pdf={target}", page.resolve().as_uri()],
                capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            raise SystemExit(f"Chromium did not finish printing {page} within 5 minutes") from None
    if result.returncode or not target.exists():
        raise SystemExit(f"Chromium could not print {page}: {result.stderr.strip()[-500:]}")
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", help="names such as 01_sigmoid, or ko/01_sigmoid (Korean edition)")
    parser.add_argument("--all", action="store_true", help="every notebook")
    parser.add_argument("--no-code", action="store_true", help="hide the code cells")
    parser.add_argument("--pdf", action="store_true", help="also print each handout to PDF (needs Chromium)")
    parser.add_argument("--out", type=Path, default=ROOT / "handouts", help="output folder (default: handouts/)")
    args = parser.parse_args(argv)
    stems = _names() if args.all else [n.removesuffix(".ipynb") for n in args.notebooks]
    if not stems:
        parser.error("name at least one notebook, or use --all")
    if args.out.exists() and not args.out.is_dir():
        parser.error(f"--out names the folder to write into, and {args.out} is a file")
    for stem in stems:
        target = export(stem, args.out, args.no_code, args.pdf)
        print(f"wrote {target}" + (f" and {target.with_suffix('.pdf')}" if args.pdf else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
