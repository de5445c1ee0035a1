"""Quick exit (GOV.UK "Exit this page"): Shift x3, the button, what is hidden, what is forgotten."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from guardian_app.ui.window import quick_exit
from guardian_app.ui.window.main_window import MainWindow


def _visible_windows() -> list[QWidget]:
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]


def _handle(target: QWidget) -> QWindow:
    """The window a real keyboard's keys reach first: the filter watches it, not the widgets inside."""
    handle = target.window().windowHandle()
    assert handle is not None, "show the window before typing"
    return handle


def _shift(target: QWidget) -> None:
    QTest.keyPress(_handle(target), Qt.Key.Key_Shift)
    QTest.keyRelease(_handle(target), Qt.Key.Key_Shift)


def _key(target: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(_handle(target), key)


def _shift_letter(target: QWidget) -> None:
    """Shift held while typing A, as when writing a capital letter.

    With a modifier, QTest itself sends Shift press, A press, A release, Shift release (as a keyboard does).
    """
    QTest.keyPress(_handle(target), Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyRelease(_handle(target), Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)


def _focus(qtbot: object, widget: QWidget) -> None:
    """Show ``widget``'s window and wait until it has the keyboard focus, as after a click on it."""
    window = widget.window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())  # type: ignore[attr-defined]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def gesture(qtbot: object) -> Iterator[tuple[QLineEdit, quick_exit.ShiftTripleFilter, list[bool], FakeClock]]:
    """A focused text box, a Shift x3 filter with a fake clock following the focus, and the list of triggers."""
    box = QLineEdit()
    box.setAccessibleName("test box")
    qtbot.addWidget(box)  # type: ignore[attr-defined]
    clock = FakeClock()
    detector = quick_exit.ShiftTripleFilter(box, clock=clock)
    fired: list[bool] = []
    detector.triggered.connect(lambda: fired.append(True))
    detector.attach()
    _focus(qtbot, box)
    yield box, detector, fired, clock
    detector.detach()


def test_three_shift_presses_trigger(gesture: tuple) -> None:
    box, _detector, fired, _clock = gesture
    _shift(box)
    _shift(box)
    assert not fired
    _shift(box)
    assert fired == [True]


def test_shift_used_for_a_capital_letter_does_not_count(gesture: tuple) -> None:
    box, _detector, fired, _clock = gesture
    _shift(box)
    _shift_letter(box)
    _shift(box)
    _shift(box)
    assert not fired
    _shift(box)
    assert fired == [True]


def test_any_other_key_starts_over(gesture: tuple) -> None:
    box, _detector, fired, _clock = gesture
    _shift(box)
    _shift(box)
    _key(box, Qt.Key.Key_B)
    _shift(box)
    _shift(box)
    assert not fired
    _key(box, Qt.Key.Key_Escape)
    _shift(box)
    assert not fired


def test_presses_spread_over_too_long_do_not_trigger(gesture: tuple) -> None:
    box, _detector, fired, clock = gesture
    _shift(box)
    clock.now += 3
    _shift(box)
    clock.now += quick_exit.SEQUENCE_SECONDS  # the third press comes too late: it starts a new count
    _shift(box)
    assert not fired
    clock.now += 1
    _shift(box)
    clock.now += 1
    _shift(box)
    assert fired == [True]


def test_shift_three_times_hides_everything_and_quits(main_window: MainWindow, qtbot: object) -> None:
    _focus(qtbot, main_window)
    main_window.context.session.set_ticked("hides-screen", True)
    main_window.context.session.notes = "private note"
    replaced: list[bool] = []
    main_window.context.session_replaced.connect(lambda: replaced.append(True))
    old_session = main_window.context.session
    # What was still on screen, and what was still remembered, when the quit ran.
    at_quit: list[tuple[list[QWidget], bool]] = []
    main_window.quit_app = lambda: at_quit.append((_visible_windows(), old_session.is_empty()))

    for _ in range(3):
        _shift(main_window)
    QApplication.processEvents()

    # Hidden and forgotten first; the quit runs on a later event-loop turn.
    assert at_quit == [([], True)]
    assert _visible_windows() == []
    assert main_window.context.session.is_empty()
    assert replaced == [True]


def test_shift_three_times_in_a_dialog(main_window: MainWindow, qtbot: object) -> None:
    main_window.show()
    dialog = QDialog(main_window)
    dialog.setWindowTitle("test dialog")
    _focus(qtbot, dialog)
    for _ in range(3):
        _shift(dialog)
    QApplication.processEvents()
    assert _visible_windows() == []
    assert main_window.quit_calls == [True]  # type: ignore[attr-defined]


def test_quick_exit_button(main_window: MainWindow, qtbot: object) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)  # type: ignore[attr-defined]
    main_window.open_search()
    panel = main_window.search_panel
    assert panel is not None
    panel.search_box.setText("school")
    main_window.quick_exit_button.click()
    assert _visible_windows() == []
    assert panel.search_box.text() == ""  # the search words are forgotten too
    QApplication.processEvents()
    assert main_window.quit_calls == [True]  # type: ignore[attr-defined]


def test_minimise_mode_goes_home(main_window: MainWindow, qtbot: object) -> None:
    main_window.quick_exit_minimise_action.setChecked(True)
    assert main_window.context.settings.value(quick_exit.MODE_SETTING) == quick_exit.MODE_MINIMISE
    main_window.show()
    qtbot.waitExposed(main_window)  # type: ignore[attr-defined]
    main_window.show_page("about")
    main_window.quick_exit()
    assert _visible_windows() == []
    assert main_window.current_page_id == "home"
    QApplication.processEvents()
    assert main_window.quit_calls == []  # type: ignore[attr-defined]
    assert main_window.isMinimized()


def test_one_key_press_counts_once_through_the_window(main_window: MainWindow, qtbot: object) -> None:
    """A real key press visits the window, the focused widget and its parents: it must count once."""
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)  # type: ignore[attr-defined]
    main_window.show_page("about")
    handle = main_window.windowHandle()
    assert handle is not None
    for _ in range(2):
        QTest.keyPress(handle, Qt.Key.Key_Shift)
        QTest.keyRelease(handle, Qt.Key.Key_Shift)
    assert main_window.isVisible()
    QTest.keyPress(handle, Qt.Key.Key_Shift)
    QTest.keyRelease(handle, Qt.Key.Key_Shift)
    assert _visible_windows() == []
