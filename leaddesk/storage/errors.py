"""The storage layer's exceptions: each names one thing a person can be told about."""

from __future__ import annotations


class StorageError(Exception):
    """Base of every error the local store raises on purpose."""


class ProfileNotFound(StorageError):
    """No profile of that name exists under the profiles folder."""

    def __init__(self, name: str) -> None:
        super().__init__(f"No profile named {name!r} was found.")
        self.name = name


class ProfileExists(StorageError):
    """A profile of that name already exists; creating it again would destroy it."""

    def __init__(self, name: str, message: str = "") -> None:
        super().__init__(message or f"A profile named {name!r} already exists.")
        self.name = name


class SimilarProfileExists(ProfileExists):
    """A profile whose name differs from the new one only in accents, capitals or spacing: people would
    take one for the other (and a case-insensitive disk might too)."""

    def __init__(self, name: str, *, existing: str) -> None:
        super().__init__(
            existing,
            f"A profile named {existing!r} already exists, and {name!r} differs from it only in accents, "
            "capitals or spaces.",
        )


class InvalidProfileName(StorageError, ValueError):
    """A profile name that cannot be used as a folder name."""


class WrongPassphrase(StorageError):
    """The passphrase (or recovery key) does not unwrap the database key."""

    def __init__(self, message: str = "That passphrase is not right for this profile.") -> None:
        super().__init__(message)


class VaultLocked(StorageError):
    """Too many failed attempts: the next try is allowed only after a wait."""

    def __init__(self, seconds_left: float) -> None:
        self.seconds_left = max(0.0, float(seconds_left))
        super().__init__(f"Too many wrong attempts. Try again in {int(self.seconds_left + 0.999)} seconds.")


class ProfileInUse(StorageError):
    """Another app on this computer has the profile open (storage/in_use.py)."""

    def __init__(self) -> None:
        super().__init__(
            "This profile is open in another LEAD Desk window on this computer. Use that window, or lock "
            "the profile there first."
        )


class CorruptVault(StorageError):
    """vault.json is missing parts, unreadable, or has been tampered with."""


class CorruptDatabase(StorageError):
    """The database file is damaged or is not a LEAD Desk database; it is never overwritten."""


class DamagedAfterCrash(CorruptDatabase):
    """The check made after the app last stopped unexpectedly found the database or its log damaged."""


class WeakPassphrase(StorageError, ValueError):
    """A new passphrase that is too short to protect the records."""


class MigrationError(StorageError):
    """A schema migration failed; the database was left as it was before it ran."""


class RecordNotFound(StorageError):
    """No live record of that kind with that id."""

    def __init__(self, entity: str, record_id: str) -> None:
        super().__init__(f"No {entity} with id {record_id}.")
        self.entity = entity
        self.record_id = record_id


class DuplicateRecord(StorageError):
    """A record with that id is already stored."""

    def __init__(self, entity: str, record_id: str) -> None:
        super().__init__(f"A {entity.replace('_', ' ')} with id {record_id} already exists.")
        self.entity = entity
        self.record_id = record_id


class ParticipantLeaving(StorageError):
    """A change about a participant who has left (or is leaving) this laptop: they moved out of its
    user's teams, so nothing more about them is saved here."""

    def __init__(self, participant_id: str) -> None:
        super().__init__(
            "This participant has moved out of your team's caseload; this change could not be saved."
        )
        self.participant_id = participant_id


class UnsentWorkHere(StorageError):
    """A pulled page would remove a participant whose changes have not gone to the server yet; the page
    was not applied, so nothing was lost."""

    def __init__(self, participant_ids: list[str]) -> None:
        super().__init__(
            f"{len(participant_ids)} participant(s) leaving this laptop still have unsent changes; "
            "nothing was removed."
        )
        self.participant_ids = participant_ids
