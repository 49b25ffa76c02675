"""A disclosure packet as a PDF, written with Qt's own writer (QPdfWriter + QTextDocument): the items
the gate included, a copy of each consent relied on (its 42 CFR 2.31 elements), and the notice of
42 CFR 2.32(a)(1) in the foot of every page. Only what a `Review` includes is ever written: withheld
items are not mentioned at all, not even counted. Also the accounting of disclosures (42 CFR 2.25)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from leaddesk.desk.disclosure import NOTICE, Disclosure, Review
from leaddesk.domain import Consent, SyncedRecord
from leaddesk.domain.disclosure import SUD_PART, ItemDecision
from leaddesk.ui.labels import entity_label, enum_label, field_label
from leaddesk.ui.participant.record_text import fields_of, value_text
from leaddesk.ui.text import translate

CONSENT_ELEMENTS = (
    "kind", "discloser", "information", "recipient", "purpose", "expires_on", "expiry_event",
    "revocation_right", "irrevocable_until", "signed_by", "signed_on", "revoked_on", "purposes", "categories",
)  # fmt: skip
DPI = 300
FOOT_HEIGHT_MM = 42.0  # room for the notice under each page's text



def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(
        f"<tr><td width='30%'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in pairs
    )


def _item_html(decision: ItemDecision, record: SyncedRecord) -> str:
    title = entity_label(record.entity)
    if decision.item.part == SUD_PART:
        title += " — " + translate("DisclosurePacket", "substance use disorder answers")
    rows = _rows(fields_of(record, part=decision.item.part))
    return f"<h3>{html.escape(title)}</h3><table cellpadding='2'>{rows}</table>"


def _consent_html(consent: Consent) -> str:
    pairs = [(field_label(n), value_text(getattr(consent, n))) for n in CONSENT_ELEMENTS]
    title = translate("DisclosurePacket", "Consent signed") + " " + value_text(consent.signed_on)
    rows = _rows((k, v) for k, v in pairs if v)
    return f"<h3>{html.escape(title)}</h3><table cellpadding='2'>{rows}</table>"


def packet_html(review: Review, *, program: str, disclosed_by: str) -> str:
    person = review.participant
    decision = review.decision
    head = [
        (translate("DisclosurePacket", "Participant"), f"{person.first_name} {person.last_name}"),
        (translate("DisclosurePacket", "Date of birth"), value_text(person.date_of_birth)),
        (translate("DisclosurePacket", "Recipient"), decision.recipient.name or decision.recipient.code),
        (translate("DisclosurePacket", "Purpose"), enum_label(decision.purpose)),
        (translate("DisclosurePacket", "Disclosed by"), disclosed_by),
        (translate("DisclosurePacket", "Date"), value_text(decision.on)),
    ]
    title = translate("DisclosurePacket", "Disclosure from") + " " + program
    copy = translate("DisclosurePacket", "Copy of the consent relied on (42 CFR 2.32(b))")
    parts = [f"<h1>{html.escape(title)}</h1><table>{_rows(head)}</table>"]
    parts += [_item_html(d, r) for d, r in review.included]
    parts.append(f"<h2>{html.escape(copy)}</h2>")
    parts += [_consent_html(c) for c in review.consents_relied_on]
    return "".join(parts)


def accounting_html(disclosures: list[Disclosure], *, participant: str, program: str) -> str:
    title = translate("DisclosurePacket", "Accounting of disclosures (42 CFR 2.25)")
    head = f"<h1>{html.escape(title)}</h1>"
    head += f"<p>{html.escape(participant)} — {html.escape(program)}</p>"
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(t)}</td>" for t in (
            value_text(d.disclosed_at), d.recipient, enum_label(d.purpose),
            d.description or ", ".join(entity_label(e) for e in d.items), enum_label(d.delivery),
            d.disclosed_by,
        )) + "</tr>"
        for d in disclosures
    )  # fmt: skip
    titles = (
        translate("DisclosurePacket", "When"), translate("DisclosurePacket", "To"),
        translate("DisclosurePacket", "Purpose"), translate("DisclosurePacket", "What"),
        translate("DisclosurePacket", "How"), translate("DisclosurePacket", "By"),
    )  # fmt: skip
    header = "<tr>" + "".join(f"<th align='left'>{html.escape(t)}</th>" for t in titles) + "</tr>"
    return head + f"<table cellpadding='3' width='100%'>{header}{rows}</table>"


def write_pdf(path: Path, body_html: str, *, foot: str = NOTICE) -> int:
    """Write `body_html` as a Letter PDF with `foot` at the bottom of every page; the page count."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 14),
        )
    )
    page = writer.pageLayout().paintRectPixels(DPI)
    foot_height = FOOT_HEIGHT_MM / 25.4 * DPI
    body, notice = QTextDocument(), QTextDocument()
    for doc in (body, notice):
        doc.documentLayout().setPaintDevice(writer)
    body.setHtml(body_html)
    body.setPageSize(QSizeF(page.width(), page.height() - foot_height))
    notice.setHtml(f"<p style='font-size:7pt'>{html.escape(foot)}</p>")
    notice.setTextWidth(page.width())
    pages = body.pageCount()
    painter = QPainter(writer)
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body.pageSize().height())
            body.drawContents(
                painter, QRectF(0, number * body.pageSize().height(), page.width(), body.pageSize().height())
            )
            painter.restore()
            painter.save()
            painter.translate(0, page.height() - foot_height + 20)
            notice.drawContents(painter)
            painter.restore()
    finally:
        painter.end()
    return pages
