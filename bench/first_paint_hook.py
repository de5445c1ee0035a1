"""The first-paint hook of the reference windows: quit right after the window's first paint.

A copy of ``guardian_app/ui/window/first_paint.py`` (Guardian's own hook, used when
``GUARDIAN_EXIT_AFTER_FIRST_PAINT=1``), kept here so the reference windows never import ``guardian_app``:
importing the package would add its cost to the floor Guardian is compared with.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _ExitAfterFirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, QApplication.quit)  # on the next turn, so the paint completes
        return False


def install(window: QWidget) -> None:
    """Quit the application as soon as ``window`` has painted once."""
    window.installEventFilter(_ExitAfterFirstPaint(window))
