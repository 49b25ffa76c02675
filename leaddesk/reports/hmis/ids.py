"""HMIS identifiers (HUD's S32: at most 32 characters) for LEAD Desk's records, stable from one export
to the next so the receiving HMIS updates what it already holds instead of adding it again.

A record's id is a UUIDv7 (36 characters with hyphens); its HMIS id is the same 32 hex digits without
the hyphens, so every export of a record names it alike and anyone holding both can match them. A
user's id is the first 32 hex digits of a SHA-256 of how the records name them (a username, or a name
typed on an older record): the same person gets the same id in every export, and no record holds it."""

from __future__ import annotations

import hashlib
from uuid import UUID

HMIS_ID_MAX = 32
SYSTEM_USER = "leaddesk-server"  # who "made" what no person did: the export's project rows


def hmis_id(record_id: str) -> str:
    """The record's id as HMIS carries it: its 32 hex digits (ValueError if it is not a UUID)."""
    return UUID(record_id).hex


def user_id(name: str) -> str:
    """A stable S32 id for whoever the records name (`name` as written; empty: the server itself)."""
    who = name.strip() or SYSTEM_USER
    return hashlib.sha256(who.encode("utf-8")).hexdigest()[:HMIS_ID_MAX]
