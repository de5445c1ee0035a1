"""Nothing about a family without consent, and nothing left after quick exit or End session (issue 14, item 3).

A canary is typed into every text field of every page (Talk search, window search, session label and notes,
a sign's private note, record label and entry fields), signs and guide steps are ticked, the Talk filters are
changed and a starter is planned. Then Guardian quick-exits (both modes) or ends the session, and the test
checks every file under the fresh home and settings folders and every live widget: no canary in any text, no
text given back by Undo, no tick or filter left.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit
from shiboken6 import isValid

from guardian_app.ui.window import quick_exit
from guardian_app.ui.window.main_window import MainWindow

CANARY = "canary7f3a"  # lower case: typing it never presses Shift (three Shifts would quick-exit)


def _files_holding(folder: Path, needle: str) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if needle.encode() in data or needle.encode("utf-16-le") in data:
                found.append(str(path))
    return found


def _type_everywhere(window: MainWindow, qtbot: object) -> list[QLineEdit | QPlainTextEdit]:
    """The canary typed (as keys, so Undo could bring it back) into every editable field of every page."""
    content = window.context.content
    for sign in content.signs[:2]:
        window.context.session.set_ticked(sign.id, True)
    window.context.notify_session_changed()
    record = window.page("record")
    assert record is not None
    record.add_entry()  # type: ignore[attr-defined]
    window.open_search()
    typed: list[QLineEdit | QPlainTextEdit] = []
    for page_id in window.available_page_ids():
        window.show_page(page_id)
        qtbot.wait(1)  # type: ignore[attr-defined]
        for edit in [*window.findChildren(QLineEdit), *window.findChildren(QPlainTextEdit)]:
            if edit in typed or edit.isReadOnly() or not edit.isEnabled() or not edit.isVisibleTo(window):
                continue
            if isinstance(edit.parent(), QComboBox):
                continue
            QTest.keyClicks(edit, CANARY)
            typed.append(edit)
    return typed


def _tick_and_filter(window: MainWindow) -> None:
    window.show_page("guide")
    steps = [box for box in window.findChildren(QCheckBox) if box.objectName().startswith("step-")]
    for box in steps[:2]:
        box.click()
    talk = window.page("talk")
    assert talk is not None
    talk.age_combo.setCurrentIndex(2)  # type: ignore[attr-defined]
    talk.situation_combo.setCurrentIndex(2)  # type: ignore[attr-defined]
    window.context.session.set_in_plan(window.context.content.starters[0].id, True)
    window.context.notify_session_changed()


def _leftovers(window: MainWindow, typed: list[QLineEdit | QPlainTextEdit]) -> list[str]:
    """Every place in the live widgets that still holds the family's canary, a tick or a filter."""
    found = []
    for edit in typed:
        if not isValid(edit):
            continue  # deleted with what held it: gone from memory
        name = edit.accessibleName() or edit.objectName() or type(edit.parent()).__name__
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        if CANARY in text:
            found.append(f"{name} still holds the text")
        edit.undo()
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        if CANARY in text:
            found.append(f"{name} gives the text back on Undo")
    for label in window.findChildren(QLabel):
        if CANARY in label.text():
            chain = []
            widget = label
            while widget is not None:
                chain.append(widget.objectName() or type(widget).__name__)
                widget = widget.parentWidget()
            found.append(f"label {'/'.join(chain[:6])}: {label.text()[:60]!r} shows it")
    for listing in window.findChildren(QListWidget):
        if any(CANARY in listing.item(row).text() for row in range(listing.count())):
            found.append(f"list {listing.objectName()} shows it")
    ticked = [box.objectName() for box in window.findChildren(QCheckBox)
              if box.objectName().startswith("step-") and box.isChecked()]
    if ticked:
        found.append(f"guide steps still ticked: {ticked}")
    talk = window.page("talk")
    if talk is not None and (talk.age_combo.currentIndex() or talk.situation_combo.currentIndex()):  # type: ignore[attr-defined]
        found.append("the Talk filters are still set")
    planned = [button.text() for button in window.findChildren(QAbstractButton)
               if button.isCheckable() and button.isChecked() and button.objectName() == "planButton"]
    if planned:
        found.append("a starter is still in the plan")
    return found


@pytest.fixture
def window(main_window: MainWindow, qtbot: object) -> Iterator[MainWindow]:
    main_window.show()
    qtbot.waitExposed(main_window)  # type: ignore[attr-defined]
    yield main_window


@pytest.mark.parametrize("mode", [quick_exit.MODE_QUIT, quick_exit.MODE_MINIMISE])
def test_quick_exit_leaves_nothing_on_disk_or_in_a_widget(window: MainWindow, qtbot: object, settings: QSettings,
                                                           tmp_path: Path, mode: str,
                                                           _isolated_user_dirs: Path) -> None:
    settings.setValue(quick_exit.MODE_SETTING, mode)
    typed = _type_everywhere(window, qtbot)
    _tick_and_filter(window)
    assert len(typed) >= 8, [edit.objectName() for edit in typed]

    window.quick_exit()
    qtbot.wait(10)  # type: ignore[attr-defined]
    settings.sync()

    left = _leftovers(window, typed)
    assert not left, left
    assert _files_holding(_isolated_user_dirs, CANARY) == []
    assert _files_holding(tmp_path, CANARY) == []
    assert not [key for key in settings.allKeys() if key.startswith("talk")]


def test_end_session_clears_every_widget_and_says_only_what_is_true(window: MainWindow, qtbot: object,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    typed = _type_everywhere(window, qtbot)
    _tick_and_filter(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)

    window.context.saving().end_session(window)
    qtbot.wait(10)  # type: ignore[attr-defined]  # widgets replaced by then are deleted on the next turn

    left = _leftovers(window, typed)
    assert not left, left
    message = window.statusBar().currentMessage()
    assert message and "Nothing is left in memory" not in message


def test_talk_filters_are_never_written_to_the_settings(window: MainWindow, settings: QSettings) -> None:
    _tick_and_filter(window)
    window.context.replace_session()  # closing the window must not ask to save the plan made here
    settings.sync()

    assert not [key for key in settings.allKeys() if key.startswith("talk")]
