"""Tests for the shared printing module: PDF files, atomic writes, footers, the print dialog."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from guardian_app.ui import printing

SAMPLE = "<h1>My conversation plan</h1><p>What was the best part of being online today?</p>"


def _words(text: str) -> str:
    # pypdf may put tabs or line breaks between words: compare words, not spacing.
    return " ".join(text.split())


def _pdf_text(path: Path) -> str:
    return _words(" ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def test_html_to_pdf_writes_a_readable_pdf(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    printing.html_to_pdf(SAMPLE, target, "My conversation plan")

    assert target.read_bytes().startswith(b"%PDF")
    text = _pdf_text(target)
    assert "My conversation plan" in text
    assert "best part of being online today" in text
    assert "Guardian" in text  # the footer
    assert PdfReader(str(target)).metadata.title == "My conversation plan"  # type: ignore[union-attr]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]  # no temporary file left behind


def test_html_to_pdf_replaces_an_existing_file(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_text("old")
    printing.html_to_pdf(SAMPLE, target)
    assert target.read_bytes().startswith(b"%PDF")


def test_every_page_has_a_footer_with_page_numbers(qapp: object, tmp_path: Path) -> None:
    long_html = "".join(f"<p>Paragraph number {n} of a long handout.</p>" for n in range(200))
    target = tmp_path / "long.pdf"
    printing.html_to_pdf(long_html, target, date=QDate(2026, 3, 14))

    pages = PdfReader(str(target)).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        text = _words(page.extract_text())
        assert "Guardian" in text
        assert "2026" in text
        assert f"Page {number} of {len(pages)}" in text


def test_missing_folder_raises_oserror_and_leaves_nothing(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "plan.pdf"
    with pytest.raises(OSError, match="does not exist"):
        printing.html_to_pdf(SAMPLE, target)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_read_only_folder_raises_oserror_and_leaves_nothing(qapp: object, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(OSError, match="cannot save"):
            printing.html_to_pdf(SAMPLE, folder / "plan.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_failed_move_removes_the_temporary_file(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_text("the old handout")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(printing.os, "replace", refuse)
    with pytest.raises(OSError, match="could not save"):
        printing.html_to_pdf(SAMPLE, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]
    assert target.read_text() == "the old handout"  # the old file is untouched


def test_footer_text_names_guardian_and_the_date(qapp: object) -> None:
    line = printing.footer_text(1, 1, QDate(2026, 3, 14))
    assert "Guardian" in line
    assert "2026" in line
    assert "Page" not in line  # one page: no page number needed
    assert "Page 2 of 3" in printing.footer_text(2, 3, QDate(2026, 3, 14))


def test_render_pages_gives_white_pages(qapp: object) -> None:
    images = printing.render_pages(SAMPLE, dpi=50)
    assert len(images) == 1
    assert images[0].width() < images[0].height()
    assert images[0].pixelColor(1, 1).name() == "#ffffff"
    assert printing.page_count(SAMPLE) == 1


def test_print_html_does_nothing_when_the_dialog_is_cancelled(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6 import QtPrintSupport

    painted: list[object] = []

    class RejectingDialog:
        DialogCode = QtPrintSupport.QPrintDialog.DialogCode

        def __init__(self, *args: object) -> None:
            pass

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            return int(QtPrintSupport.QPrintDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", RejectingDialog)
    monkeypatch.setattr(printing, "_paint_on_printer", lambda *args: painted.append(args) or True)
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]

    assert printing.print_html(SAMPLE, parent, "Plan") is False
    assert painted == []


def test_paint_on_printer_prints_to_a_pdf_printer(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert printing._paint_on_printer(SAMPLE, printer)
    assert "best part of being online today" in _pdf_text(target)


def test_unwritable_folder_raises_oserror_even_as_root(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root ignores folder permissions, so simulate what a read-only folder does to the temporary file.
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(printing.tempfile, "mkstemp", refuse)
    with pytest.raises(OSError, match="Please choose another folder"):
        printing.html_to_pdf(SAMPLE, tmp_path / "plan.pdf")
    assert list(tmp_path.iterdir()) == []
