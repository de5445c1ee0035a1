"""Print, preview and save HTML handouts as PDF, with a footer on every page.

Shared by every page that hands paper to a family: the conversation plan, the counselor summary, the record
of events. Callers build the HTML themselves and must ``html.escape`` every content string; this module only
lays it out and paints it.

One routine lays out every output (PDF file, printer, preview, and page images used to check the look), so
what a counselor previews is what the parent gets. Each page is painted on its own so that every page carries
a footer line with the date and "Guardian" (and the page number when there is more than one page).

Paper is always dark text on white, whatever the app's theme: ink comes from the light palette of ``theme``.

QtPrintSupport is imported only inside the functions that need a printer, so importing this module is cheap.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from guardian_app.ui import theme
from guardian_app.ui.page_breaks import keep_together

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# Called as translate("Printing", "literal") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate

BODY_POINT_SIZE = 11.0
FOOTER_POINT_SIZE = 8.5
PAGE_MARGIN_MM = 16.0

# Countries that use US Letter paper; everyone else gets A4. QLocale has no paper-size API of its own.
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.DominicanRepublic,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
        QLocale.Country.Honduras,
    }
)



def paper_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where people buy Letter paper (North America and a few others), A4 everywhere else."""
    locale = locale or QLocale()
    if locale.territory() in _LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def print_stylesheet() -> str:
    """The CSS every handout shares (Qt's rich-text subset): sizes in points, ink from the light palette.

    Callers may add their own ``<style>`` in the HTML; this is only the default.
    """
    ink = theme.LIGHT
    return (
        f"body {{ color: {ink.text}; }}"
        # Qt reads margins as screen pixels (documents are laid out at 96 dpi): hence px, not pt.
        f"h1 {{ font-size: 18pt; font-weight: 700; margin-top: 0; margin-bottom: 4px; color: {ink.text}; }}"
        f"h2 {{ font-size: 13.5pt; font-weight: 700; margin-top: 12px; margin-bottom: 3px;"
        f" color: {ink.accent}; }}"
        f"h3 {{ font-size: 12pt; font-weight: 700; margin-top: 8px; margin-bottom: 2px; }}"
        "p { margin-top: 0; margin-bottom: 6px; }"
        "li { margin-bottom: 2px; }"
        f".muted {{ color: {ink.muted_text}; }}"
        f".important {{ color: {ink.urgent_text}; font-weight: 700; }}"
    )


def footer_text(page: int, page_count: int, date: QDate | None = None) -> str:
    """The line at the bottom of each page: "Guardian · <date>", plus "Page 2 of 3" when there are several."""
    locale = QLocale()
    when = locale.toString(date or QDate.currentDate(), QLocale.FormatType.LongFormat)
    line = translate("Printing", "Guardian · {date}").format(date=when)
    if page_count > 1:
        line += "    " + translate("Printing", "Page {page} of {count}").format(page=page, count=page_count)
    return line


# Documents are laid out at screen resolution whatever the device, then painted scaled. Qt's rich text reads
# lengths in style sheets (margins, padding) as screen pixels, so this keeps a PDF, a 600 dpi printer and the
# preview looking the same.
LAYOUT_DPI = 96


@dataclass
class _LaidOut:
    """A document laid out for pages, with what painting it needs."""

    document: QTextDocument
    reference: QImage  # the layout's paint device: must outlive the document's layout
    body: QSizeF  # printable area, in layout pixels
    footer_height: float  # kept at the bottom of each page, in layout pixels
    scale: float  # device pixels per layout pixel


def _lay_out(html: str, device_body: QSizeF, device_dpi: float) -> _LaidOut:
    scale = device_dpi / LAYOUT_DPI
    body = QSizeF(device_body.width() / scale, device_body.height() / scale)
    reference = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_meter = round(LAYOUT_DPI / 0.0254)
    reference.setDotsPerMeterX(dots_per_meter)
    reference.setDotsPerMeterY(dots_per_meter)

    footer_font = QFont()
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    # Room for a small gap and one line of footer text.
    footer_height = QFontMetricsF(footer_font, reference).height() * 2.2

    document = QTextDocument()
    document.documentLayout().setPaintDevice(reference)
    font = QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(print_stylesheet())
    document.setDocumentMargin(0)  # the page margins already leave white space around the text
    document.setHtml(html)
    document.setPageSize(QSizeF(body.width(), max(1.0, body.height() - footer_height)))
    keep_together(document)  # no heading alone at a page's foot, no step split across pages
    return _LaidOut(document, reference, body, footer_height, scale)


