"""Quick exit: hide Guardian at once, with a button or by pressing Shift three times.

This follows GOV.UK's "Exit this page" component: Shift was chosen over Esc because Esc already closes dialogs
and leaves full screen. The gesture counts Shift key *releases* that do not follow a Shift-modified key
(typing "Shift+A" is not a Shift press), any other key starts over, and the three presses must fall within
:data:`SEQUENCE_SECONDS`. The filter is installed on the application, so it works on every page and in every
dialog, but only while Guardian has the keyboard focus: we never install a system-wide keyboard hook.

What quick exit does, in this order: hide every window in the same event-loop turn (before anything else can
run or write), forget the family's in-memory answers, then quit, or show Home and minimise if the user chose
that.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

PRESSES_TO_EXIT = 3
SEQUENCE_SECONDS = 5.0
MODE_SETTING = "quick_exit/mode"
MODE_QUIT = "quit"
MODE_MINIMISE = "minimise"
# The filter sees every event of the application (paints, moves, timers...): the first test must be as cheap
# as Python allows, one membership test against values looked up once here.
_KEY_EVENT_TYPES = frozenset((QEvent.Type.KeyPress, QEvent.Type.KeyRelease))


class ShiftTripleFilter(QObject):
    """Application-wide event filter that emits :attr:`triggered` after Shift is pressed three times.

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
        # One key press reaches the filter several times (window, focus widget, then each parent while nobody
        # accepts it). We remember the event object and the receivers it may still propagate to.
        self._last_event_address = 0
        self._last_event_kind: tuple[int, int] = (0, 0)
        self._last_chain: frozenset[int] = frozenset()

    def reset(self) -> None:
        if self._count:
            self._count = 0
            self.progress.emit(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _KEY_EVENT_TYPES and isinstance(watched, QWidget) \
                and isinstance(event, QKeyEvent) and self._is_new_key_event(watched, event):
            self._handle_key(event)
        return False  # never swallow a key: typing must work as usual

    def _is_new_key_event(self, receiver: QWidget, event: QKeyEvent) -> bool:
        address = shiboken6.getCppPointer(event)[0]
        signature = (int(event.type().value), int(event.key()))
        receiver_address = shiboken6.getCppPointer(receiver)[0]
        if address == self._last_event_address and signature == self._last_event_kind \
                and receiver_address in self._last_chain:
            return False  # the same key press, propagating to a parent widget
        chain = set()
        widget: QWidget | None = receiver.parentWidget()
        while widget is not None:
            chain.add(shiboken6.getCppPointer(widget)[0])
            widget = widget.parentWidget()
        self._last_event_address = address
        self._last_event_kind = signature
        self._last_chain = frozenset(chain)
        return True

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
