"""Soak test: one real main window, every page and every action many times; nothing may pile up.

Counselors leave Guardian open all day and click through it with family after family. Here one process drives
the real :class:`MainWindow` through many rounds of everything a person does (navigate, tick signs, filter,
build a plan, switch region and language, search, presentation mode, quick exit, answer dialogs, export PDFs),
then checks that nothing grew between a warm-up round and the end:

* no Qt object of any type is left over (counted by type under the window, and the application's top-level
  windows, so a dialog or popup that is never deleted shows up by name);
* the resident memory grew by less than :data:`MAX_RSS_GROWTH` (a backstop for leaks outside Qt objects);
* no Qt warning (pytest-qt's ``qt_log_level_fail = "WARNING"``, checked to be active) and no Python warning.

Iteration counts keep the test well under a minute on a small CI machine; nothing here measures time.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import resource
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QListWidget,
    QMessageBox,
    QPushButton,
)

from guardian_app.ui.window.main_window import MainWindow

# How many times each action runs after the warm-up. Any Qt object left over per run shows up exactly in the
# object census, so the counts need not be huge; they are sized so the whole test stays within about a minute
# on a 2-core CI machine (switching language and presentation mode restyle every built page: seconds each).
ROUNDS = {
    "next_page": 100, "filter_signs": 100, "filter_starters": 60,
    "search": 40, "tick_and_untick": 30, "plan_add_remove": 30, "record_add_delete": 20,
    "answer_real_dialogs": 10, "quick_exit_and_come_back": 10, "export_pdfs": 10,
    "switch_region": 4, "presentation_mode": 1, "switch_language": 1,
}
# Objects that depend on where the person left off (the sign shown in detail, the last search) may differ by a
# few; a leak of even one object per run grows by at least the smallest count above.
STATE_SLACK = 8
MAX_RSS_GROWTH = 0.10
URGENT_SIGN = "threatened-with-pictures"
TIMINGS: dict[str, float] = {}


# --- measuring ----------------------------------------------------------------------------------------------


def rss_bytes() -> int:
    """Resident memory now (Linux), else the peak so far (other systems)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def settle() -> None:
    """Run pending events, timers posted for 0 ms and deferred deletions, then collect Python garbage."""
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def object_census(window: MainWindow) -> Counter[str]:
    """Every QObject under the window (pages set aside while it was restyled included) and every other
    top-level widget of the application, counted by type."""
    census: Counter[str] = Counter()
    set_aside = [frame for frame in window.page_frames() if frame.window() is not window]
    for root in (window, *set_aside):
        for obj in root.findChildren(QObject):
            census[type(obj).__name__] += 1
    for frame in set_aside:
        census[type(frame).__name__] += 1
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() != "pagesSetAside":  # the window's own hidden holder of those pages
            census[f"top-level {type(widget).__name__}"] += 1
    return census


def grown(before: Counter[str], after: Counter[str], slack: int = 0) -> dict[str, tuple[int, int]]:
    return {name: (before[name], count) for name, count in after.items() if count > before[name] + slack}


