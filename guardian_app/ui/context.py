"""The objects every page receives: the current content, region, session and settings.

Pages never talk to each other. They read from the :class:`AppContext`, write the in-memory session through it,
and ask for navigation with :meth:`AppContext.open`; the main window routes those requests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from guardian_app.content.model import Content, ContentIssue
from guardian_app.family.session import Session

if TYPE_CHECKING:
    from guardian_app.ui.saving.service import SavingService

ContentLoader = Callable[[str], tuple[Content, tuple[ContentIssue, ...]]]


class AppContext(QObject):
    """Shared state of a running Guardian.

    Signals:
        content_changed: the content was reloaded (e.g. another language); pages rebuild content-derived views.
        region_changed(str): the chosen region changed ("CA", "US", "GB", "AU").
        session_changed: the in-memory session changed (a sign ticked, a starter added to the plan...).
        session_replaced: the session was cleared or another one was opened; pages reset their views from it.
        navigate_requested(str, str): a page asks to show page_id, optionally scrolled to item_id.
        presentation_changed(bool): presentation mode (large text, private notes hidden) turned on or off.
    """

    content_changed = Signal()
    region_changed = Signal(str)
    session_changed = Signal()
    session_replaced = Signal()
    navigate_requested = Signal(str, str)
    presentation_changed = Signal(bool)
    family_forgotten = Signal()

    def __init__(
        self,
        content: Content,
        settings: QSettings,
        *,
        region: str = "CA",
        load_issues: tuple[ContentIssue, ...] = (),
        content_loader: ContentLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.settings = settings
        self.region = region if content.region(region) else (content.regions[0].id if content.regions else region)
        self.load_issues = load_issues
        self.session = Session()
        self._content_loader = content_loader
        self.presentation_mode = False
        self._saving: SavingService | None = None

    @property
    def language(self) -> str:
        return self.content.language

    def set_region(self, region: str) -> None:
        if region == self.region or self.content.region(region) is None:
            return
        self.region = region
        self.settings.setValue("region", region)
        self.region_changed.emit(region)

    def set_language(self, language: str) -> None:
        """Reload content in another language (UI translators are swapped by the caller)."""
        if language == self.content.language or self._content_loader is None:
            return
        self.content, self.load_issues = self._content_loader(language)
        self.settings.setValue("language", language)
        self.content_changed.emit()

    def open(self, page_id: str, item_id: str = "") -> None:
        """Ask the main window to show a page (and an item on it)."""
        self.navigate_requested.emit(page_id, item_id)

    def set_presentation_mode(self, enabled: bool) -> None:
        if enabled != self.presentation_mode:
            self.presentation_mode = enabled
            self.presentation_changed.emit(enabled)

    def forget_family(self) -> None:
        """End session: every widget drops what it holds about the family (fields, searches, filters, ticks,
        undo history). Quick exit does the same from the window."""
        self.family_forgotten.emit()

    def notify_session_changed(self) -> None:
        self.session_changed.emit()

    def replace_session(self, session: Session | None = None) -> None:
        """Start a new empty session, or switch to a reopened one."""
        self.session = session if session is not None else Session()
        self.session_replaced.emit()

    def saving(self) -> SavingService:
        """Saving, opening and erasing, imported on first use (storage stays out of start-up)."""
        if self._saving is None:
            from guardian_app.ui.saving.service import SavingService

            self._saving = SavingService(self)
        return self._saving

    @property
    def saving_in_use(self) -> bool:
        """Whether anything in this run has saved, opened or erased (if not, nothing needs forgetting)."""
        return self._saving is not None
