"""Pages whose document can be printed, previewed and saved as a PDF (the record of events, the session plan).

The page gives its HTML and its translated words; printing, preview and export are the same for every such page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from guardian_app.ui.pages.page import Page


@dataclass(frozen=True)
class DocumentWords:
    """A document's translated words: its title, the export dialog's caption, the file name's start (the date
    follows), and the warning shown when saving fails (with ``{reason}``)."""

    title: str
    export_caption: str
    file_stem: str
    failure: str


class DocumentPage(Page):
    """A page with one printable document: subclasses give :meth:`document_html` and :meth:`document_words`."""

    def document_html(self) -> str:
        raise NotImplementedError

    def document_words(self) -> DocumentWords:
        raise NotImplementedError

    def can_print(self) -> bool:
        return True

    def export_pdf(self) -> bool:
        """Ask where, then save the document as a PDF (written atomically by the printing module)."""
        from guardian_app.ui.file_dialog import export_document, warn_export_failed

        words = self.document_words()
        return export_document(self, self.document_html(), caption=words.export_caption,
                               file_name=f"{words.file_stem}-{dt.date.today().isoformat()}.pdf",
                               title=words.title, failed=warn_export_failed(self, words.failure))

    def print_page(self) -> bool:
        """Print the document (the main window's Print action calls this)."""
        from guardian_app.ui.printing import print_html

        return print_html(self.document_html(), self, self.document_words().title)

    def preview(self) -> None:
        from guardian_app.ui.printing import preview_html

        preview_html(self.document_html(), self, self.document_words().title)
