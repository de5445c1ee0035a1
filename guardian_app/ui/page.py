"""The base class of every page shown in the main window."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from guardian_app.ui.context import AppContext


class Page(QWidget):
    """A page of the main window.

    Subclasses set ``page_id``, build their widgets in ``__init__`` from ``context.content``, set all translatable
    chrome in :meth:`retranslate` (called on ``LanguageChange``), and rebuild content-derived views when
    ``context.content_changed`` fires.
    """

    page_id: ClassVar[str] = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page-{self.page_id}")

    def show_item(self, item_id: str) -> None:
        """Scroll to and highlight one item (a stage, a sign, a group...). Unknown ids are ignored."""

    def clear_sensitive(self) -> None:
        """Forget anything about the family shown on this page (quick exit, End session)."""

    def retranslate(self) -> None:
        """Set every translatable UI string again (content strings come from ``context.content``)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
