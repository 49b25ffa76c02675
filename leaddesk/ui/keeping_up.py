"""How a page follows the store's changes: a change to what it shows is read again soon while the page
is on screen (several changes in one step, once), and otherwise only marks the page stale, so it reads
again when next shown — not while the user works elsewhere, and not hundreds of times during a big
pull."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from leaddesk.desk import Changes
from leaddesk.ui.session import Session


class KeptUp(QObject):
    """Keeps `page` up with the changes to `entities`: `on_change` runs `delay_ms` after the last of
    them while the page is visible; `on_show` (default: `on_change`) runs when the page is shown after
    one came while it was hidden. The page calls `fresh()` whenever it reads everything again itself."""

    def __init__(
        self,
        page: QWidget,
        session: Session,
        *,
        entities: Collection[str],
        on_change: Callable[[], None],
        on_show: Callable[[], None] | None = None,
        delay_ms: int = 30,
    ) -> None:
        super().__init__(page)
        self._page, self._entities = page, frozenset(entities)
        self._on_show = on_show or on_change
        self.stale = False
        self._coalesce = QTimer(self, singleShot=True, interval=delay_ms)
        self._coalesce.timeout.connect(on_change)
        session.changed.connect(self._changed)
        page.installEventFilter(self)

    def fresh(self) -> None:
        self.stale = False

    def _changed(self, change: Changes) -> None:
        if not change.concerns(self._entities):
            return
        if self._page.isVisible():
            self._coalesce.start()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show:
            # Deferred: a workspace that shows a page may refresh it too, and that makes it fresh.
            QTimer.singleShot(0, self, self._refresh_if_stale)
        return False

    def _refresh_if_stale(self) -> None:
        if self.stale:
            self.stale = False
            self._on_show()
