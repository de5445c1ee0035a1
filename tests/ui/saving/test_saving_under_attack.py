"""Saving through the real menus and dialogs when things go wrong: quick exit in the middle of a question,
damaged items in the list, opening versus saving titles, and a second Guardian using the saved answers.

A :class:`Script` answers the modal dialogs as a person would (it types into the passphrase box, presses Shift
three times in a warning), and notes every dialog that still appears once quick exit was triggered.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from guardian_testing.storage_damage import FAST_KDF, flip_bit
from PySide6.QtCore import QLockFile, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QPushButton, QWidget

from guardian_app.app import guardian_on_screen, install_excepthook
from guardian_app.storage import DB_FILE_NAME, SESSION, Store
from guardian_app.ui.saving.dialogs import error_message
from guardian_app.ui.saving.saved_list import SavedItemsDialog
from guardian_app.ui.saving.state import LOCK_FILE_NAME, REMEMBER_KEY, state_for
from guardian_app.ui.window import quick_exit
from guardian_app.ui.window.main_window import MainWindow

PASSPHRASE = "river stone lamp"
Step = Callable[[QWidget], bool]  # True when done with this dialog


class Script:
    """Answers modal dialogs in order, from a timer inside their event loops.

    Each step gets the dialog in front and returns True once it has dealt with it, False to wait (not the
    dialog it expects yet). A dialog no step takes within a few seconds is closed and noted as unexpected.
    """

    PATIENCE_TICKS = 600

    def __init__(self, window: MainWindow, steps: list[Step]) -> None:
        self.window = window
        self.steps = list(steps)
        self.seen: list[str] = []
        self.after_quick_exit: list[str] = []
        self._waited = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _quick_exited(self) -> bool:
        return self.window.context.saving_in_use and self.window.context.saving().state.quick_exits > 0

    def _tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        description = f"{modal.windowTitle()}: {_text_of(modal)}"
        if self._quick_exited():
            self.after_quick_exit.append(description)
            modal.hide()
            return
        if self.steps and self.steps[0](modal):
            self.seen.append(description)
            self.steps.pop(0)
            self._waited = 0
            return
        self._waited += 1
        if self._waited > self.PATIENCE_TICKS:
            self.seen.append("unexpected " + description)
            self._waited = 0
            modal.hide()

    def stop(self) -> None:
        self.timer.stop()


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QMessageBox):
        return widget.text()
    if isinstance(widget, QInputDialog):
        return widget.labelText()
    return type(widget).__name__


def type_passphrase(words: str) -> Step:
    def step(modal: QWidget) -> bool:
        if not isinstance(modal, QInputDialog):
            return False
        modal.setTextValue(words)
        modal.accept()
        return True
    return step


def press(button: QMessageBox.StandardButton) -> Step:
    def step(modal: QWidget) -> bool:
        if not isinstance(modal, QMessageBox):
            return False
        modal.button(button).click()
        return True
    return step


def shift_three_times(modal: QWidget) -> bool:
    """The person presses Shift three times while this dialog is in front (once it has the keyboard)."""
    handle = modal.windowHandle()
    if handle is None or QGuiApplication.focusWindow() is not handle:
        modal.activateWindow()
        return False
    for _ in range(3):
        QTest.keyPress(handle, Qt.Key.Key_Shift)
        QTest.keyRelease(handle, Qt.Key.Key_Shift)
    return True


def session_action(window: MainWindow, text: str) -> Callable[[], None]:
    """The Session menu's item whose text starts with ``text``, found in the menu bar as a person would."""
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None or menu_action.text().replace("&", "") != "Session":
            continue
        for action in menu.actions():
            if action.text().replace("&", "").startswith(text):
                return action.trigger
    raise AssertionError(f"no Session menu item {text!r}")


@pytest.fixture
def folder(main_window: MainWindow, tmp_path: Path) -> Iterator[Path]:
    data = tmp_path / "data"
    state_for(main_window.context).folder = data
    main_window.context.settings.setValue(REMEMBER_KEY, True)
    main_window.show()
    yield data
    if main_window.context.saving_in_use:
        main_window.context.saving().state.close_store()


def _locked_store_with_one_session(folder: Path) -> int:
    with Store.open(folder, PASSPHRASE, FAST_KDF) as store:
        return store.save(SESSION, "Tuesday", {"notes": "kept"})


def _off_screen(window: MainWindow) -> bool:
    """Nothing on screen: every window hidden, except the main window minimised (in minimise mode)."""
    QApplication.processEvents()
    shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    return all(widget is window and window.isMinimized() for widget in shown)


