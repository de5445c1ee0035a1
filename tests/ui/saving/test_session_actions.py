"""The Session menu: consent before saving, reopening, passphrases, damaged files, erasing, closing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from guardian_app.storage import DB_FILE_NAME
from guardian_app.ui.pages.record import RecordPage
from guardian_app.ui.pages.session import SessionPage
from guardian_app.ui.saving import actions as session_actions
from guardian_app.ui.saving.dialogs import SavedItemsDialog
from guardian_app.ui.saving.state import REMEMBER_KEY, state_for

Button = QMessageBox.StandardButton
CANARY = "Canary-91b2-Mia-was-asked-for-pictures"


class Dialogs:
    """Stands in for QMessageBox and QInputDialog: scripted answers, and a log of what was shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[Button] = []
        self.texts: list[str] = []
        self.shown: list[tuple[str, str]] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._note(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QInputDialog, "getText", self._get_text)

    def _note(self, kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.shown.append((kind, text))
            return Button.Ok
        return show

    def _question(self, parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.shown.append(("question", text))
        assert self.answers, f"unexpected question: {text}"
        return self.answers.pop(0)

    def _get_text(self, parent, title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.shown.append(("input", label))
        if not self.texts:
            return "", False
        return self.texts.pop(0), True

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.shown]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def folder(context, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    state_for(context).folder = tmp_path / "data"
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def _close_store(context) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    state_for(context).close_store()


def _fill(context) -> None:  # type: ignore[no-untyped-def]
    sign = context.content.signs[0]
    context.session.label = "Group A"
    context.session.set_ticked(sign.id, True)
    context.session.sign_notes[sign.id] = CANARY
    context.session.notes = "General " + CANARY
    context.notify_session_changed()


def _files(*roots: Path) -> set[Path]:
    return {path for root in roots for path in root.rglob("*")}


def test_no_file_at_all_is_written_while_saving_is_off(qtbot, context, dialogs, _isolated_user_dirs,
                                                         tmp_path) -> None:  # type: ignore[no-untyped-def]
    session_page, record_page = SessionPage(context), RecordPage(context)
    qtbot.addWidget(session_page)
    qtbot.addWidget(record_page)
    before = _files(_isolated_user_dirs, tmp_path)
    _fill(context)
    session_page.notes_edit.setPlainText("typed " + CANARY)
    record_page.add_entry()
    record_page.fields["platform"].setText("Chat app")  # type: ignore[union-attr]
    record_page.fields["platform"].textEdited.emit("Chat app")  # type: ignore[union-attr]
    dialogs.answers = [Button.Cancel]  # "Remember my answers on this computer?" -> no
    assert not session_actions.save_session(context, None)
    session_actions.open_saved(context, None)  # nothing saved: just says so
    dialogs.answers = [Button.Cancel]
    assert not session_actions.confirm_close(context, None)
    dialogs.answers = [Button.Discard]
    assert session_actions.confirm_close(context, None)
    dialogs.answers = [Button.Yes]
    session_actions.end_session(context, None)
    assert context.session.is_empty() and state_for(context).record.is_empty()
    assert _files(_isolated_user_dirs, tmp_path) == before
    assert not context.settings.value(REMEMBER_KEY, False, type=bool)


def test_save_and_reopen_round_trip(context, dialogs, folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _fill(context)
    dialogs.answers = [Button.Yes]  # consent
    assert session_actions.save_session(context, None)
    assert (folder / DB_FILE_NAME).is_file()
    assert context.settings.value(REMEMBER_KEY, False, type=bool)
    assert session_actions.confirm_close(context, None)  # nothing unsaved: no question
    saved = context.session
    state_for(context).record.label = "Record 1"
    assert session_actions.save_record(context, None)  # consent already given: no question
    context.replace_session()

    def choose(dialog: SavedItemsDialog, kind: str) -> QDialog.DialogCode:
        dialog.list.setCurrentRow(next(row for row in range(dialog.list.count())
                                       if dialog.list.item(row).data(256).kind == kind))
        dialog.open_selected()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SavedItemsDialog, "exec", lambda self: choose(self, "sessions"))
    opened: list[str] = []
    context.navigate_requested.connect(lambda page_id, _item: opened.append(page_id))
    session_actions.open_saved(context, None)
    assert context.session == saved and context.session is not saved
    assert opened == ["session"]
    assert not state_for(context).has_unsaved_work()
    state_for(context).replace_record()
    monkeypatch.setattr(SavedItemsDialog, "exec", lambda self: choose(self, "records"))
    session_actions.open_saved(context, None)
    assert state_for(context).record.label == "Record 1"


def test_delete_from_the_saved_list(context, dialogs, folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _fill(context)
    dialogs.answers = [Button.Yes]
    session_actions.save_session(context, None)

    def delete_first(dialog: SavedItemsDialog) -> QDialog.DialogCode:
        dialog.list.setCurrentRow(0)
        dialogs.answers = [Button.Yes]
        dialog.delete_selected()
        assert dialog.list.count() == 0
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SavedItemsDialog, "exec", delete_first)
    session_actions.open_saved(context, None)
    assert state_for(context).store.items("sessions") == []  # type: ignore[union-attr]
    assert state_for(context).session_unsaved()  # the session on screen is now unsaved again


def test_confirm_close_save_discard_cancel(context, dialogs, folder) -> None:  # type: ignore[no-untyped-def]
    assert session_actions.confirm_close(context, None)  # nothing to save
    assert dialogs.shown == []
    _fill(context)
    dialogs.answers = [Button.Cancel]
    assert session_actions.confirm_close(context, None) is False
    dialogs.answers = [Button.Save, Button.Cancel]  # Save, then no consent: stay open
    assert session_actions.confirm_close(context, None) is False
    dialogs.answers = [Button.Save, Button.Yes]
    assert session_actions.confirm_close(context, None) is True
    assert (folder / DB_FILE_NAME).is_file()


def test_new_session_asks_about_unsaved_work(context, dialogs, folder) -> None:  # type: ignore[no-untyped-def]
    _fill(context)
    dialogs.answers = [Button.Cancel]
    session_actions.new_session(context, None)
    assert not context.session.is_empty()
    dialogs.answers = [Button.Discard]
    session_actions.new_session(context, None)
    assert context.session.is_empty()


def test_wrong_passphrase_is_clear_and_the_right_one_still_works(context, dialogs, folder,
                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _fill(context)
    dialogs.answers = [Button.Yes]  # consent
    dialogs.texts = ["river stone lamp", "river stone lamp"]
    session_actions.lock(context, None)
    assert state_for(context).store.is_locked  # type: ignore[union-attr]
    assert session_actions.save_session(context, None)
    session_actions.end_session(context, None)  # saved: no question; forgets the key
    assert state_for(context).store is None

    dialogs.shown.clear()
    dialogs.texts = ["wrong words here"]  # then the dialog is cancelled
    session_actions.open_saved(context, None)
    assert ("warning" in dialogs.kinds()) and any("does not unlock" in text for _, text in dialogs.shown)
    assert context.session.is_empty()

    monkeypatch.setattr(SavedItemsDialog, "exec",
                        lambda self: (self.list.setCurrentRow(0), self.open_selected(), 1)[-1])
    dialogs.texts = ["wrong words here", "river stone lamp"]
    session_actions.open_saved(context, None)
    assert context.session.notes == "General " + CANARY


def test_canary_never_in_plaintext_when_locked(context, dialogs, folder) -> None:  # type: ignore[no-untyped-def]
    dialogs.answers = [Button.Yes]
    dialogs.texts = ["river stone lamp", "river stone lamp"]
    session_actions.lock(context, None)
    _fill(context)
    state_for(context).record.label = CANARY
    assert session_actions.save_session(context, None)
    assert session_actions.save_record(context, None)
    roots = [folder, Path(context.settings.fileName()).parent]
    for path in _files(*roots):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path
    assert session_actions.confirm_close(context, None)
    for path in _files(*roots):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path


def test_folder_that_cannot_be_written_keeps_the_session(context, dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    state_for(context).folder = blocker / "data"
    _fill(context)
    dialogs.answers = [Button.Yes]
    assert not session_actions.save_session(context, None)
    kind, text = dialogs.shown[-1]
    assert kind == "warning" and "nothing was lost" in text
    assert context.session.notes == "General " + CANARY
    assert state_for(context).session_unsaved()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_keeps_the_session(context, dialogs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        state_for(context).folder = locked
        _fill(context)
        dialogs.answers = [Button.Yes]
        assert not session_actions.save_session(context, None)
        assert "cannot be written" in dialogs.shown[-1][1]
        assert context.session.notes == "General " + CANARY
    finally:
        locked.chmod(0o755)


def test_damaged_database_is_moved_aside_and_the_user_told(context, dialogs, folder) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True)
    (folder / DB_FILE_NAME).write_bytes(b"\x00garbage" * 512)
    context.settings.setValue(REMEMBER_KEY, True)
    _fill(context)
    assert session_actions.save_session(context, None)
    kind, text = dialogs.shown[-1]
    assert kind == "information" and "damaged" in text and "not deleted" in text
    assert any(".corrupt-" in path.name for path in folder.iterdir())


def test_erase_all_removes_every_file_and_says_what(context, dialogs, folder) -> None:  # type: ignore[no-untyped-def]
    _fill(context)
    dialogs.answers = [Button.Yes]
    assert session_actions.save_session(context, None)
    context.settings.sync()
    settings_file = Path(context.settings.fileName())
    assert settings_file.is_file()
    dialogs.answers = [Button.Cancel]
    session_actions.erase_all_data(context, None)
    assert (folder / DB_FILE_NAME).is_file()
    dialogs.answers = [Button.Yes]
    session_actions.erase_all_data(context, None)
    assert not folder.exists()
    assert not settings_file.exists()
    kind, text = dialogs.shown[-1]
    assert kind == "information" and DB_FILE_NAME in text and settings_file.name in text
    assert not context.settings.value(REMEMBER_KEY, False, type=bool)
