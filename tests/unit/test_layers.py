"""The layer rules of DESIGN.md §1, checked on the imports every module actually makes."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "leaddesk"
PURE_SYNC = {"leaddesk.sync.protocol"}  # the one module of sync the server may use
# The error types a screen may catch and explain, whatever layer raises them (DESIGN.md §1).
ERROR_MODULES = ("leaddesk.domain.errors", "leaddesk.storage.errors", "leaddesk.sync.errors")
QT_WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPdfWidgets", "PySide6.QtCharts")


# A screen that names the repositories or the session's store has gone past the desk, whatever it imports.
STORE_REACH = re.compile(r"\.repos\.|\bsession\.store\b|\b_store\b")


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(source: str, *, module: str, is_package: bool) -> set[str]:
    """Every module an import statement names, absolute; relative imports are resolved."""
    tree = ast.parse(source)
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def layer_of(module: str) -> str:
    parts = module.split(".")
    if any(module == pure or module.startswith(pure + ".") for pure in PURE_SYNC):
        return "protocol"
    if len(parts) < 2 or parts[1] in ("app", "__main__", "demo", "packaging"):
        # The composition root (app.py) may import every layer; the demo composes an office and
        # seeded laptops for it, and is part of it; packaging builds the bundle from the root's
        # entry points and is a tool beside it (nothing imports it).
        return "root"
    return parts[1]


def allowed(importer: str, imported: str) -> bool:
    """May `importer` import `imported` (both leaddesk modules)? DESIGN.md §1, as written there."""
    source, target = layer_of(importer), layer_of(imported)
    if source == target or imported in ("leaddesk", "leaddesk.__version__"):
        return True
    if source == "ui" and any(imported == e or imported.startswith(e + ".") for e in ERROR_MODULES):
        return True
    rules: dict[str, set[str]] = {
        "domain": set(),
        "storage": {"domain"},
        "protocol": {"domain"},  # sync/protocol.py: the wire format, known only to sync and server
        "sync": {"domain", "storage", "protocol"},
        "reports": {"domain"},
        "desk": {"domain", "storage", "sync", "reports"},
        "server": {"domain", "reports", "protocol"},
        "ui": {"domain", "desk"},
        "root": {"domain", "storage", "sync", "server", "reports", "desk", "ui"},
    }
    return target in rules[source]


def violations(modules: list[tuple[str, str, bool]]) -> list[str]:
    """Broken rules in (module name, source, is a package) triples."""
    found = []
    for importer, source, is_package in modules:
        if layer_of(importer) == "ui" and STORE_REACH.search(source):
            found.append(f"{importer} reaches into the store (.repos. or session.store): ask the desk")
        for imported in imports_of(source, module=importer, is_package=is_package):
            if imported.startswith("leaddesk") and not allowed(importer, imported):
                found.append(f"{importer} imports {imported}")
            uses_widgets = imported.startswith(QT_WIDGETS) or imported in ("PySide6", "shiboken6")
            if uses_widgets and layer_of(importer) not in ("ui", "root"):
                found.append(f"{importer} imports {imported} (Qt widgets belong to leaddesk.ui)")
            if imported.split(".")[0] in ("sqlcipher3", "sqlite3") and layer_of(importer) == "ui":
                found.append(f"{importer} imports {imported} (SQL belongs to leaddesk.storage)")
    return found


def tree_violations(package: Path) -> list[str]:
    """Broken rules in every module of the package at `package` (a folder named leaddesk)."""
    files = sorted(package.rglob("*.py"))
    modules = [
        (module_name(f, package), f.read_text(encoding="utf-8"), f.name == "__init__.py") for f in files
    ]
    return violations(modules)


def test_the_package_keeps_its_layers() -> None:
    assert len(list(PACKAGE.rglob("*.py"))) > 20
    assert tree_violations(PACKAGE) == []


def test_a_deliberate_violation_in_a_copy_of_the_package_is_caught(tmp_path: Path) -> None:
    """The whole-tree check, run on a copy of the package where one screen reaches for the store and
    one storage module for the wire format: both are named."""
    copy = tmp_path / "leaddesk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    screen = copy / "ui" / "caseload_page.py"
    screen.write_text(screen.read_text() + "\nfrom leaddesk.storage.store import Store\n")
    sneaky = copy / "ui" / "today_page.py"
    sneaky.write_text(sneaky.read_text() + "\n# rows = self.session.desk._store.repos.tasks.find()\n")
    storage = copy / "storage" / "replica.py"
    storage.write_text(storage.read_text() + "\nfrom leaddesk.sync.protocol import Removal\n")
    assert sorted(set(tree_violations(copy)) - set(tree_violations(PACKAGE))) == [
        "leaddesk.storage.replica imports leaddesk.sync.protocol",
        "leaddesk.storage.replica imports leaddesk.sync.protocol.Removal",
        "leaddesk.ui.caseload_page imports leaddesk.storage.store",
        "leaddesk.ui.caseload_page imports leaddesk.storage.store.Store",
        "leaddesk.ui.today_page reaches into the store (.repos. or session.store): ask the desk",
    ]


@pytest.mark.parametrize(
    ("module", "source", "problem"),
    [
        ("leaddesk.domain.bad", "from leaddesk.storage.store import Store\n", "leaddesk.domain.bad imports"),
        ("leaddesk.domain.bad", "from ..storage import store\n", "imports leaddesk.storage"),
        ("leaddesk.storage.bad", "import PySide6.QtWidgets\n", "Qt widgets belong"),
        ("leaddesk.storage.bad", "from PySide6 import QtWidgets\n", "Qt widgets belong"),
        ("leaddesk.domain.clock", "from leaddesk.storage import store\n", "leaddesk.domain.clock imports"),
        (
            "leaddesk.server.bad",
            "from leaddesk.sync.engine import SyncEngine\n",
            "leaddesk.server.bad imports",
        ),
        ("leaddesk.server.bad", "from leaddesk.storage import store\n", "leaddesk.server.bad imports"),
        ("leaddesk.storage.bad", "from leaddesk.ui import main_window\n", "leaddesk.storage.bad imports"),
        ("leaddesk.ui.bad", "import sqlcipher3\n", "SQL belongs"),
        ("leaddesk.ui.bad", "from sqlite3 import connect\n", "SQL belongs"),
        ("leaddesk.storage.bad", "from leaddesk.sync.protocol import RecordState\n", "storage.bad imports"),
        ("leaddesk.storage.bad", "from leaddesk.desk import Desk\n", "storage.bad imports"),
        ("leaddesk.reports.bad", "from leaddesk.storage.store import Store\n", "reports.bad imports"),
        ("leaddesk.server.bad", "from leaddesk.sync.client import SyncClient\n", "server.bad imports"),
        ("leaddesk.server.bad", "from leaddesk.desk import Desk\n", "server.bad imports"),
        ("leaddesk.desk.bad", "from leaddesk.server import push\n", "desk.bad imports"),
        ("leaddesk.desk.bad", "from leaddesk.ui.session import Session\n", "desk.bad imports"),
        ("leaddesk.desk.bad", "from PySide6.QtWidgets import QWidget\n", "Qt widgets belong"),
        ("leaddesk.sync.bad", "from leaddesk.desk import Desk\n", "sync.bad imports"),
        ("leaddesk.ui.bad", "from leaddesk.storage.store import Store\n", "ui.bad imports"),
        ("leaddesk.ui.bad", "from leaddesk.storage.repositories import notes\n", "ui.bad imports"),
        ("leaddesk.ui.bad", "from leaddesk.sync.engine import SyncEngine\n", "ui.bad imports"),
        ("leaddesk.ui.bad", "from leaddesk.sync.protocol import Change\n", "ui.bad imports"),
        ("leaddesk.ui.bad", "from leaddesk.app import main\n", "ui.bad imports"),
        ("leaddesk.ui.bad", "rows = session.desk.records._store.repos.notes.find()\n", "reaches into"),
        ("leaddesk.ui.bad", "store = self.session.store\n", "reaches into the store"),
        ("leaddesk.desk.bad", "from leaddesk.sync.protocol import Change\n", "desk.bad imports"),
        ("leaddesk.domain.bad", "from leaddesk.sync.protocol import Change\n", "domain.bad imports"),
    ],
)
def test_the_check_catches_a_wrong_import(module: str, source: str, problem: str) -> None:
    assert any(problem in v for v in violations([(module, source, False)]))


def test_the_check_allows_what_the_rules_allow() -> None:
    allowed_sources = [
        (
            "leaddesk.storage.x",
            "from leaddesk.domain import Participant\nfrom leaddesk.domain.clock import Stamp\n",
        ),
        ("leaddesk.sync.engine", "from leaddesk.storage.store import Store\n"),
        ("leaddesk.sync.engine", "from leaddesk.sync.protocol import PushRequest\n"),
        ("leaddesk.server.push", "from leaddesk.sync.protocol import PushRequest\n"),
        ("leaddesk.server.push", "from leaddesk.domain.merge import apply_change\n"),
        ("leaddesk.desk.x", "from leaddesk.storage.store import Store\nfrom leaddesk.sync import engine\n"),
        ("leaddesk.ui.x", "from PySide6.QtWidgets import QWidget\nfrom leaddesk.desk import Desk\n"),
        ("leaddesk.ui.x", "from leaddesk.storage.errors import WrongPassphrase\n"),
        ("leaddesk.ui.x", "from leaddesk.sync.errors import ServerUnreachable\n"),
        ("leaddesk.ui.x", "from leaddesk.domain.contact_due import is_overdue\n"),
        ("leaddesk.reports.x", "from leaddesk.domain import Participant\n"),
        ("leaddesk.app", "from leaddesk.ui.main_window import MainWindow\n"),
    ]
    assert violations([(m, s, False) for m, s in allowed_sources]) == []
