"""Shared fixtures: a fresh encrypted profile per test, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import Phase, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI must not go red on a fresh random draw nobody can reproduce: it runs a fixed, derandomized search.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
# A long search on demand, reporting the first failure as found (the state machines' examples do not
# always replay alike, so shrinking them can end in a FlakyStrategyDefinition instead of the failure).
settings.register_profile(
    "search", deadline=None, print_blob=True, phases=[Phase.explicit, Phase.generate], database=None
)
PROFILE_ENV = "LEADDESK_HYPOTHESIS_PROFILE"  # e.g. "search"
settings.load_profile(os.environ.get(PROFILE_ENV) or ("ci" if os.environ.get("CI") else "dev"))

from leaddesk.domain import Participant  # noqa: E402
from leaddesk.domain.clock import hold_today, local_today  # noqa: E402
from leaddesk.storage.profile import create_profile  # noqa: E402
from leaddesk.storage.store import Store  # noqa: E402
from tests.kdf import FAST_FOR_TESTS  # noqa: E402

# One calendar day for the whole run: a run that crosses midnight would otherwise give a form's "today"
# one date and the test that reads it back another (CI starts at any hour). Module-level values computed
# at import (TODAY = local_today()) see the held day too, since this file is imported first.
hold_today(local_today())

PASSPHRASE = "correct horse battery staple"
PROFILE = "Casey Morgan"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private LEADDESK_HOME so no test touches the real profiles folder."""
    folder = tmp_path / "home"
    monkeypatch.setenv("LEADDESK_HOME", str(folder))
    return folder


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    """An unlocked, empty profile with cheap key-derivation parameters."""
    created = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    yield created.store
    created.store.close(audit=False)


@pytest.fixture
def participant(store: Store) -> Participant:
    return store.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", aliases=["JQ"], team_id="north")
    )


@pytest.fixture(autouse=True, scope="session")
def _english_as_in_the_us() -> None:
    """Screens write dates and numbers in the default QLocale (leaddesk/ui/display.py); the tests read
    them as `--language en` writes them, whatever the machine's own locale is."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def _widgets_deleted() -> Iterator[None]:
    """After each test, the widgets it closed are deleted at once. pytest-qt closes a test's widgets
    and asks Qt to delete them later, which only an event loop does; between tests none runs, so
    thousands piled up, and every style sheet applied afterwards restyled them all (a look test took
    16 s in the full run)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
