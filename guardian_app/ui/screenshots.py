"""``guardian-app screenshots DIR``: render every page to ``DIR/<page_id>.png`` at a fixed window size.

Used for the documentation and to review every page the way a worried parent would see it. Rendering
happens offscreen (no window flashes on screen) with settings in a temporary folder, so it never touches the
user's own settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

WINDOW_SIZE = (1280, 860)
SEARCH_EXAMPLES = {"en": "school", "fr": "école"}  # a word a parent might type, in each language


def render_screenshots(out_dir: Path | str, locale: str | None = None, region: str | None = None,
                       packs: Sequence[Path | str] = ()) -> int:
    """Write one PNG per available page (plus ``search.png``); returns 0, or 1 if a page failed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from guardian_app.app import DEFAULT_REGION, create_window, install_translators

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    language = locale or "en"
    translators = install_translators(app, language, report=lambda _message: None)
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="guardian-shots-") as settings_dir:
        settings = QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
        window = create_window(packs=packs, locale=language, region=region or DEFAULT_REGION,
                               settings=settings, quit_app=lambda: None, translators=translators)
        window.resize(*WINDOW_SIZE)
        window.show()
        app.processEvents()
        for page_id in window.available_page_ids():
            if not window.show_page(page_id):
                failed.append(page_id)
                continue
            app.processEvents()
            window.grab().save(str(out / f"{page_id}.png"))
        window.show_page("home")
        window.open_search()
        panel = window.search_panel
        if panel is not None:
            panel.search_box.setText(SEARCH_EXAMPLES.get(language, SEARCH_EXAMPLES["en"]))
            app.processEvents()
            window.grab().save(str(out / "search.png"))
            panel.close_panel()
        window.hide()
        window.deleteLater()
        app.processEvents()
        settings.sync()
    for page_id in failed:
        print(f"page {page_id!r} could not be rendered", file=sys.stderr)
    return 1 if failed else 0
