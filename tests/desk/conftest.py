"""The desk over a fresh encrypted profile per test (the `store` fixture of tests/conftest.py)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from leaddesk.desk import Desk
from leaddesk.storage.store import Store

# Eight hours behind UTC all year (a POSIX zone: no tz database needed): a contact at 21:30 here is on
# the next day in UTC.
PACIFIC_TZ = "PST+08"


@pytest.fixture
def desk(store: Store) -> Desk:
    return Desk(store)


@pytest.fixture
def pacific() -> Iterator[None]:
    """The laptop's clock set to a zone behind UTC for one test (the computer's zone is the one thing
    here that would otherwise be whatever the machine running the tests has)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = PACIFIC_TZ
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