def release_free_memory() -> None:
    """Give freed heap pages back to the system (glibc), so RSS counts memory in use, not malloc's cache."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


# --- answering real modal dialogs ---------------------------------------------------------------------------


class DialogAnswerer(QObject):
    """Answers the next modal dialog with a standard button, as a person would, so real dialogs are built."""

    def __init__(self) -> None:
        super().__init__()
        self._button = QMessageBox.StandardButton.NoButton
        self.answered: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._answer)

    def answer_next(self, button: QMessageBox.StandardButton) -> None:
        assert not self._timer.isActive(), "the previous dialog never came"
        self._button = button
        self._timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self._timer.stop()
        self.answered.append(box.text())
        target = box.button(self._button)
        assert target is not None, f"no {self._button} button on {box.text()!r}"
        target.click()


# --- the actions --------------------------------------------------------------------------------------------


class Driver:
    """Everything a person does, one small step at a time, on the real window."""

    def __init__(self, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.window = window
        self.context = window.context
        self.tmp_path = tmp_path
        self.answerer = DialogAnswerer()
        self.step = 0
        self.quits = 0
        self.pdf_target = tmp_path / "out.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *args, **kwargs: (str(self.pdf_target), ""))
        self.signs = window.page("signs")
        self.talk = window.page("talk")
        self.help = window.page("help")
        self.record = window.page("record")
        self.session = window.page("session")
        assert self.signs is not None and self.talk is not None and self.record is not None
        self.sign_ids = [sign.id for sign in self.context.content.signs][:6]
        self.starter_ids = [starter.id for starter in self.context.content.starters][:4]
        self.regions = [region.id for region in self.context.content.regions]

    # cheap --------------------------------------------------------------------------------------

    def next_page(self) -> None:
        """The next page in the navigation list, as a click would; Back and Home once per lap."""
        nav = self.window.findChild(QListWidget, "navigation")
        row = self.step % nav.count()
        nav.setCurrentRow(row)
        assert self.window.current_page_id == self.window.available_page_ids()[row]
        if row == nav.count() - 1:
            QApplication.processEvents()
            self.window.back_action.trigger()
            self.window.home_action.trigger()

    def tick_and_untick(self) -> None:
        model = self.signs.checklist_model  # type: ignore[union-attr]
        # Every third time an urgent sign, which raises (then hides) the urgent banner.
        sign_id = URGENT_SIGN if self.step % 3 == 0 else self.sign_ids[self.step % len(self.sign_ids)]
        assert model.set_ticked(sign_id, True)
        QApplication.processEvents()
        assert model.set_ticked(sign_id, False)

    def filter_signs(self) -> None:
        page: Any = self.signs
        combo = page.findChild(QComboBox, "categoryFilter")
        only_ticked = page.findChild(QCheckBox, "onlyTicked")
        combo.setCurrentIndex((self.step % (combo.count() - 1)) + 1)
        only_ticked.setChecked(True)
        QApplication.processEvents()
        only_ticked.setChecked(False)
        combo.setCurrentIndex(0)

    def filter_starters(self) -> None:
        page: Any = self.talk
        page.age_combo.setCurrentIndex(self.step % page.age_combo.count())
        page.situation_combo.setCurrentIndex(self.step % page.situation_combo.count())
        page.search_edit.setText(("secret", "game", "photo", "zzz-nothing")[self.step % 4])
        QApplication.processEvents()
        page.reset_filters()

    def plan_add_remove(self) -> None:
        page: Any = self.talk
        starter_id = self.starter_ids[self.step % len(self.starter_ids)]
        page.set_in_plan(self.starter_ids[0], True)
        page.set_in_plan(starter_id, True)
        QApplication.processEvents()
        remove_buttons = [button for button in page.plan_panel.findChildren(QPushButton)
                          if button.text() == "Remove"]
        assert remove_buttons
        remove_buttons[-1].click()  # the way a person removes one: the row's own button
        page.set_in_plan(self.starter_ids[0], False)
        assert self.context.session.plan == []

    def search(self) -> None:
        self.window.find_action.trigger()
        panel = self.window.search_panel
        assert panel is not None
        panel.search_box.setText(("help", "threat", "school", "zzz")[self.step % 4])
        QApplication.processEvents()
        if self.step % 2 and panel.results.count():
            panel.search_box.returnPressed.emit()  # opens the first result
        else:
            panel.close_panel()

    def record_add_delete(self) -> None:
        page: Any = self.record
        page.add_entry()  # a new entry carries today's date, so deleting it asks first: a real dialog
        self.answerer.answer_next(QMessageBox.StandardButton.Yes)
        page.delete_entry()
        assert page.entry_list.count() == 0

    # medium --------------------------------------------------------------------------------------

    def switch_region(self) -> None:
        self.context.set_region(self.regions[self.step % len(self.regions)])
        QApplication.processEvents()
        self.context.set_region("CA")

    def presentation_mode(self) -> None:
        self.window.presentation_action.trigger()
        QApplication.processEvents()
        self.window.presentation_action.trigger()

    def answer_real_dialogs(self) -> None:
        page: Any = self.signs
        clear_ticks = page.findChild(QPushButton, "resetTicks")
        self.context.session.set_ticked(self.sign_ids[0], True)
        self.context.notify_session_changed()
        self.answerer.answer_next(QMessageBox.StandardButton.No)
        clear_ticks.click()
        assert self.context.session.ticked_signs, "No keeps the ticks"
        self.answerer.answer_next(QMessageBox.StandardButton.Yes)
        clear_ticks.click()
        assert not self.context.session.ticked_signs, "Yes clears the ticks"

    def quick_exit_and_come_back(self) -> None:
        window = self.window
        minimise = self.step % 2 == 1
        window.quick_exit_minimise_action.setChecked(minimise)
        self.context.session.set_ticked(self.sign_ids[0], True)
        window.quick_exit_button.click()
        assert not window.isVisible()
        assert self.context.session.is_empty()
        QApplication.processEvents()
        self.quits += not minimise
        # Quitting is replaced by the fixture; a real run would end here. Start again as a new launch would.
        window.quick_exit_minimise_action.setChecked(False)
        window._quick_exiting = False
        window.showNormal()
        window.show_page("home")

    def switch_language(self) -> None:
        languages = ("English", "Français")
        actions = [action for action in self.window.findChildren(QAction) if action.text() in languages]
        by_text = {action.text(): action for action in actions}
        if "Français" not in by_text:
            pytest.skip("no Language menu")
        by_text["Français"].trigger()
        QApplication.processEvents()
        by_text["English"].trigger()

    # expensive --------------------------------------------------------------------------------------

    def export_pdfs(self) -> None:
        page: Any = self.talk
        page.set_in_plan(self.starter_ids[0], True)
        assert page.export_pdf()
        page.set_in_plan(self.starter_ids[0], False)
        self.session.export_pdf()  # type: ignore[union-attr]
        self.record.export_pdf()  # type: ignore[union-attr]
        assert self.pdf_target.stat().st_size > 1000
        self.pdf_target.unlink()


def _rounds(driver: Driver) -> list[tuple[Callable[[], None], int]]:
    return [(getattr(driver, name), count) for name, count in ROUNDS.items()]


def run_round(driver: Driver, action: Callable[[], None]) -> None:
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    TIMINGS[action.__name__] = TIMINGS.get(action.__name__, 0.0) + time.perf_counter() - started
    driver.step += 1


@pytest.fixture
def record_warnings() -> Iterator[list[warnings.WarningMessage]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught


def test_qt_warnings_fail_tests(request: pytest.FixtureRequest) -> None:
    """The soak test relies on this: a Qt warning anywhere fails it (pyproject.toml)."""
    assert request.config.getini("qt_log_level_fail") == "WARNING"
    assert request.config.getini("filterwarnings") == ["error"]


# A modal dialog left open would block in Qt's event loop, where the default (signal) timeout never fires.
@pytest.mark.timeout(300, method="thread")
def test_soak_everything_many_times(main_window: MainWindow, qtbot: Any, qtlog: Any, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch,
                                    record_warnings: list[warnings.WarningMessage]) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)
    driver = Driver(main_window, tmp_path, monkeypatch)
    rounds = _rounds(driver)

    # Warm-up: every page built and every action run once, so caches and first-use imports exist.
    assert main_window.build_all_pages() == []
    for action, _count in rounds:
        run_round(driver, action)
    settle()
    census_before = object_census(main_window)
    release_free_memory()
    rss_before = rss_bytes()

    most = max(count for _action, count in rounds)
    for iteration in range(most):
        for action, count in rounds:
            if iteration < count:
                run_round(driver, action)
    settle()
    census_after = object_census(main_window)
    release_free_memory()
    rss_after = rss_bytes()

    print("\nsoak timings (s):", {name: round(seconds, 2) for name, seconds in TIMINGS.items()})
    assert grown(census_before, census_after, STATE_SLACK) == {}, "Qt objects (before, after) that piled up"
    # Dialogs, popups and menus must be deleted (or reused): not one more top-level window than after warm-up.
    top_before = Counter({name: n for name, n in census_before.items() if name.startswith("top-level")})
    top_after = Counter({name: n for name, n in census_after.items() if name.startswith("top-level")})
    assert grown(top_before, top_after) == {}
    assert driver.answerer.answered, "the real dialogs were answered"
    assert [str(caught.message) for caught in record_warnings] == []
    failing_types = ("QtWarningMsg", "QtCriticalMsg", "QtFatalMsg")
    qt_problems = [record.message for record in qtlog.records
                   if not record.ignored and record.type_name in failing_types]
    assert qt_problems == []
    assert len(main_window.quit_calls) == driver.quits  # type: ignore[attr-defined]

    growth = rss_after / rss_before - 1
    assert growth < MAX_RSS_GROWTH, (f"resident memory grew {growth:.0%} "
                                     f"({rss_before / 2**20:.0f} -> {rss_after / 2**20:.0f} MiB)")
