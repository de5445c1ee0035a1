"""Guardian's file dialogs leave no history in Qt's shared ``QtProject.conf``.

Every Qt program keeps its file dialogs' recent folders, last folder and sidebar in one shared settings file
(``~/.config/QtProject.conf`` on Linux; the same QSettings elsewhere), written when a dialog closes. A folder
where a parent saved a record of events for the police is something about the family: Guardian uses Qt's own
(not the system's) dialog, whose history it can see, and puts that shared group back exactly as it found it.
The file belongs to every Qt program, so only what Guardian's dialog changed is undone, and the file is removed
only when Guardian's dialog created it and nothing else is in it.

Also here: asking where to save a PDF, and exporting a page's document there (used by every page that exports).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

SHARED_ORGANISATION = "QtProject"
FILE_DIALOG_GROUP = "FileDialog"


def _group_values(settings: Any) -> dict[str, Any]:
    settings.beginGroup(FILE_DIALOG_GROUP)
    try:
        return {key: settings.value(key) for key in settings.allKeys()}
    finally:
        settings.endGroup()


def ask_save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    """The file name chosen in a save dialog ('' when cancelled), leaving the shared dialog history as it was."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    shared = QSettings(QSettings.Scope.UserScope, SHARED_ORGANISATION)
    existed = os.path.exists(shared.fileName())
    before = _group_values(shared)
    try:
        chosen, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, filters, "",
                                                      QFileDialog.Option.DontUseNativeDialog)
    finally:
        restore_shared_history(before, existed)
    return chosen


def restore_shared_history(before: dict[str, Any], existed: bool) -> None:
    """Put Qt's shared file-dialog group back to ``before``; remove the file if Guardian alone created it."""
    from PySide6.QtCore import QSettings

    shared = QSettings(QSettings.Scope.UserScope, SHARED_ORGANISATION)
    shared.sync()  # read what the dialog wrote when it closed
    shared.beginGroup(FILE_DIALOG_GROUP)
    shared.remove("")  # the whole group, as Guardian's dialog left it
    for key, value in before.items():
        shared.setValue(key, value)
    shared.endGroup()
    shared.sync()
    path = shared.fileName()
    if not existed and not shared.allKeys() and os.path.exists(path):
        del shared
        os.remove(path)


def ask_pdf_path(parent: QWidget, caption: str, file_name: str, filters: str) -> Path | None:
    """Ask where to save a PDF, suggesting ``file_name`` in the Documents folder; None when cancelled.

    ``caption`` and ``filters`` come already translated from the caller. A name without ".pdf" gets it.
    """
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / file_name) if folder else file_name
    chosen = ask_save_file_name(parent, caption, suggested, filters)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_document(parent: QWidget, html: str, *, caption: str, file_name: str, title: str,
                    failed: Callable[[str], None], saved: Callable[[Path], None] | None = None) -> bool:
    """Ask where, then save ``html`` as a PDF (atomically); returns whether a file was written.

    Strings come translated from the page. On failure ``failed`` gets the reason in words; on success ``saved``
    (if given) gets the file's path, so each page says it its own way (a status line, a warning box).
    """
    path = ask_pdf_path(parent, caption, file_name, QCoreApplication.translate("Printing", "PDF files (*.pdf)"))
    if path is None:
        return False
    from guardian_app.ui.printing import html_to_pdf  # only when exporting: it loads Qt's printing classes

    try:
        html_to_pdf(html, path, title)
    except OSError as error:
        failed(str(error))
        return False
    if saved is not None:
        saved(path)
    return True


def warn_export_failed(parent: QWidget, failure: str) -> Callable[[str], None]:
    """A ``failed`` for :func:`export_document` that says ``failure`` (with ``{reason}``) in a warning box."""
    def warn(reason: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Could not export"),
                            failure.format(reason=reason))

    return warn
