"""Officers' passwords, kept only as Argon2id hashes in the PHC string format
(`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`), which carries its own cost and salt, so a hash made at
an older cost still verifies after the cost is raised.

The cost is OWASP's first Argon2id setting for web sign-in (19 MiB, 2 passes, 1 lane): a sign-in is a
request on a shared server, answered in a fraction of a second on two cores, and failed ones are
limited per account and address (attempts.py) long before the cost would matter. The laptops' vault
uses RFC 9106's heavier setting, as it guards a whole encrypted database offline.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from leaddesk.server.errors import InvalidRequest

MIN_LENGTH = 12  # NIST SP 800-63B asks for at least 8; a shared phone in a patrol car asks for more
MAX_LENGTH = 256
_SALT_BYTES = 16
_HASH_BYTES = 32
_PHC = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$")


@dataclass(frozen=True, slots=True)
class PasswordCost:
    """Argon2id's cost: memory in KiB, passes, lanes."""

    memory_kib: int
    iterations: int
    lanes: int


OFFICER_COST = PasswordCost(memory_kib=19_456, iterations=2, lanes=1)


def check_new_password(password: str) -> None:
    """A password an officer may be given: long enough to resist guessing, short enough to hash."""
    if len(password) < MIN_LENGTH:
        raise InvalidRequest(
            f"A password needs at least {MIN_LENGTH} characters (a few words in a row are easy to remember). "
            "Nothing was changed."
        )
    if len(password) > MAX_LENGTH:
        raise InvalidRequest(f"A password has at most {MAX_LENGTH} characters. Nothing was changed.")
    if password.strip() != password:
        raise InvalidRequest("A password cannot start or end with a space. Nothing was changed.")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _kdf(cost: PasswordCost, salt: bytes) -> Argon2id:
    return Argon2id(
        salt=salt,
        length=_HASH_BYTES,
        iterations=cost.iterations,
        lanes=cost.lanes,
        memory_cost=cost.memory_kib,
    )


def hash_password(password: str, *, cost: PasswordCost = OFFICER_COST) -> str:
    salt = os.urandom(_SALT_BYTES)
    digest = _kdf(cost, salt).derive(password.encode())
    return (
        f"$argon2id$v=19$m={cost.memory_kib},t={cost.iterations},p={cost.lanes}${_b64(salt)}${_b64(digest)}"
    )


def verify_password(password: str, encoded: str | None) -> bool:
    """Whether `password` is the one `encoded` was made from. With no hash (an unknown account, or one
    that signs in by links only) a hash is still computed, so the answer takes as long either way."""
    parsed = _PHC.match(encoded or "")
    if parsed is None:
        _kdf(OFFICER_COST, bytes(_SALT_BYTES)).derive(password.encode())
        return False
    memory, iterations, lanes, salt, digest = parsed.groups()
    cost = PasswordCost(memory_kib=int(memory), iterations=int(iterations), lanes=int(lanes))
    try:
        _kdf(cost, _unb64(salt)).verify(password.encode(), _unb64(digest))
    except InvalidKey:
        return False
    return True
