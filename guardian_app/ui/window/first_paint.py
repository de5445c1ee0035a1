"""Benchmark hook: quit right after the main window's first paint.

``bench/startup.py`` sets ``GUARDIAN_EXIT_AFTER_FIRST_PAINT=1`` and measures the whole process, from launch to the
first frame on screen, against a bare PySide6 window that uses this same hook.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "GUARDIAN_EXIT_AFTER_FIRST_PAINT"


class _ExitAfterFirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # Quit on the next turn so the paint itself completes and is flushed.
            QTimer.singleShot(0, QApplication.quit)
        return False


def requested() -> bool:
    return os.environ.get(ENV_VAR) == "1"


def install(window: QWidget) -> None:
    """Quit the application as soon as ``window`` has painted once."""
    window.installEventFilter(_ExitAfterFirstPaint(window))
