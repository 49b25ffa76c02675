"""The disclosure gate as the screens reach it, and the only way participant data leaves the program
(DESIGN.md §1): it gathers a participant's items, asks the domain's gate (domain/disclosure.py) which
of them the participant's consents let out to a recipient for a purpose today, and records what left as
an append-only `disclosure` with an audited `disclose` event, in the same transaction.

A disclosure packet, a saved copy of an attachment, a case conference's agenda and later exports all
come through here: `review` says what may go and why not, `record` writes down what went, and
`write_out` puts a file that holds it where the user chose, only once its disclosure is recorded.

The order of `write_out` is the point: a file is written first to a private temporary file beside its
place, then the disclosure is recorded, then the file is renamed into place (atomic on one file
system). So a file that cannot be written (a full disk, a folder the user may not write) records
nothing, a disclosure refused leaves no file behind, and a file that someone could take away always has
its disclosure in the accounting (42 CFR 2.25). The one gap left is a rename that fails after the
recording, which overstates the accounting rather than hiding a disclosure: it is reported as
`RecordedButNotSaved`, for the screen to say exactly that."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar
from uuid import uuid4

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.domain import Addendum, CaseNote, Consent, Disclosure, Participant, SyncedRecord
from leaddesk.domain.clock import local_today
from leaddesk.domain.disclosure import (
    DISCLOSABLE,
    DisclosureItem,
    GateDecision,
    ItemDecision,
    Recipient,
    evaluate,
    items_of,
)
from leaddesk.domain.disclosure_codes import Delivery, DisclosurePurpose
from leaddesk.domain.disclosure_record import NOTICE, NOTICE_VERSION
from leaddesk.domain.enums import AuditAction
from leaddesk.domain.ids import utcnow

T = TypeVar("T")

__all__ = [
    "NOTICE",
    "NOTICE_VERSION",
    "Delivery",
    "Disclosure",
    "DisclosureItem",
    "DisclosurePurpose",
    "DisclosureRefused",
    "Disclosures",
    "GateDecision",
    "ItemDecision",
    "Recipient",
    "RecordedButNotSaved",
    "Review",
]


class DisclosureRefused(ValueError):
    """The gate held back what was asked for; the message says why, in the gate's words, and `gate` is
    its whole answer, for a screen to say why in its own language."""

    def __init__(self, message: str, *, gate: GateDecision | None = None) -> None:
        super().__init__(message)
        self.gate = gate


class RecordedButNotSaved(OSError):
    """The disclosure was recorded but its file could not be put in place afterwards; `done` is what
    was recorded (its changes still to announce), `reason` what the system said."""

    def __init__(self, done: Done[Any], reason: OSError) -> None:
        super().__init__(reason.errno, reason.strerror or str(reason))
        self.done = done
        self.reason = reason


@dataclass(frozen=True)
class Review:
    """What the gate decided for one participant's items, with the records the items come from (for
    showing the included ones) and the consents (a packet carries a copy of those relied on)."""

    participant: Participant
    decision: GateDecision
    records: dict[str, SyncedRecord]  # what each item comes from, by DisclosureItem.key
    consents: list[Consent]

    @property
    def included(self) -> list[tuple[ItemDecision, SyncedRecord]]:
        return [(d, self.records[d.item.key]) for d in self.decision.included]

    @property
    def withheld(self) -> list[tuple[ItemDecision, SyncedRecord]]:
        return [(d, self.records[d.item.key]) for d in self.decision.withheld]

    @property
    def consents_relied_on(self) -> list[Consent]:
        by_id = {c.id: c for c in self.consents}
        return [by_id[i] for i in self.decision.consents_relied_on]


class Disclosures(UseCases):
    def consents(self, participant_id: str) -> list[Consent]:
        found: list[Consent] = self._store.repos.consents.find(participant_id=participant_id)
        return found

    def recipients(self, participant_id: str) -> list[Recipient]:
        """Everyone a consent of the participant names, each once, as the consents name them."""
        return list(dict.fromkeys(Recipient.of(c) for c in self.consents(participant_id)))

    def items(self, participant_id: str) -> list[tuple[DisclosureItem, SyncedRecord]]:
        """Every item of the participant a disclosure could hold, with its record, in the file's order:
        the person, then each kind of record the gate knows. Unsigned notes are drafts, not the record."""
        repos = self._store.repos
        found: list[tuple[DisclosureItem, SyncedRecord]] = []
        sud_notes: set[str] = set()
        for model in DISCLOSABLE:
            if model is Participant:
                rows: list[SyncedRecord] = [repos.participants.get(participant_id)]
            else:
                rows = list(repos.for_entity(model.entity).find(participant_id=participant_id))
            for record in rows:
                if isinstance(record, CaseNote):
                    if record.is_empty or not record.is_signed:
                        continue
                    if record.sensitive_sud:
                        sud_notes.add(record.id)
                note_is_sud = isinstance(record, Addendum) and record.note_id in sud_notes
                found += [(item, record) for item in items_of(record, note_is_sud=note_is_sud)]
        return found

    def review(
        self,
        participant_id: str,
        *,
        recipient: Recipient,
        purpose: DisclosurePurpose,
        keys: Collection[str] | None = None,
        on: date | None = None,
    ) -> Review:
        """The gate's answer for the participant's items (those of `keys`, or all) on `on` (today)."""
        chosen = [(i, r) for i, r in self.items(participant_id) if keys is None or i.key in keys]
        consents = self.consents(participant_id)
        decision = evaluate(
            consents,
            recipient=recipient,
            purpose=purpose,
            items=[i for i, _ in chosen],
            on=on or local_today(),
        )
        person = self._store.repos.participants.get(participant_id)
        records = {i.key: r for i, r in chosen}
        return Review(participant=person, decision=decision, records=records, consents=consents)

    def record(self, review: Review, *, delivery: Delivery, description: str) -> Done[Disclosure]:
        """Write down that the included items of `review` left (DisclosureRefused if none may)."""
        if not review.decision.included:
            raise DisclosureRefused(_nothing_covered(review.decision), gate=review.decision)
        return self._write(lambda: self._disclose(review, delivery=delivery, description=description))

    def record_many(
        self, reviews: Sequence[Review], *, delivery: Delivery, description: str
    ) -> Done[list[Disclosure]]:
        """Write down several disclosures handed over at once (a case conference's agenda: one per
        participant and attending agency), all or none (DisclosureRefused if any has nothing covered)."""
        for review in reviews:
            if not review.decision.included:
                raise DisclosureRefused(_nothing_covered(review.decision), gate=review.decision)
        return self._write(
            lambda: [self._disclose(r, delivery=delivery, description=description) for r in reviews]
        )

    def _disclose(self, review: Review, *, delivery: Delivery, description: str) -> Disclosure:
        items: dict[str, list[str]] = {}
        for decision in review.decision.included:
            item = decision.item
            held = f"{item.record_id}/{item.part}" if item.part else item.record_id
            items.setdefault(item.entity, []).append(held)
        recipient = review.decision.recipient
        made = self._store.repos.disclosures.create(
            Disclosure(
                participant_id=review.participant.id,
                consent_ids=review.decision.consents_relied_on,
                recipient_code=recipient.code,
                recipient=recipient.name or recipient.code,
                purpose=review.decision.purpose,
                items=items,
                disclosed_by=self._store.user,
                disclosed_at=utcnow(),
                delivery=delivery,
                notice_version=NOTICE_VERSION,
                description=description,
            )
        )
        self._store.audit_event(
            AuditAction.DISCLOSE, entity="disclosure", entity_id=made.id, participant_id=made.participant_id
        )
        return made

    def of(self, participant_id: str) -> list[Disclosure]:
        """The participant's disclosures, newest first (the accounting of 42 CFR 2.25)."""
        found: list[Disclosure] = self._store.repos.disclosures.find(
            participant_id=participant_id, descending=True
        )
        return found

    def save_attachment_copy(
        self,
        attachment_id: str,
        path: Path,
        *,
        recipient: Recipient,
        purpose: DisclosurePurpose,
        delivery: Delivery = Delivery.FILE,
    ) -> Done[Disclosure]:
        """Save a copy of an attachment's file at `path` (readable by the user only) for `recipient`, if
        a consent covers attached files for them and `purpose`; else DisclosureRefused and nothing is
        written. Written out as every disclosure is (`write_out`): in place only once recorded."""
        attachment = self._store.repos.attachments.get(attachment_id)
        review = self.review(
            attachment.participant_id,
            recipient=recipient,
            purpose=purpose,
            keys={items_of(attachment)[0].key},
        )
        if not review.decision.included:
            raise DisclosureRefused(review.decision.decisions[0].sentence, gate=review.decision)

        data = self._store.repos.attachments.export_bytes(attachment_id)
        return self.write_out(
            review,
            path,
            render=lambda part: part.write_bytes(data),
            delivery=delivery,
            description=f"A copy of the file {attachment.file_name}",
        )

    def write_out(
        self,
        review: Review,
        path: Path,
        *,
        render: Callable[[Path], object],
        delivery: Delivery,
        description: str,
    ) -> Done[Disclosure]:
        """Write what `review` includes to `path` (readable by the user only) with `render`, which is
        handed the private temporary file to write, and record the disclosure; the file is at `path`
        only once the disclosure is recorded (see the module's docstring). DisclosureRefused if nothing
        may go, OSError if the file cannot be written (nothing recorded), RecordedButNotSaved if it
        could not be put in place after the recording."""
        if not review.decision.included:
            raise DisclosureRefused(_nothing_covered(review.decision), gate=review.decision)
        return _put_in_place(
            path,
            render=render,
            record=lambda: self._write(
                lambda: self._disclose(review, delivery=delivery, description=description)
            ),
        )

    def write_accounting(
        self, participant_id: str, path: Path, *, render: Callable[[Path, list[Disclosure]], object]
    ) -> Done[list[Disclosure]]:
        """The participant's accounting of disclosures (42 CFR 2.25: what went to whom, when and why),
        written to `path` by `render(file, disclosures)` and audited as an export, in place only once
        audited, as `write_out` does. It goes to the participant, who needs no consent to see it."""
        disclosures = self.of(participant_id)

        def audit() -> Done[list[Disclosure]]:
            done = self._write(
                lambda: self._store.audit_event(
                    AuditAction.EXPORT,
                    entity="disclosure",
                    participant_id=participant_id,
                    detail="accounting of disclosures",
                )
            )
            return Done(disclosures, done.changes)

        return _put_in_place(path, render=lambda part: render(part, disclosures), record=audit)


def _put_in_place(path: Path, *, render: Callable[[Path], object], record: Callable[[], Done[T]]) -> Done[T]:
    """Render a private temporary file beside `path`, `record` what leaves, then rename it into place
    (the order the module's docstring explains)."""
    part = path.with_name(f".{path.name}.{uuid4().hex[:12]}.part")
    os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        render(part)
        if part.stat().st_size == 0:
            raise OSError(f"Nothing was written to {path.name}.")
        done = record()
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    try:
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise RecordedButNotSaved(done, exc) from exc
    return done


def _nothing_covered(decision: GateDecision) -> str:
    first = decision.withheld[0].sentence if decision.withheld else ""
    return (
        f"Nothing may be disclosed to {decision.recipient.name or decision.recipient.code}. {first}".strip()
    )
