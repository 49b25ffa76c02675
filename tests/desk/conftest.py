"""The desk over a fresh encrypted profile per test (the `store` fixture of tests/conftest.py)."""

from __future__ import annotations

import pytest

from leaddesk.desk import Desk
from leaddesk.storage.store import Store


@pytest.fixture
def desk(store: Store) -> Desk:
    return Desk(store)
