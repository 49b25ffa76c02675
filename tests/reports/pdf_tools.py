"""poppler-utils for the PDF tests: the text of a PDF (pdftotext), its page count (pdfinfo) and a page
as a PNG (pdftoppm). A test that needs them fails, saying how to install them, when they are missing:
.ci/run installs them, so CI never skips what it cannot read."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} is needed to read the reports' PDFs: install poppler-utils "
            "(apt-get install poppler-utils; .ci/run does)"
        )
    return found


def pdf_text(path: Path, *, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    done = subprocess.run(
        [tool("pdftotext"), "-layout", *pages, str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


def page_count(path: Path) -> int:
    done = subprocess.run([tool("pdfinfo"), str(path)], check=True, capture_output=True, text=True)
    line = next(line for line in done.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def page_png(path: Path, *, page: int, out: Path) -> Path:
    """The page drawn at 50 dpi, as out.png."""
    subprocess.run(
        [
            tool("pdftoppm"),
            "-png",
            "-r",
            "50",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return out.with_suffix(".png")