@pytest.mark.parametrize("mode", [quick_exit.MODE_QUIT, quick_exit.MODE_MINIMISE])
def test_quick_exit_during_the_wrong_passphrase_warning_ends_the_retries(
    main_window: MainWindow, folder: Path, qtbot: object, mode: str
) -> None:
    main_window.context.settings.setValue(quick_exit.MODE_SETTING, mode)
    _locked_store_with_one_session(folder)
    script = Script(main_window, [type_passphrase("wrong words here"), shift_three_times])
    try:
        session_action(main_window, "Open a saved session")()
    finally:
        script.stop()
    assert [line.split(":")[0] for line in script.seen] == ["Passphrase", "Passphrase"]
    assert "does not unlock" in script.seen[1]
    assert script.after_quick_exit == []  # no "Type your passphrase again", nothing at all
    QApplication.processEvents()
    assert _off_screen(main_window)
    assert main_window.context.session.is_empty()
    assert state_for(main_window.context).store is None
    if mode == quick_exit.MODE_MINIMISE:
        assert main_window.isMinimized() and main_window.quit_calls == []  # type: ignore[attr-defined]
    else:
        assert main_window.quit_calls == [True]  # type: ignore[attr-defined]


def test_quick_exit_during_the_damaged_file_message_shows_nothing_more(
    main_window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_window.context.settings.setValue(quick_exit.MODE_SETTING, quick_exit.MODE_MINIMISE)
    folder.mkdir(parents=True)
    (folder / DB_FILE_NAME).write_bytes(b"\x00garbage" * 512)
    main_window.context.session.notes = "typed, not saved"
    main_window.context.notify_session_changed()
    shown_errors: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: shown_errors.append(repr(error)))
    script = Script(main_window, [shift_three_times])
    try:
        session_action(main_window, "Save this session")()
    finally:
        script.stop()
    assert [line.split(":")[0] for line in script.seen] == ["Saved answers were damaged"]
    assert script.after_quick_exit == [] and shown_errors == []
    assert _off_screen(main_window)
    with Store.open(folder) as store:  # the save was abandoned: quick exit wins
        assert store.listing().items == []


def test_damaged_items_are_listed_and_can_be_moved_aside(
    main_window: MainWindow, folder: Path, qtbot: object
) -> None:
    with Store.open(folder) as store:
        good = store.save(SESSION, "Good one", {"notes": "fine"})
        bad = store.save(SESSION, "Bad one", {"notes": "x"})
    conn = sqlite3.connect(folder / DB_FILE_NAME)
    with conn:
        conn.execute("UPDATE sessions SET payload = ? WHERE id = ?", (b"\xff{broken", bad))
    conn.close()
    seen_rows: list[str] = []

    def move_the_damaged_one_aside(modal: QWidget) -> bool:
        if not isinstance(modal, SavedItemsDialog):
            return False
        seen_rows.extend(modal.list.item(row).text() for row in range(modal.list.count()))
        assert modal.damaged_note.isVisibleTo(modal)
        modal.list.setCurrentRow(1)
        assert not modal.open_button.isEnabled() and modal.move_aside_button.isEnabled()
        QTimer.singleShot(0, modal.move_aside_button.click)
        return True

    def close_list(modal: QWidget) -> bool:
        if not isinstance(modal, SavedItemsDialog) or modal.list.count() != 1:
            return False
        assert not modal.damaged_note.isVisibleTo(modal)
        modal.reject()
        return True

    script = Script(main_window, [move_the_damaged_one_aside, press(QMessageBox.StandardButton.Yes), close_list])
    try:
        session_action(main_window, "Open a saved session")()
    finally:
        script.stop()
    assert script.steps == []
    assert seen_rows[0].startswith("Session: Good one")
    assert "damaged" in seen_rows[1] and "cannot be opened" in seen_rows[1]
    with Store.open(folder) as store:
        assert [item.id for item in store.listing().items] == [good]
        assert store.listing().damaged == [] and store.moved_aside_count() == 1


