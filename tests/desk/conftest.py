"""The desk over a fresh encrypted profile per test (the `store` fixture of tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from leaddesk.desk import Desk
from leaddesk.storage.store import Store
from tests.laptop_zone import PACIFIC_ZONE, laptop_zone


@pytest.fixture
def desk(store: Store) -> Desk:
    return Desk(store)


@pytest.fixture
def pacific() -> Iterator[None]:
    """The laptop's clock in a zone eight hours behind UTC for one test."""
    with laptop_zone(PACIFIC_ZONE):
        yield
