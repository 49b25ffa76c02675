"""Argon2id parameters for tests: the cheapest Argon2id accepts, so a test profile opens in microseconds.

The app never reads these: a vault made with them opens only when the test passes them again as the
floor (`kdf=FAST_FOR_TESTS`) to the call that loads it; the production path refuses it as too weak."""

from __future__ import annotations

from leaddesk.storage.kdf import KdfParams

FAST_FOR_TESTS = KdfParams(memory_cost=8, iterations=1, lanes=1)
