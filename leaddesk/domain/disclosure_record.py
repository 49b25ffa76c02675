"""The disclosure record (DESIGN.md §2 `disclosure`): what left the program, to whom, why, under which
consents, by whose hand and how, kept for the accounting of disclosures a participant may ask for
(42 CFR 2.25). Append-only: once written no field changes, on any device (only a tombstone, for a record
made by mistake, is allowed), so a merge never needs to decide between two versions of one.

The notice of 42 CFR 2.32(a)(1) as amended by the 2024 final rule (89 FR 12472, 16 February 2024;
compliance from 16 February 2026) goes with every disclosure, on every page; `NOTICE_VERSION` names the
text a disclosure carried, so the accounting can say which notice a recipient was given."""

from __future__ import annotations

from typing import ClassVar, Self

from pydantic import Field, model_validator

from leaddesk.domain.base import LIST_MAX, ParticipantRecord, RecordId, ShortText, UtcDateTime
from leaddesk.domain.disclosure_codes import Delivery, DisclosurePurpose

NOTICE_VERSION = "42 CFR 2.32(a)(1), 2024 rule"
NOTICE = (
    "This record which has been disclosed to you is protected by Federal confidentiality rules "
    "(42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that "
    "describes the information contained in this record, in any civil, criminal, administrative, or "
    "legislative proceedings by any Federal, State, or local authority, against the patient, unless "
    "authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized "
    "by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from "
    "making any other use or disclosure of this record unless at least one of the following applies: "
    "(A) Further use or disclosure is expressly permitted by the written consent of the individual whose "
    "information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. "
    "(B) You are a covered entity or business associate and have received the record for treatment, "
    "payment, or health care operations, or (C) You have received the record from a covered entity or "
    "business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for "
    "the release of medical or other information is NOT sufficient to meet the required elements of "
    "written consent to further use or redisclose the record (see 42 CFR 2.31)."
)
MAX_ITEMS = 5_000  # records in one disclosure: a whole file, with room to spare


class Disclosure(ParticipantRecord):
    entity: ClassVar[str] = "disclosure"
    # Every field is fixed once written; only `deleted` (a tombstone) and `updated_at` may change.
    immutable_fields: ClassVar[frozenset[str]] = ParticipantRecord.immutable_fields | {
        "consent_ids",
        "recipient_code",
        "recipient",
        "purpose",
        "items",
        "disclosed_by",
        "disclosed_at",
        "delivery",
        "notice_version",
        "description",
    }

    consent_ids: list[RecordId] = Field(min_length=1, max_length=LIST_MAX)  # the consents relied on
    recipient_code: ShortText = ""  # a partner agency's code; empty for a typed recipient
    recipient: ShortText  # as the consent names them
    purpose: DisclosurePurpose
    # What left, by entity: record ids, a part of a record as "id/part" (an outcome snapshot's SUD answers).
    items: dict[str, list[str]]
    disclosed_by: ShortText  # the person who made the disclosure, by name
    disclosed_at: UtcDateTime
    delivery: Delivery
    notice_version: ShortText = NOTICE_VERSION
    description: ShortText = ""  # what it was, in words (a packet, a copy of a file)

    @model_validator(mode="after")
    def _something_left(self) -> Self:
        count = sum(len(ids) for ids in self.items.values())
        if count == 0:
            raise ValueError("items: a disclosure records at least one item that left")
        if count > MAX_ITEMS:
            raise ValueError(f"items: a disclosure records at most {MAX_ITEMS} items")
        if not self.recipient:
            raise ValueError("recipient: a disclosure names its recipient")
        return self
