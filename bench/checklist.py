"""Checklist benchmark: one tick on the warning-signs page until its summary and stage timeline are redrawn.

Builds ``SignsPage`` offscreen on the shipped English content, shows it, then toggles signs through its model
(``setData`` with ``CheckStateRole``, as a click or Space does) and processes events so the count, the lit
stages, the next steps and the timeline are updated and painted. Prints median, p95 and max per toggle.
Usage: python bench/checklist.py [--toggles N] [--locale en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.stats import latency_line

TARGET_MS = 16.0


def run(toggles: int = 200, locale: str = "en") -> list[str]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from guardian_app.content.loader import load_content
    from guardian_app.ui.context import AppContext
    from guardian_app.ui.signs_page import SignsPage

    app = QApplication.instance() or QApplication([])
    content = load_content(locale).content
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "bench.ini"), QSettings.Format.IniFormat)
        context = AppContext(content, settings, region="CA")
        page = SignsPage(context)
        page.resize(1200, 860)
        page.show()
        app.processEvents()
        model = page._model  # the page's checklist model, as its view edits it
        sign_ids = [sign.id for sign in content.signs]
        checked, unchecked = Qt.CheckState.Checked.value, Qt.CheckState.Unchecked.value
        timings = []
        # Tick every sign in turn, then untick them, and so on: the summary grows and shrinks like a real one.
        for toggle in range(toggles + 10):
            sign_id = sign_ids[toggle % len(sign_ids)]
            ticking = (toggle // len(sign_ids)) % 2 == 0
            index = model.index_for(sign_id)
            start = time.perf_counter()
            changed = model.setData(index, checked if ticking else unchecked, Qt.ItemDataRole.CheckStateRole)
            app.processEvents()
            elapsed = time.perf_counter() - start
            if not changed:
                raise SystemExit(f"toggling {sign_id} changed nothing")
            if toggle >= 10:  # the first few warm caches (fonts, layouts)
                timings.append(elapsed)
        page.close()
        page.deleteLater()
        app.processEvents()
    return [f"checklist: {len(sign_ids)} signs on the page ({locale})",
            latency_line("tick -> summary and timeline painted", timings, TARGET_MS)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--toggles", type=int, default=200)
    parser.add_argument("--locale", default="en")
    args = parser.parse_args()
    for line in run(args.toggles, args.locale):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
