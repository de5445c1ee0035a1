"""The search panel: a box that searches everything as you type, and a list of results to jump to.

It opens under the header with Ctrl+F (or the Search button) and closes with Esc. The index is built the first
time the panel opens and rebuilt when the content or the region changes, so the results always match what the
pages show.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.search import SearchHit, SearchIndex
from guardian_app.ui.context import AppContext
from guardian_app.ui.widgets.labels import announce

HIT_ROLE = Qt.ItemDataRole.UserRole
MAX_RESULTS = 50


class SearchPanel(QFrame):
    """Search box and results. Enter, a click or a double-click opens a result through ``context.open``.

    Signals:
        closed: the panel was closed (Esc, the Close button, or a result was opened).
    """

    closed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._index: SearchIndex | None = None
        self.setObjectName("searchPanel")
        self.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        row = QHBoxLayout()
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._run_search)
        self.search_box.returnPressed.connect(self._open_current)
        self.search_box.installEventFilter(self)
        row.addWidget(self.search_box, 1)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close_panel)
        row.addWidget(self.close_button)
        layout.addLayout(row)

        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setProperty("role", "muted")
        layout.addWidget(self.status)

        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(320)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.results.installEventFilter(self)
        layout.addWidget(self.results)

        context.content_changed.connect(self._invalidate)
        context.region_changed.connect(self._invalidate)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search signs, conversation starters, help lines…"))
        self.search_box.setAccessibleName(self.tr("Search Guardian"))
        self.close_button.setText(self.tr("Close search"))
        self.close_button.setAccessibleName(self.tr("Close search"))
        self.results.setAccessibleName(self.tr("Search results"))
        self._run_search(self.search_box.text())

    def open_panel(self) -> None:
        self.show()
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot()
    def close_panel(self) -> None:
        self.hide()
        self.closed.emit()

    def clear(self) -> None:
        """Forget the query and the results (quick exit, End session); Undo cannot bring the query back."""
        self.search_box.setText("")  # unlike clear(), setText empties the undo history
        self.results.clear()
        self.hide()

    def hits(self) -> list[SearchHit]:
        return [self.results.item(row).data(HIT_ROLE) for row in range(self.results.count())]

    # --- behaviour ------------------------------------------------------------------------------------------

    def _kind_label(self, kind: str) -> str:
        labels = {
            "sign": self.tr("Warning sign"),
            "category": self.tr("Warning signs"),
            "stage": self.tr("How luring works"),
            "starter": self.tr("Conversation starter"),
            "situation": self.tr("Conversation starters"),
            "phrase": self.tr("What to say"),
            "guide": self.tr("Step-by-step guide"),
            "step": self.tr("Guide step"),
            "resource": self.tr("Help line"),
            "group": self.tr("Get help now"),
            "what-is-happening": self.tr("Get help now"),
            "section": self.tr("Page"),
            "scenario": self.tr("Conversation to practise"),
            "glossary": self.tr("Word to know"),
            "house rule": self.tr("Family safety plan"),
            "family text": self.tr("Family safety plan"),
        }
        return labels.get(kind, "")

    @Slot()
    def _invalidate(self) -> None:
        self._index = None
        if self.isVisible() or self.search_box.text():
            self._run_search(self.search_box.text())

    @Slot(str)
    def _run_search(self, query: str) -> None:
        self.results.clear()
        if not query.strip():
            self.status.setText(self.tr("Type a word, for example “threat” or “school”."))
            return
        if self._index is None:
            self._index = SearchIndex(self.context.content, self.context.region)
        hits = self._index.search(query, limit=MAX_RESULTS)
        for hit in hits:
            text = self.tr("{kind}: {title}").format(kind=self._kind_label(hit.kind), title=hit.title)
            if hit.instead_of:
                # The words to avoid are never shown bare: a parent skimming must not take them as advice.
                text += "\n" + self.tr("Instead of: {phrase}").format(phrase=hit.instead_of)
            elif hit.snippet and hit.snippet != hit.title:
                text += f"\n{hit.snippet}"
            item = QListWidgetItem(text, self.results)
            item.setData(HIT_ROLE, hit)
        if not hits:
            self.status.setText(self.tr("Nothing found. Try another word."))
        elif len(hits) == 1:
            self.status.setText(self.tr("1 result. Press Enter to open it."))
        else:
            summary = self.tr("{count} results. Press Enter to open the first, or choose one.")
            self.status.setText(summary.format(count=len(hits)))
        self.results.setCurrentRow(0 if hits else -1)
        if self.isVisible():  # typing keeps the focus in the box: say how many results came up
            announce(self.status, self.status.text())

    @Slot()
    def _open_current(self) -> None:
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._open_item(item)

    @Slot(QListWidgetItem)
    def _open_item(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        self.close_panel()
        self.context.open(hit.page_id, hit.item_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_panel()
                return True
            if watched is self.search_box and event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
