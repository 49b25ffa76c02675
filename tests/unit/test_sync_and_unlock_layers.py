"""The sync screens, the unlock and profile screens and the main window reach the data only through the
desk (DESIGN.md §1, issue 12): from leaddesk they import ui, desk, domain and the error modules, and
never name `.repos.` or the session's transitional `store`. (tests/unit/test_layers.py holds every
screen to this once the other screens have moved too.)"""

from __future__ import annotations

import re

from tests.unit.test_layers import PACKAGE, imports_of, module_name

SCREENS = sorted(
    [
        *PACKAGE.glob("ui/sync/*.py"),
        *PACKAGE.glob("ui/unlock_*.py"),
        *PACKAGE.glob("ui/profile_*.py"),
        PACKAGE / "ui" / "main_window.py",
        PACKAGE / "ui" / "idle.py",
        PACKAGE / "ui" / "worker.py",
    ]
)
ERRORS = {"leaddesk.storage.errors", "leaddesk.sync.errors", "leaddesk.domain.errors"}
ALLOWED = ("leaddesk.ui", "leaddesk.desk", "leaddesk.domain")


def reaches_past_the_desk(imported: str) -> bool:
    if not imported.startswith("leaddesk.") or imported in ERRORS:
        return False
    if any(imported.startswith(error + ".") for error in ERRORS):
        return False
    return not any(imported == layer or imported.startswith(layer + ".") for layer in ALLOWED)


def test_these_screens_import_only_the_desk_domain_and_errors() -> None:
    found = []
    for path in SCREENS:
        name = module_name(path)
        source = path.read_text()
        imported = imports_of(source, module=name, is_package=path.name == "__init__.py")
        found += [f"{name} imports {i}" for i in sorted(imported) if reaches_past_the_desk(i)]
        if re.search(r"\.repos\.|session\.store\b", source):
            found.append(f"{name} reaches into the store")
    assert found == []


def test_the_check_sees_a_screen_that_reaches_past_the_desk() -> None:
    assert reaches_past_the_desk("leaddesk.storage.replica.Replica")
    assert reaches_past_the_desk("leaddesk.sync.engine")
    assert not reaches_past_the_desk("leaddesk.storage.errors.StorageError")
    assert not reaches_past_the_desk("leaddesk.desk.syncing.SyncReport")
