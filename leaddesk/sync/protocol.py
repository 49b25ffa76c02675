"""The sync wire format, shared by the desktop client and the office server (every path under /v1/).

Push: the device sends its outbox in batches; each change carries, per field, the value, the stamp of
the write (hlc + device) and the stamp it was edited from (its base). Pull: the server numbers every
accepted change with a sequence; a device asks for the current state of every record in its scope that
changed after its cursor, a page at a time, and merges field by field (domain/merge.py).

Attachments: an attachment record carries the file's SHA-256; the bytes travel apart, by that hash, and
belong to a participant (knowing a hash grants nothing). `PUT /v1/attachments/{sha256}?participant_id=…`
uploads them for one participant (in the device's scope, or not on the server yet because the device is
about to push them), before the push that creates the record; a file that would take the device past its
storage quota is refused with 413 and error "quota_exceeded". A pushed attachment record naming a file that
was not uploaded for its participant (nor by this device) is rejected per record. `GET
/v1/attachments/{sha256}` serves the bytes only if a live attachment record in the device's scope names
them and they belong to that record's participant; otherwise 404, whether or not they exist.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from leaddesk.domain import MODEL_BY_ENTITY
from leaddesk.domain.clock import Stamp
from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.enums import Role as Role  # re-exported: the protocol's users name it here
from leaddesk.domain.ids import UUID_PATTERN
from leaddesk.domain.merge import canonical_json
from leaddesk.domain.program import ProgramSettings, StaffMember
from leaddesk.domain.values import check_text, first_problem

API_PREFIX = "/v1"
PROTOCOL_VERSION = 1
MAX_BATCH = 2000  # changes in one push
MAX_PAGE = 5000  # records in one pull page (a new laptop pulls a whole caseload: fewer, larger pages)
MAX_BODY_BYTES = 16 * 1024 * 1024  # a request body, after gzip is undone
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_FIELDS = 64
MAX_PENDING = 2**31 - 1
# Every answer carries the server's clock (milliseconds since the epoch), so a laptop whose clock is wrong
# stamps its edits by the server's time from its first exchange on (HybridClock.learn_server_time).
SERVER_TIME_HEADER = "X-LEADDesk-Server-Time"

# Conflicts are records too: they sync to the team and are resolved by a later write.
CONFLICT_ENTITY = "conflict"
ENTITIES: frozenset[str] = frozenset(MODEL_BY_ENTITY) | {CONFLICT_ENTITY}

Id = Annotated[str, StringConstraints(pattern=UUID_PATTERN)]
EntityName = Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")]
FieldName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
# Every request string the server stores or looks up keeps the text rule of domain/values.py: a stamp's
# device part names a device in a query, an app version lands in a column (PostgreSQL refuses U+0000).
Text = AfterValidator(check_text)
StampText = Annotated[str, StringConstraints(min_length=18, max_length=80), Text]
ShortText = Annotated[str, StringConstraints(max_length=200), Text]


_CONFLICT_NAMESPACE = uuid.UUID("5b0c8a55-7d0e-4c1f-9a53-4c3e1d7f2a10")


def conflict_id(*, entity: str, record_id: str, field: str, other_value: Any) -> str:
    """A displaced value is recorded once: the same value set aside again (a sign that carries the text
    once more, a replay) is the same conflict record."""
    digest = hashlib.sha256(canonical_json(other_value).encode()).hexdigest()
    return str(uuid.uuid5(_CONFLICT_NAMESPACE, f"{entity}|{record_id}|{field}|{digest}"))


class WireModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CarriesFields(WireModel):
    """A record's fields on the wire (a pushed change, a pulled state), their values free JSON.

    Each value is held to the rule for synced values (domain/values.py) when `value_problem` is asked
    for, but a value that breaks it does not fail the reading: it is that record's fault alone, so the
    server refuses the one change and a laptop skips the one pulled record, with `value_problem` as the
    reason, and the rest of the batch or page goes on (DESIGN.md §4 point 4). (Worked out when asked,
    not kept in a private attribute by a validator: pydantic's setting up and looking up of the private
    attribute of every record of a page was a tenth of reading it; and a copy with other fields must
    not carry the first one's answer.)"""

    if TYPE_CHECKING:  # declared by each subclass, where it keeps its place among their fields
        fields: dict[str, Any]

    @property
    def value_problem(self) -> str | None:
        """The first value that breaks the rule, as "field: what is wrong", or None."""
        return first_problem(self.fields)


def _check_stamp(value: str | None) -> str | None:
    if value is not None:
        Stamp.decode(value)  # ValueError with a clear message
    return value


# -- errors ----------------------------------------------------------------------------------------


class ErrorBody(WireModel):
    """Every 4xx/5xx answer: a stable code a program can act on and a sentence a person can read."""

    error: str
    message: str
    detail: Any = None
    revoke_mode: RevokeMode | None = None


# -- enrolment -------------------------------------------------------------------------------------


class EnrollRequest(WireModel):
    code: Annotated[str, StringConstraints(min_length=6, max_length=64), Text]
    device_name: Annotated[str, StringConstraints(min_length=1, max_length=100), Text]
    app_version: ShortText = ""
    # The id this device's own clock puts in every field stamp (it is made on the device, before any
    # server knows it): lets the server name who wrote each side of a conflict.
    clock_id: Id | None = None


class UserInfo(WireModel):
    username: str
    display_name: str
    role: Role
    teams: list[str]


class EnrollResponse(WireModel):
    device_id: Id
    device_token: str  # shown once; the server keeps only its hash
    user: UserInfo
    server_time: datetime


# -- push ------------------------------------------------------------------------------------------


class Change(CarriesFields):
    """One outbox entry: the fields one local write changed."""

    change_id: Id
    entity: EntityName  # an entity the server does not know is refused per record, not per batch
    record_id: Id
    participant_id: Id | None = None
    op: Literal["create", "update", "delete"]
    fields: dict[FieldName, Any] = Field(max_length=MAX_FIELDS)
    clocks: dict[FieldName, StampText] = Field(max_length=MAX_FIELDS)
    base: dict[FieldName, StampText | None] = Field(default_factory=dict, max_length=MAX_FIELDS)
    # The conflict this change settles, if it is a resolution: ordered against other resolutions of that
    # conflict by its stamp, never reported as a conflict of its own.
    resolves: Id | None = None
    # The record's version its writer saw (merge.version_of), for an update or a delete.
    seen: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")] | None = None

    @field_validator("clocks")
    @classmethod
    def _stamps(cls, value: dict[str, str]) -> dict[str, str]:
        for stamp in value.values():
            _check_stamp(stamp)
        return value

    @field_validator("base")
    @classmethod
    def _base_stamps(cls, value: dict[str, str | None]) -> dict[str, str | None]:
        for stamp in value.values():
            _check_stamp(stamp)
        return value


class PushRequest(WireModel):
    batch_id: Id  # a repeated batch (lost answer, crash, retry) changes nothing
    changes: list[Change] = Field(max_length=MAX_BATCH)
    pending: int = Field(default=0, ge=0, le=MAX_PENDING)  # outbox size on the device, for supervisors
    app_version: ShortText = ""


class ChangeStatus(StrEnum):
    APPLIED = "applied"
    CONFLICT = "conflict"  # applied; a concurrent edit of a field was kept as a conflict record
    REJECTED = "rejected"  # not stored; `reason` says why; never blocks the rest of the batch


class ChangeResult(WireModel):
    change_id: str
    status: ChangeStatus
    reason: str | None = None
    # For a refused change: the record as the server holds it, where this device may see it, so the laptop
    # puts it back as it is there (the refused change itself is kept for a person to look at).
    current: RecordState | None = None


class PushResponse(WireModel):
    batch_id: str
    results: list[ChangeResult]
    replayed: bool = False  # this batch had been received before; these are the first answers
    # The change sequence once the batch was stored: a later pull whose last page ends below it comes
    # from a server restored from a backup taken before this push (None from servers before this field).
    seq: int | None = Field(default=None, ge=0)


# -- pull ------------------------------------------------------------------------------------------


class RecordState(CarriesFields):
    """A record's current state on the server: every field with the stamp that put it there.

    A pull that asks for shared stamps gets `stamp`, the stamp of every field that `clocks` does not
    name: most records were written in one go, so their twenty-odd stamps are one, and sent once each
    they were two thirds of a page."""

    seq: int
    entity: EntityName
    record_id: Id
    participant_id: Id | None
    fields: dict[FieldName, Any]
    clocks: dict[FieldName, StampText]
    stamp: StampText | None = None

    def field_stamps(self) -> dict[str, str]:
        """Every field's stamp, whichever way the page carried them."""
        if self.stamp is None:
            return self.clocks
        return {f: self.clocks.get(f, self.stamp) for f in self.fields}


class Removal(WireModel):
    """A participant (and everything of theirs) that has left this device's scope."""

    seq: int
    participant_id: Id


ChangeResult.model_rebuild()
PushResponse.model_rebuild()


class PullResponse(WireModel):
    records: list[RecordState]
    removals: list[Removal] = Field(default_factory=list)
    cursor: int  # store after applying this page; ask again with it
    has_more: bool


# A pull page's answer says in a header what its body ends with, so that a laptop can ask for the next
# page before reading this one, where this one removes no one (sync/pages.py): "cursor has_more removals",
# as in "5000 1 0". The body is what counts; a body that disagrees with its header is refused.
PAGE_HEADER = "X-LEADDesk-Page"


class PageHead(NamedTuple):
    cursor: int
    has_more: bool
    removals: int

    def encode(self) -> str:
        return f"{self.cursor} {int(self.has_more)} {self.removals}"

    @classmethod
    def decode(cls, text: str | None) -> PageHead | None:
        """The header's value read, or None if there is none or it is not in this form."""
        parts = (text or "").split(" ")
        if (
            len(parts) != 3
            or not all(p.isdigit() and len(p) <= 19 for p in parts)
            or parts[1] not in ("0", "1")
        ):
            return None
        return cls(int(parts[0]), parts[1] == "1", int(parts[2]))

    @classmethod
    def of(cls, page: PullResponse) -> PageHead:
        return cls(page.cursor, page.has_more, len(page.removals))


class WaitingResponse(WireModel):
    """The quick check a laptop makes every few seconds while online (`GET /v1/waiting?cursor=N`):
    whether a pull from its cursor would bring anything, so an officer's referral reaches the on-call
    team at once instead of at the next timed sync. A few bytes; the laptop syncs when it says yes."""

    waiting: bool


# -- heartbeat and devices -------------------------------------------------------------------------


class Heartbeat(WireModel):
    pending: int = Field(ge=0, le=MAX_PENDING)
    app_version: ShortText = ""


class HeartbeatResponse(WireModel):
    server_time: datetime
    user: UserInfo
    latest_seq: int


# -- the program -----------------------------------------------------------------------------------


class ProgramResponse(WireModel):
    """`GET /v1/program`: the program's settings and the staff roster this device's user works with,
    read-only on the laptop. `version` (also the ETag) changes whenever either does: a laptop sends the
    one it holds as If-None-Match and an unchanged program answers 304 with no body."""

    version: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
    settings: ProgramSettings
    roster: list[StaffMember] = Field(max_length=10_000)


# -- the audit trail -------------------------------------------------------------------------------

MAX_AUDIT_PAGE = 1000  # audit events in one request
Hash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


Text40 = Annotated[str, StringConstraints(max_length=40), Text]
Text64 = Annotated[str, StringConstraints(max_length=64), Text]
Text100 = Annotated[str, StringConstraints(max_length=100), Text]
Text500 = Annotated[str, StringConstraints(max_length=500), Text]


class AuditEventOut(WireModel):
    """One event of a device's audit chain (domain/audit_chain.py), as the device holds it."""

    seq: int = Field(ge=1, le=2**63 - 1)  # its position in the device's chain
    event_id: Text64
    at: datetime
    user: ShortText
    device: Id  # the device's own id: its chain's name (EnrollRequest.clock_id)
    action: Text40
    entity: Text100 = ""
    entity_id: Text100 = ""
    participant_id: Text100 = ""
    detail: Text500 = ""
    prev_hash: Hash
    hash: Hash


class AuditUpload(WireModel):
    """`POST /v1/audit`: the device's next unacknowledged audit events, oldest first, after its push.
    Sending events the server holds already (an answer lost on the way) changes nothing."""

    events: list[AuditEventOut] = Field(min_length=1, max_length=MAX_AUDIT_PAGE)


class AuditRefusal(WireModel):
    """The first event the server would not add to the device's chain; nothing after it was taken."""

    seq: int
    reason: str


class AuditUploadResponse(WireModel):
    held_through: int  # the server holds this device's chain up to this seq: never send those again
    stored: int  # events new to the server in this request
    refused: AuditRefusal | None = None