def test_an_item_damaged_before_opening_says_could_not_open_not_could_not_save(
    main_window: MainWindow, folder: Path
) -> None:
    item = _locked_store_with_one_session(folder)

    def damage_then_open(modal: QWidget) -> bool:
        if not isinstance(modal, SavedItemsDialog):
            return False
        conn = sqlite3.connect(folder / DB_FILE_NAME)
        with conn:
            blob = conn.execute("SELECT payload FROM sessions WHERE id = ?", (item,)).fetchone()[0]
            conn.execute("UPDATE sessions SET payload = ? WHERE id = ?", (flip_bit(blob, 300), item))
        conn.close()
        modal.list.setCurrentRow(0)
        modal.open_selected()
        return True

    warnings: list[tuple[str, str]] = []

    def note_warning(modal: QWidget) -> bool:
        if not isinstance(modal, QMessageBox):
            return False
        warnings.append((modal.windowTitle(), _text_of(modal)))
        modal.hide()
        return True

    script = Script(main_window, [type_passphrase(PASSPHRASE), damage_then_open, note_warning])
    try:
        session_action(main_window, "Open a saved session")()
    finally:
        script.stop()
    [(title, text)] = warnings
    assert title == "Could not open your saved answers"
    assert "damaged" in text and "other saved answers are fine" in text
    assert "passphrase" not in text.lower()


def test_error_titles_follow_what_the_person_asked_for() -> None:
    from guardian_app.storage import ItemDamaged, StorageUnavailable, WrongPassphrase

    assert error_message(ItemDamaged("x", SESSION, 1, action="open"), "open")[0] == "Could not open your saved answers"
    assert error_message(WrongPassphrase("x", action="open"), "open")[0] == "Passphrase"
    full = StorageUnavailable("x", kind="disk-full", action="open")
    assert error_message(full, "save")[0] == "Could not save"
    assert "nothing was lost" in error_message(full, "save")[1]
    assert error_message(StorageUnavailable("x", kind="disk-full", action="list"), "open")[0] \
        == "Could not open your saved answers"


def test_a_second_guardian_reads_but_does_not_write(main_window: MainWindow, folder: Path) -> None:
    with Store.open(folder) as store:
        store.save(SESSION, "From the first window", {"notes": "kept"})
    other_guardian = QLockFile(str(folder / LOCK_FILE_NAME))
    other_guardian.setStaleLockTime(0)
    assert other_guardian.tryLock(0)
    try:
        main_window.context.session.notes = "typed here"
        main_window.context.notify_session_changed()
        warnings: list[tuple[str, str]] = []

        def note_warning(modal: QWidget) -> bool:
            if not isinstance(modal, QMessageBox):
                return False
            warnings.append((modal.windowTitle(), _text_of(modal)))
            modal.hide()
            return True

        script = Script(main_window, [note_warning])
        try:
            session_action(main_window, "Save this session")()
        finally:
            script.stop()
        [(title, text)] = warnings
        assert title == "Could not save" and "Another Guardian window" in text and "nothing was lost" in text

        listed: list[str] = []

        def read_list(modal: QWidget) -> bool:
            if not isinstance(modal, SavedItemsDialog):
                return False
            listed.extend(modal.list.item(row).text() for row in range(modal.list.count()))
            modal.reject()
            return True

        script = Script(main_window, [read_list])
        try:
            session_action(main_window, "Open a saved session")()
        finally:
            script.stop()
        assert len(listed) == 1 and "From the first window" in listed[0]

        script = Script(main_window, [press(QMessageBox.StandardButton.Yes), note_warning])
        try:
            session_action(main_window, "Erase all saved data")()
        finally:
            script.stop()
        assert "close it first" in warnings[-1][1]
        assert (folder / DB_FILE_NAME).is_file()
    finally:
        other_guardian.unlock()
        main_window.context.replace_session()  # nothing left to ask about when the test closes the window
    with Store.open(folder) as store:
        assert [item.label for item in store.listing().items] == ["From the first window"]


def test_errors_while_guardian_is_off_the_screen_are_logged_not_shown(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    main_window.show()
    assert guardian_on_screen()
    main_window.quick_exit_button.click()  # hides everything
    assert not guardian_on_screen()
    try:
        raise AttributeError("'NoneType' object has no attribute 'recovered_copy'")
    except AttributeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown == []
    assert "recovered_copy" in capsys.readouterr().err


def test_the_list_dialog_buttons_have_accessible_names(qtbot: object) -> None:
    from guardian_app.storage import DamagedItem, SavedItem

    dialog = SavedItemsDialog([SavedItem(SESSION, 1, "x", "2026-01-01T00:00:00+00:00",
                                         "2026-01-01T00:00:00+00:00")], None,
                              [DamagedItem(SESSION, 2, "label", "2026-01-02T00:00:00+00:00", True)])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
    dialog.list.setCurrentRow(1)
    assert dialog.open_button.isEnabled()  # only the label is damaged: the answers still open
    assert "can still be opened" in dialog.list.item(1).text()
    assert isinstance(dialog, QDialog)
