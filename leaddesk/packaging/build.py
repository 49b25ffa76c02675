"""The bundle's build: PyInstaller on packaging/leaddesk.spec, then what PyInstaller does not do:
translations compiled if the checkout has no .qm, the `leaddesk-server` link, a check that every
library in the folder finds the libraries it needs, and the .tar.gz."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path

import leaddesk
from leaddesk.packaging.contents import bundle_name
from leaddesk.packaging.entry import SERVER_COMMAND
from leaddesk.ui.xcb_libraries import package_of

ROOT = Path(leaddesk.__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "leaddesk.spec"
APP_COMMAND = "leaddesk"
INTERNAL = "_internal"  # PyInstaller's folder beside the executable


class BuildError(RuntimeError):
    """The bundle could not be built; the message says what to do."""


@dataclass(frozen=True)
class Built:
    folder: Path
    archive: Path
    folder_bytes: int
    archive_bytes: int
    seconds: float

    def describe(self) -> str:
        mib = 1024 * 1024
        return (
            f"Built {self.folder} ({self.folder_bytes / mib:.0f} MiB) and {self.archive} "
            f"({self.archive_bytes / mib:.0f} MiB) in {self.seconds:.0f} s."
        )


def build(*, out: Path, work: Path | None = None) -> Built:
    """The folder out/leaddesk-<version>-<system>-<machine>/ and its .tar.gz beside it."""
    started = time.monotonic()
    if not SPEC.is_file():
        raise BuildError(
            f"{SPEC} is not there: build from a checkout of LEAD Desk (git clone, then pip install -e .)."
        )
    run_pyinstaller(out=out, work=work or ROOT / "build" / "pyinstaller")
    folder = out / bundle_name()
    compile_missing_translations(folder / INTERNAL / "leaddesk" / "resources" / "translations")
    remove_dangling_links(folder)
    link_server_command(folder)
    if sys.platform.startswith("linux"):
        check_libraries(folder)
    archive = pack(folder)
    return Built(
        folder=folder,
        archive=archive,
        folder_bytes=folder_size(folder),
        archive_bytes=archive.stat().st_size,
        seconds=time.monotonic() - started,
    )


def run_pyinstaller(*, out: Path, work: Path) -> None:
    try:
        import PyInstaller  # noqa: F401 -- only to say how to get it before a long run fails
    except ModuleNotFoundError:
        raise BuildError('PyInstaller is not installed: pip install -e ".[package]"') from None
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(out), "--workpath", str(work), str(SPEC),
    ]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603 -- our own spec, our paths
    if done.returncode != 0:
        raise BuildError(f"PyInstaller stopped (exit {done.returncode}); its messages are above.")


def compile_missing_translations(folder: Path) -> list[Path]:
    """A .qm for each .ts in the bundle that came without one (a checkout where nobody compiled yet)."""
    sources = sorted(folder.glob("*.ts"))
    if all(ts.with_suffix(".qm").is_file() for ts in sources):
        return []
    from leaddesk.ui.translations import compile_translations

    return compile_translations(folder=folder)


def link_server_command(folder: Path) -> Path:
    """`leaddesk-server` beside `leaddesk`: the same executable, which reads the name it was started by
    (packaging/entry.py). A link on Linux and macOS; Windows gets a copy."""
    app = folder / (APP_COMMAND + (".exe" if sys.platform == "win32" else ""))
    server = app.with_name(SERVER_COMMAND + app.suffix)
    server.unlink(missing_ok=True)
    if sys.platform == "win32":
        shutil.copy2(app, server)
    else:
        server.symlink_to(app.name)
    return server


def remove_dangling_links(folder: Path) -> list[Path]:
    """PyInstaller links some libraries at the top of _internal; a link to one the spec dropped goes."""
    dangling = [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    for link in dangling:
        link.unlink()
    return dangling


def appimage_note() -> str:
    """An AppImage needs appimagetool, which no package index here carries."""
    if shutil.which("appimagetool") is None:
        return "No AppImage: appimagetool is not on PATH (packaging/appimage/README.md says how to make one)."
    return "appimagetool is on PATH: packaging/appimage/README.md makes the AppImage from this folder."


def check_libraries(folder: Path) -> None:
    """Every executable and library in the folder finds what it links against, in the folder or on this
    machine: a plugin whose library was left out would otherwise fail only on a user's desktop."""
    internal = folder / INTERNAL
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing: dict[str, set[str]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or not _is_elf(path):
            continue
        listing = subprocess.run(  # noqa: S603 -- ldd on our own files
            ["ldd", str(path)],  # noqa: S607 -- the system's ldd, wherever PATH has it
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        for line in listing.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(str(path.relative_to(folder)))
    if missing:
        detail = "; ".join(f"{lib} (for {', '.join(sorted(users)[:3])})" for lib, users in missing.items())
        packages = sorted({p for lib in missing if (p := package_of(lib))})
        install = f" Install them on this machine (sudo apt install {' '.join(packages)})" if packages else ""
        raise BuildError(
            f"the bundle's libraries need libraries it does not carry: {detail}.{install} so that the "
            "bundle carries them, and build again."
        )


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def pack(folder: Path) -> Path:
    """folder.tar.gz beside the folder, links kept as links, the folder's name as its top level."""
    archive = folder.with_name(folder.name + ".tar.gz")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return archive


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
