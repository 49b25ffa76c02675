"""Errors raised by the domain's pure rules."""

from __future__ import annotations


class DomainError(ValueError):
    """A rule of the case-management domain was broken; the message is fit to show a case manager."""


class NoteSigned(DomainError):
    """A signed note is immutable; a correction is an addendum."""

    def __init__(self, note_id: str) -> None:
        super().__init__("This note is signed and cannot be changed; add an addendum instead.")
        self.note_id = note_id


class ConsentIrrevocable(DomainError):
    """A criminal-justice consent cannot be revoked during its irrevocable period (42 CFR 2.35)."""
