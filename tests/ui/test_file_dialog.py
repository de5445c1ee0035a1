"""Guardian's save dialog leaves no history in Qt's shared QtProject.conf, and keeps other programs' history."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from guardian_app.ui.file_dialog import FILE_DIALOG_GROUP, SHARED_ORGANISATION, ask_save_file_name

OTHER_PROGRAM = ["file:///home/someone/other-program"]


@pytest.fixture
def shared_file() -> Iterator[Path]:
    """Qt's shared settings file (where Qt puts it for this process), empty at the start and at the end."""
    path = Path(QSettings(QSettings.Scope.UserScope, SHARED_ORGANISATION).fileName())
    if path.exists():
        path.unlink()
    yield path
    if path.exists():
        path.unlink()


def _answer_the_dialog_with(target: Path) -> None:
    """Choose ``target`` in Guardian's (Qt's own) save dialog as soon as it is open."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.selectFile(str(target))
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_saving_leaves_no_history_and_keeps_other_programs_entries(qtbot: object, tmp_path: Path,
                                                                   shared_file: Path) -> None:
    other = QSettings(QSettings.Scope.UserScope, SHARED_ORGANISATION)
    other.setValue(f"{FILE_DIALOG_GROUP}/history", OTHER_PROGRAM)
    other.setValue("OtherGroup/kept", "yes")
    other.sync()
    private_folder = tmp_path / "police-report-folder"
    private_folder.mkdir()
    target = private_folder / "record.pdf"
    _answer_the_dialog_with(target)

    chosen = ask_save_file_name(None, "Save", str(private_folder / "suggested.pdf"), "PDF files (*.pdf)")

    assert Path(chosen) == target
    text = shared_file.read_text(encoding="utf-8")
    assert "police-report-folder" not in text
    after = QSettings(QSettings.Scope.UserScope, SHARED_ORGANISATION)
    assert after.value(f"{FILE_DIALOG_GROUP}/history") == OTHER_PROGRAM
    assert after.value("OtherGroup/kept") == "yes"


def test_a_shared_file_guardian_alone_created_is_removed(qtbot: object, tmp_path: Path,
                                                         shared_file: Path) -> None:
    _answer_the_dialog_with(tmp_path / "plan.pdf")

    assert ask_save_file_name(None, "Save", str(tmp_path / "x.pdf"), "PDF files (*.pdf)")

    assert not os.path.exists(shared_file)
