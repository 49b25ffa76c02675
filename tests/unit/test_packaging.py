"""An installed copy carries what a checkout has: every module, and resources/ (icons, style sheets,
compiled translations, the reports' PDF font) as the package data leaddesk.resources, found by a wheel as
by a checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What setuptools needs to build the wheel: the package, the mapped resources, the build files.
SOURCES = ("leaddesk", "resources", "pyproject.toml", "setup.py", "README.md")
# pyproject's package-data for leaddesk.resources
SHIPPED = ("*.svg", "*.png", "*.qss", "*.toml", "*.qm", "*.ttf", "*.txt")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(path, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "-w", str(out), "--no-deps", "-q"],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("leaddesk-*.whl")
    with zipfile.ZipFile(built) as archive:
        return set(archive.namelist())


@pytest.mark.slow
def test_the_wheel_carries_every_module(wheel: set[str]) -> None:
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "leaddesk").rglob("*.py")}
    assert modules - wheel == set()


@pytest.mark.slow
def test_the_wheel_carries_the_resources(wheel: set[str]) -> None:
    resources = ROOT / "resources"
    expected = {
        "leaddesk/resources/" + path.relative_to(resources).as_posix()
        for pattern in SHIPPED
        for path in resources.rglob(pattern)
    }
    assert "leaddesk/resources/icons/app.svg" in expected
    assert "leaddesk/resources/styles/leaddesk.qss" in expected
    assert {"leaddesk/resources/styles/light.toml", "leaddesk/resources/styles/dark.toml"} <= expected
    fonts = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVu-LICENSE.txt"}
    assert {f"leaddesk/resources/fonts/{name}" for name in fonts} <= expected
    assert expected - wheel == set()
    assert "leaddesk/resources/__init__.py" in wheel
    assert not any(name.endswith(".ts") or name.endswith(".md") for name in wheel if "/resources/" in name)
