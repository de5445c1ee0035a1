"""The passphrase lock, through the Session menu: lock, lock now, unlock with the passphrase, change, remove."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from guardian_app.storage import SESSION, Store, WrongPassphrase, is_locked_at
from guardian_app.ui.saving.state import REMEMBER_KEY, state_for
from guardian_app.ui.window.main_window import MainWindow

Button = QMessageBox.StandardButton


class Answers:
    """Scripted answers to the passphrase boxes and questions, and a log of what was shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        self.buttons: list[Button] = []
        self.shown: list[str] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._note)
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QInputDialog, "getText", self._text)

    def _note(self, parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.shown.append(text)
        return Button.Ok

    def _question(self, parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.shown.append(text)
        return self.buttons.pop(0) if self.buttons else Button.Cancel

    def _text(self, parent, title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.shown.append(label)
        return (self.texts.pop(0), True) if self.texts else ("", False)


def _menu_action(window: MainWindow, text: str) -> QAction:
    menu = window._session_menu
    found = [action for action in menu.actions() if action.text().replace("&", "") == text]
    assert len(found) == 1, [action.text() for action in menu.actions()]
    return found[0]


@pytest.fixture
def saved_folder(main_window: MainWindow, tmp_path: Path) -> Path:
    main_window.context.settings.setValue(REMEMBER_KEY, True)
    state_for(main_window.context).folder = tmp_path
    with Store.open(tmp_path) as store:
        store.save(SESSION, "Tuesday", {"version": 1, "label": "Tuesday"})
    return tmp_path


def test_lock_unlock_change_and_remove_through_the_session_menu(
        main_window: MainWindow, saved_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = Answers(monkeypatch)
    state = state_for(main_window.context)

    answers.texts = ["green kite river", "green kite river"]
    _menu_action(main_window, "Lock saved answers…").trigger()
    assert is_locked_at(saved_folder)
    with pytest.raises(WrongPassphrase):
        Store.open(saved_folder, "not it").close()

    _menu_action(main_window, "Lock saved answers…").trigger()  # locked already: lock now
    assert state.store is None

    answers.texts = ["not it"]
    _menu_action(main_window, "Change the passphrase…").trigger()
    assert state.store is None  # a wrong passphrase unlocks nothing and changes nothing

    answers.texts = ["green kite river", "blue boat morning", "blue boat morning"]
    _menu_action(main_window, "Change the passphrase…").trigger()
    assert state.store is not None and state.store.items(SESSION)[0].label == "Tuesday"  # unlocked
    with Store.open(saved_folder, "blue boat morning") as store:
        assert store.is_locked
    with pytest.raises(WrongPassphrase):
        Store.open(saved_folder, "green kite river").close()

    answers.texts = ["blue boat morning"]
    answers.buttons = [Button.Yes]
    _menu_action(main_window, "Remove the passphrase…").trigger()
    assert not is_locked_at(saved_folder)
    with Store.open(saved_folder) as store:
        assert store.items(SESSION)[0].label == "Tuesday"


def test_passphrases_that_differ_change_nothing(main_window: MainWindow, saved_folder: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    answers = Answers(monkeypatch)
    answers.texts = ["green kite river", "green kite rivet"]
    _menu_action(main_window, "Lock saved answers…").trigger()
    assert not is_locked_at(saved_folder)
    assert any("not the same" in text for text in answers.shown)


def test_the_lock_items_and_questions_are_in_french() -> None:
    from PySide6.QtCore import QTranslator

    from guardian_app.paths import translations_dir

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "guardian_fr.qm"))
    for context, english in (("MainWindow", "&Lock saved answers…"), ("MainWindow", "&Change the passphrase…"),
                             ("MainWindow", "Re&move the passphrase…"),
                             ("PassphraseLock", "The passphrase was changed."),
                             ("PassphraseLock", "The lock was removed.")):
        french = translator.translate(context, english)
        assert french and french != english, english
