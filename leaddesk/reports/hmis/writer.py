"""Writes an HMIS export as HUD's CSV files: one file per FY2026 file, each with its header row, in UTF-8,
strings in double quotes (a quote inside doubled) and numbers, dates (YYYY-MM-DD) and times
(YYYY-MM-DD HH:MM:SS) bare, an empty field for no value, lines ended CRLF. Into a new folder, or a .zip
when the path ends so.

Nothing half-written is ever left where the export was asked to go: the files are written into a private
temporary folder or file beside it (0700 / 0600: they hold participants' records) and renamed into place
only once complete, so an export that fails leaves nothing behind, and the digest that the audit records
is of exactly what was put there."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import uuid4

from leaddesk.reports.hmis.columns import FILES, header
from leaddesk.reports.hmis.context import Row
from leaddesk.reports.hmis.export import HmisExport

ZIP_SUFFIX = ".zip"


class ExportNotWritten(OSError):
    """The export could not be put at the path asked for; nothing was left there."""


@dataclass(frozen=True)
class Written:
    path: Path
    digest: str  # SHA-256 of the .zip, or of the folder's files (each name and its SHA-256, in order)
    files: int


def field_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return '"' + value.replace('"', '""') + '"'
    if isinstance(value, bool):
        raise TypeError("a yes/no goes to HMIS as its code (0 or 1), never as a boolean")
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(int(value))


def file_text(name: str, rows: list[Row]) -> bytes:
    columns = header(name)
    lines = [",".join(columns)]
    for row in rows:
        unknown = set(row) - set(columns)
        if unknown:
            raise ValueError(f"{name}.csv has no column {sorted(unknown)[0]}")
        lines.append(",".join(field_text(row.get(c)) for c in columns))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def write_export(
    export: HmisExport, path: Path, *, record: Callable[[Written], object] | None = None
) -> Written:
    """Write every file of the format (those with no rows: their header alone) at `path`: a folder that
    must not exist yet, or a .zip file (replaced if there). `record`, if given, is called with what was
    written once it is complete and before it is put in place (the audit: an export that could be taken
    away is always in it; one that `record` refuses is removed). ExportNotWritten if it cannot be done."""
    contents = {f"{name}.csv": file_text(name, export.files.get(name, [])) for name in FILES}
    part = path.with_name(f".{path.name}.{uuid4().hex[:12]}.part")
    zipped = path.suffix.lower() == ZIP_SUFFIX
    try:
        if not zipped and path.exists():
            raise FileExistsError(17, "it is already there; give a new folder", str(path))
        (_write_zip if zipped else _write_folder)(part, contents)
        digest = hashlib.sha256(part.read_bytes()).hexdigest() if zipped else _folder_digest(contents)
        written = Written(path=path, digest=digest, files=len(contents))
        if record is not None:
            record(written)
        (os.replace if zipped else os.rename)(part, path)
    except OSError as exc:
        _remove(part)
        reason = exc.strerror or str(exc)
        raise ExportNotWritten(
            f"The HMIS export could not be written to {path} ({reason}); check the path and that you may "
            "write there. Nothing was written."
        ) from None
    except BaseException:
        _remove(part)
        raise
    return written


def _write_zip(part: Path, contents: dict[str, bytes]) -> None:
    os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)


def _write_folder(part: Path, contents: dict[str, bytes]) -> None:
    part.mkdir(mode=0o700)
    for name, data in contents.items():
        fd = os.open(part / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)


def _folder_digest(contents: dict[str, bytes]) -> str:
    whole = hashlib.sha256()
    for name, data in contents.items():
        whole.update(f"{name} {hashlib.sha256(data).hexdigest()}\n".encode())
    return whole.hexdigest()


def _remove(part: Path) -> None:
    if part.is_dir():
        shutil.rmtree(part, ignore_errors=True)
        return
    # A part that was never made (its folder is not one) leaves nothing to remove.
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        part.unlink()
