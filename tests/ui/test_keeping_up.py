"""How a page keeps up with the store's changes (ui/keeping_up.py): while it is shown, several changes
to what it shows read it again once; changes to anything else, never; while it is hidden a change only
marks it stale, and it reads again once when it is next shown — unless it read everything itself
meanwhile."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from leaddesk.desk import Changes, Desk
from leaddesk.storage.store import Store
from leaddesk.ui.keeping_up import KeptUp
from leaddesk.ui.session import Session


class Page(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.changed: list[str] = []
        self.kept_up = KeptUp(
            self,
            session,
            entities={"contact", "need"},
            on_change=lambda: self.changed.append("change"),
            on_show=lambda: self.changed.append("show"),
        )


@pytest.fixture
def page(qtbot: Any, qapp: Any, store: Store) -> tuple[Page, Session]:
    session = Session(Desk(store))
    widget = Page(session)
    qtbot.addWidget(widget)
    return widget, session


def contact() -> Changes:
    return Changes(entities=frozenset({"contact"}), record_ids=frozenset({"c-1"}))


def test_changes_while_shown_read_the_page_once(qtbot: Any, page: tuple[Page, Session]) -> None:
    widget, session = page
    widget.show()
    qtbot.waitExposed(widget)
    for _ in range(5):
        session.announce(contact())
    qtbot.waitUntil(lambda: widget.changed == ["change"], timeout=2_000)
    qtbot.wait(100)
    assert widget.changed == ["change"]
    session.announce(Changes(entities=frozenset({"task"}), record_ids=frozenset({"t-1"})))
    qtbot.wait(100)
    assert widget.changed == ["change"]  # not what the page shows


def test_a_change_while_hidden_reads_the_page_when_it_is_shown(
    qtbot: Any, page: tuple[Page, Session]
) -> None:
    widget, session = page
    session.announce(contact())
    session.announce(Changes(everything=True))  # a sync
    qtbot.wait(100)
    assert (widget.changed, widget.kept_up.stale) == ([], True)
    widget.show()
    qtbot.waitUntil(lambda: widget.changed == ["show"], timeout=2_000)
    assert not widget.kept_up.stale
    widget.hide()
    widget.show()
    qtbot.wait(100)
    assert widget.changed == ["show"]  # nothing changed since


def test_a_page_that_read_everything_meanwhile_is_not_read_again_when_shown(
    qtbot: Any, page: tuple[Page, Session]
) -> None:
    widget, session = page
    session.announce(contact())
    widget.kept_up.fresh()  # the workspace refreshed it as it showed it
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(100)
    assert widget.changed == []