def _paint_page(painter: QPainter, laid: _LaidOut, index: int, date: QDate | None) -> None:
    """Paint page ``index`` and its footer; the painter starts at the top-left of the printable area."""
    document, body = laid.document, laid.body
    page_height = document.pageSize().height()
    ink = theme.LIGHT

    painter.save()
    painter.scale(laid.scale, laid.scale)
    painter.save()
    painter.translate(0, -index * page_height)
    context = QAbstractTextDocumentLayout.PaintContext()
    clip = QRectF(0, index * page_height, body.width(), page_height)
    context.clip = clip
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(ink.text))
    palette.setColor(QPalette.ColorRole.Link, QColor(ink.accent))
    context.palette = palette
    painter.setClipRect(clip)
    document.documentLayout().draw(painter, context)
    painter.restore()

    footer_font = QFont()
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    painter.setFont(QFont(footer_font, laid.reference))
    pen = QPen(QColor(ink.muted_text))
    pen.setWidthF(0.75)
    painter.setPen(pen)
    line_height = laid.footer_height / 2.2
    footer_rect = QRectF(0, body.height() - line_height, body.width(), line_height)
    # A thin rule separates the footer from the text, so it never reads as part of the handout.
    painter.drawLine(footer_rect.topLeft(), footer_rect.topRight())
    painter.drawText(
        footer_rect,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        footer_text(index + 1, document.pageCount(), date),
    )
    painter.restore()


def _paint_all(painter: QPainter, laid: _LaidOut, new_page: Callable[[], bool], date: QDate | None) -> None:
    for index in range(laid.document.pageCount()):
        if index and not new_page():
            raise OSError(translate("Printing", "The printer did not accept a new page."))
        _paint_page(painter, laid, index, date)


def _render_pdf_bytes(html: str, title: str, date: QDate | None = None) -> bytes:
    """The PDF as bytes, rendered in memory so that a failure never leaves a half-written file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(title or "Guardian")
    writer.setCreator("Guardian")
    writer.setPageLayout(
        QPageLayout(
            paper_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    laid = _lay_out(html, QSizeF(writer.width(), writer.height()), writer.logicalDpiY())
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(translate("Printing", "The PDF could not be prepared."))
    try:
        _paint_all(painter, laid, writer.newPage, date)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def html_to_pdf(html: str, path: Path, title: str = "", *, date: QDate | None = None) -> None:
    """Save the HTML as a PDF at ``path``, atomically.

    The PDF is rendered in memory, written to a temporary file in the same folder, then moved over ``path`` in
    one step: readers never see a half-written handout, and a failure leaves nothing behind.

    Raises:
        OSError: with a message a person can read (missing or read-only folder, full disk...).
    """
    path = Path(path)
    data = _render_pdf_bytes(html, title, date)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OSError(translate("Printing", "The folder {folder} does not exist.").format(folder=str(folder)))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise OSError(
            translate(
                "Printing",
                "Guardian cannot save in the folder {folder}. Please choose another folder. ({reason})",
            ).format(folder=str(folder), reason=error.strerror or str(error))
        ) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise OSError(
            translate("Printing", "Guardian could not save {file}. ({reason})").format(
                file=str(path), reason=error.strerror or str(error)
            )
        ) from error


def _paint_on_printer(html: str, printer: QPrinter, date: QDate | None = None) -> bool:
    """Paint the document on a printer (real or preview); returns False if the printer refused to start."""
    from PySide6.QtPrintSupport import QPrinter

    printer.setPageMargins(
        QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    laid = _lay_out(html, QSizeF(printer.width(), printer.height()), printer.logicalDpiY())
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        _paint_all(painter, laid, printer.newPage, date)
    finally:
        painter.end()
    return printer.printerState() != QPrinter.PrinterState.Error


def _new_printer(title: str) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "Guardian")
    printer.setCreator("Guardian")
    printer.setPageSize(paper_size())
    return printer


def print_html(html: str, parent: QWidget, title: str = "") -> bool:
    """Ask which printer to use, then print; returns whether the document was sent to the printer."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = _new_printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return _paint_on_printer(html, printer)


def preview_html(html: str, parent: QWidget, title: str = "") -> None:
    """Show the print preview; the person can print from there."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = _new_printer(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print preview"))
    dialog.paintRequested.connect(lambda target: _paint_on_printer(html, target))
    dialog.exec()


def render_pages(html: str, dpi: int = 96, date: QDate | None = None) -> list[QImage]:
    """The handout as page images (white paper, margins and footer included).

    Used to check the look of a handout without a PDF viewer, and by tests to count pages.
    """
    page = paper_size().rect(QPageSize.Unit.Point)
    width = round(page.width() / 72.0 * dpi)
    height = round(page.height() / 72.0 * dpi)
    margin = PAGE_MARGIN_MM / 25.4 * dpi
    laid = _lay_out(html, QSizeF(width - 2 * margin, height - 2 * margin), dpi)
    images: list[QImage] = []
    for index in range(laid.document.pageCount()):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(margin, margin)
        _paint_page(painter, laid, index, date)
        painter.end()
        images.append(image)
    return images


def page_count(html: str) -> int:
    """How many pages the handout takes on the locale's paper."""
    return _lay_out_for_paper(html).document.pageCount()


def _lay_out_for_paper(html: str) -> _LaidOut:
    page = paper_size().rect(QPageSize.Unit.Point)
    margin = PAGE_MARGIN_MM / 25.4 * 72.0
    return _lay_out(html, QSizeF(page.width() - 2 * margin, page.height() - 2 * margin), 72.0)
