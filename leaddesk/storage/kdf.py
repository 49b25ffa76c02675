"""Argon2id, the slow derivation that turns a passphrase into the key wrapping the database key, and its
cost: the production floor below which no vault.json is read and no wrap is made.

The floor is an argument, never something read from a file: vault.json records the cost of its own wrap,
and a cost taken from there could be edited down by anyone able to write that file (see vault.py)."""

from __future__ import annotations

import unicodedata
from dataclasses import astuple, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_LENGTH = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes, parallel lanes."""

    memory_cost: int = 65536
    iterations: int = 3
    lanes: int = 4

    def __post_init__(self) -> None:
        for value in (self.memory_cost, self.iterations, self.lanes):
            if type(value) is not int:
                raise TypeError("Argon2 parameters must be integers")
        if self.lanes < 1 or self.iterations < 1 or self.memory_cost < 8 * self.lanes:
            raise ValueError("Argon2id needs lanes >= 1, iterations >= 1 and memory_cost >= 8 * lanes")

    def at_least(self, other: KdfParams) -> bool:
        return all(mine >= theirs for mine, theirs in zip(astuple(self), astuple(other), strict=True))

    def raised_to(self, other: KdfParams) -> KdfParams:
        """Each cost the larger of the two, so that re-wrapping can never weaken a vault."""
        return KdfParams(*map(max, astuple(self), astuple(other)))

    def describe(self) -> str:
        return f"{self.memory_cost} KiB, {self.iterations} passes, {self.lanes} lanes"


# RFC 9106 section 4, second recommended option: 64 MiB, t=3, p=4. It is both the cost of every new wrap
# and the least a vault.json may hold. Should a later version make new wraps dearer, keep the floor for
# reading where it is, or vaults made before would no longer open.
PRODUCTION = KdfParams()
# Far above anything we would choose, low enough that a damaged or hostile vault.json cannot make
# unlocking allocate absurd memory or spin for hours.
MOST_PLAUSIBLE = KdfParams(memory_cost=4 * 1024 * 1024, iterations=64, lanes=64)


def derive_key(passphrase: str, *, salt: bytes, params: KdfParams) -> bytes:
    # NFC so that "é" typed as one code point or as e + accent is the same passphrase on every OS.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_cost,
    )
    return kdf.derive(secret)
