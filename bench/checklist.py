"""Checklist benchmark: one tick on the warning-signs page until its summary and stage timeline are redrawn.

Builds ``SignsPage`` offscreen on the shipped English content, shows it, then toggles signs through its model
(``setData`` with ``CheckStateRole``, as a click or Space does) and processes events so the count, the lit
stages, the next steps, the urgent banner and the timeline are updated and painted. Prints median, p95 and
max per toggle, then the toggles slower than the target with what they changed on the page (the urgent banner
shown or hidden, the list resized or moved), the usual causes of a slow tick.
Usage: python bench/checklist.py [--toggles N] [--locale en] [--slowest N] [--profile N]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.stats import latency_line

TARGET_MS = 16.0


class Toggle(NamedTuple):
    seconds: float
    sign_id: str
    ticking: bool
    banner_changed: bool  # the urgent banner appeared or went away
    list_changed: bool  # the list of signs was resized or moved (so laid out and painted again)

    def describe(self) -> str:
        changes = [text for flag, text in ((self.banner_changed, "banner shown/hidden"),
                                           (self.list_changed, "list resized/moved")) if flag]
        return (f"{self.seconds * 1000:7.2f} ms  {'tick  ' if self.ticking else 'untick'} {self.sign_id}"
                f"{'  (' + ', '.join(changes) + ')' if changes else ''}")


def run(toggles: int = 200, locale: str = "en", slowest: int = 5, profile: int = 0) -> list[str]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from guardian_app.content.loader import load_content
    from guardian_app.ui.context import AppContext
    from guardian_app.ui.signs_page import SignsPage

    app = QApplication.instance() or QApplication([])
    content = load_content(locale).content
    profiler = cProfile.Profile() if profile else None
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "bench.ini"), QSettings.Format.IniFormat)
        context = AppContext(content, settings, region="CA")
        page = SignsPage(context)
        page.resize(1200, 860)
        page.show()
        app.processEvents()
        model = page._model  # the page's checklist model, as its view edits it
        view = page._view  # the list of signs: laying it out and painting it again is what costs most
        sign_ids = [sign.id for sign in content.signs]
        checked, unchecked = Qt.CheckState.Checked.value, Qt.CheckState.Unchecked.value
        results: list[Toggle] = []
        # Tick every sign in turn, then untick them, and so on: the summary grows and shrinks like a real one.
        for toggle in range(toggles + 10):
            sign_id = sign_ids[toggle % len(sign_ids)]
            ticking = (toggle // len(sign_ids)) % 2 == 0
            index = model.index_for(sign_id)
            banner_before, list_before = page.is_urgent_banner_shown(), view.mapTo(page, view.rect().topLeft())
            size_before = view.size()
            if profiler is not None and toggle >= 10:
                profiler.enable()
            start = time.perf_counter()
            changed = model.setData(index, checked if ticking else unchecked, Qt.ItemDataRole.CheckStateRole)
            app.processEvents()
            elapsed = time.perf_counter() - start
            if profiler is not None:
                profiler.disable()
            if not changed:
                raise SystemExit(f"toggling {sign_id} changed nothing")
            if toggle >= 10:  # the first few warm caches (fonts, layouts)
                list_changed = (view.mapTo(page, view.rect().topLeft()) != list_before
                                or view.size() != size_before)
                results.append(Toggle(elapsed, sign_id, ticking, page.is_urgent_banner_shown() != banner_before,
                                      list_changed))
        page.close()
        page.deleteLater()
        app.processEvents()
    timings = [result.seconds for result in results]
    slow = [result for result in results if result.seconds * 1000 > TARGET_MS]
    lines = [f"checklist: {len(sign_ids)} signs on the page ({locale})",
             latency_line("tick -> summary and timeline painted", timings, TARGET_MS),
             f"slower than {TARGET_MS:g} ms: {len(slow)} of {len(results)} toggles"
             f" ({sum(result.banner_changed for result in slow)} showed or hid the urgent banner,"
             f" {sum(result.list_changed for result in slow)} resized or moved the list);"
             f" all toggles: banner {sum(result.banner_changed for result in results)},"
             f" list {sum(result.list_changed for result in results)}"]
    lines += ["  " + result.describe() for result in sorted(slow, reverse=True)[:slowest]]
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(profile)
        lines += ["cProfile of the timed toggles, by own time:", out.getvalue().rstrip()]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--toggles", type=int, default=200)
    parser.add_argument("--locale", default="en")
    parser.add_argument("--slowest", type=int, default=5, help="list this many of the slow toggles (default 5)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="profile the timed toggles with cProfile and print the top N functions")
    args = parser.parse_args()
    for line in run(args.toggles, args.locale, args.slowest, args.profile):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
