"""Quick exit: hide Guardian at once, with a button or by pressing Shift three times.

This follows GOV.UK's "Exit this page" component: Shift was chosen over Esc because Esc already closes dialogs
and leaves full screen. The gesture counts Shift key *releases* that do not follow a Shift-modified key
(typing "Shift+A" is not a Shift press), any other key starts over, and the three presses must fall within
:data:`SEQUENCE_SECONDS`. The filter watches whichever of Guardian's windows has the keyboard focus (the main
window or a dialog): keys reach that window first, once each, before any widget sees them. So it works on every
page and in every dialog, but only while Guardian has the keyboard focus: we never install a system-wide
keyboard hook. Watching windows rather than the whole application also keeps the filter out of the way of the
thousands of other events Qt delivers (paints, layouts, timers), each of which would otherwise call into Python.

What quick exit does, in this order: hide every window in the same event-loop turn (before anything else can
run or write), forget the family's in-memory answers, then quit, or show Home and minimise if the user chose
that.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from guardian_app.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

PRESSES_TO_EXIT = 3
SEQUENCE_SECONDS = 5.0
MODE_SETTING = "quick_exit/mode"
MODE_QUIT = "quit"
MODE_MINIMISE = "minimise"
# The filter sees every event of the focused window (expose, mouse, keys...): the first test must be as cheap
# as Python allows, one membership test against values looked up once here.
_KEY_EVENT_TYPES = frozenset((QEvent.Type.KeyPress, QEvent.Type.KeyRelease))


class ShiftTripleFilter(QObject):
    """Event filter on the focused window that emits :attr:`triggered` after Shift is pressed three times.

    Call :meth:`attach` once; it follows the keyboard focus from window to window.

    Signals:
        triggered: Shift was pressed three times in a row, within the time allowed.
        progress(int): presses still needed (2, then 1) after a counted press; 0 when the count starts over.

    Args:
        clock: returns seconds; tests pass a fake clock instead of sleeping.
    """

    triggered = Signal()
    progress = Signal(int)

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._count = 0
        self._first_press_at = 0.0
        self._last_key_was_modified = False
        self._app: QGuiApplication | None = None

    def attach(self) -> None:
        """Watch the focused window from now on, and every window that gets the focus later."""
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication) or self._app is not None:
            return
        self._app = app
        app.focusWindowChanged.connect(self._watch)
        self._watch(app.focusWindow())

    def detach(self) -> None:
        """Stop answering Shift x3 (a closed main window)."""
        if self._app is None:
            return
        self._app.focusWindowChanged.disconnect(self._watch)
        for window in self._app.topLevelWindows():
            window.removeEventFilter(self)
        self._app = None

    def _watch(self, window: QWindow | None) -> None:
        # Installing the same filter again on a window only moves it to the front: no duplicates.
        if window is not None:
            window.installEventFilter(self)

    def reset(self) -> None:
        if self._count:
            self._count = 0
            self.progress.emit(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _KEY_EVENT_TYPES and isinstance(event, QKeyEvent):
            self._handle_key(event)
        return False  # never swallow a key: typing must work as usual

    def _handle_key(self, event: QKeyEvent) -> None:
        if event.isAutoRepeat():
            return
        is_shift = event.key() == Qt.Key.Key_Shift
        if not is_shift:
            # Any other key (or Shift+letter) starts over; the Shift release after Shift+letter is ignored.
            self.reset()
            self._last_key_was_modified = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        if event.type() != QEvent.Type.KeyRelease:
            return
        if self._last_key_was_modified:
            self._last_key_was_modified = False
            return
        now = self._clock()
        if self._count and now - self._first_press_at > SEQUENCE_SECONDS:
            self._count = 0
        if self._count == 0:
            self._first_press_at = now
        self._count += 1
        if self._count >= PRESSES_TO_EXIT:
            self._count = 0
            self.triggered.emit()
        else:
            self.progress.emit(PRESSES_TO_EXIT - self._count)


def hide_all_windows() -> None:
    """Hide every top-level window now. Hiding a modal dialog also ends its event loop."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


def schedule_quit(quit_app: Callable[[], None] | None = None) -> None:
    """Quit on the next event-loop turn, after the hide has been processed."""
    QTimer.singleShot(0, quit_app or QApplication.quit)


def mode(settings: QSettings) -> str:
    """What quick exit does, as chosen in the View menu: quit (the default) or minimise to Home."""
    chosen = settings.value(MODE_SETTING, MODE_QUIT)
    return MODE_MINIMISE if chosen == MODE_MINIMISE else MODE_QUIT


def set_mode(settings: QSettings, minimise: bool) -> None:
    settings.setValue(MODE_SETTING, MODE_MINIMISE if minimise else MODE_QUIT)


def leave(window: MainWindow) -> None:
    """Hide everything now, forget the session, then quit (or show Home minimised, if chosen)."""
    window._quick_exiting = True
    # First, in this very event-loop turn: nothing may stay on screen after the trigger.
    hide_all_windows()
    window.context.session.clear()
    clear_pages(window)
    _forget_saved_state(window)
    window.context.replace_session()
    if window.context.presentation_mode:
        window.context.set_presentation_mode(False)
    if window.quick_exit_mode() == MODE_MINIMISE:
        home = window.page("home")
        if home is not None:
            window.after_quick_exit_to_home(home)
        window._quick_exiting = False
        QTimer.singleShot(0, window.showMinimized)
        return
    schedule_quit(window.quit_app)


def clear_pages(window: MainWindow) -> None:
    """Every built page and the search drop what they hold about the family (quick exit, End session)."""
    for page_id, page in window.pages.built_pages().items():
        try:
            page.clear_sensitive()
        except Exception:
            log.exception("Clearing the page %r failed", page_id)
    if window.search_panel is not None:
        window.search_panel.clear()


def _forget_saved_state(window: MainWindow) -> None:
    # Only if saving was used in this run (never import storage just to exit): drop the record and key.
    if window.context.saving_in_use:
        window.context.saving().forget()
