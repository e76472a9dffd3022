"""Reproduce what Binder builds, in a fresh virtual environment, and run the notebooks there.

    python tools/binder_check.py              # the Python that binder/runtime.txt names
    python tools/binder_check.py --python 3.12

Binder (repo2docker) sees the binder/ folder, so it ignores the root files; it installs the Python
named in binder/runtime.txt (3.10 if none is named) and runs `pip install -r
binder/requirements.txt` from the repository root, which installs the root requirements and
`actlab` (`-e .`). This script does the same in a temporary folder with that Python (found on PATH
as pythonX.Y, or in pyenv), adds only pytest and nbval (at the versions of requirements-test.txt),
and runs every notebook under strict nbval. It exits non-zero if anything fails.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def runtime_version() -> str:
    runtime = ROOT / "binder" / "runtime.txt"
    if not runtime.exists():
        return "3.10"               # repo2docker's default
    match = re.fullmatch(r"python-(\d+\.\d+)\s*", runtime.read_text())
    if not match:
        raise SystemExit(f"binder/runtime.txt should read python-X.Y, not {runtime.read_text()!r}")
    return match.group(1)


def find_python(version: str) -> str:
    found = shutil.which(f"python{version}")
    candidates = ([found] if found else []) + sorted(
        glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}.*/bin/python{version}")), reverse=True)
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise SystemExit(f"no Python {version} found (looked for python{version} on PATH and in ~/.pyenv)")


def pinned(name: str) -> str:
    for line in (ROOT / "requirements-test.txt").read_text().splitlines():
        if line.split(";")[0].strip().startswith(f"{name}=="):
            return line.split(";")[0].strip()
    raise SystemExit(f"requirements-test.txt pins no {name}")


def run(command, **kwargs):
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", help="X.Y to use instead of binder/runtime.txt's")
    args = parser.parse_args(argv)
    version = args.python or runtime_version()
    python = find_python(version)
    with tempfile.TemporaryDirectory(prefix="binder-check-") as tmp:
        venv = Path(tmp) / "env"
        run([python, "-m", "venv", str(venv)])
        bin_dir = venv / "bin"
        run([bin_dir / "pip", "install", "-q", "-r", "binder/requirements.txt"], cwd=ROOT)
        run([bin_dir / "pip", "install", "-q", pinned("pytest"), pinned("nbval")], cwd=ROOT)
        run([bin_dir / "python", "-c", "import sys, actlab; print('Python', sys.version.split()[0], '- actlab from', actlab.__file__)"],
            cwd=tmp)
        run([bin_dir / "python", "-m", "pytest", "-p", "no:cacheprovider", "notebooks"], cwd=ROOT)
    print(f"Binder set-up on Python {version}: the notebooks pass.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
