"""Checklist benchmark: one tick on the warning-signs page until its summary and stage timeline are redrawn.

Builds ``SignsPage`` offscreen on the shipped English content, shows it, then toggles signs through its model
(``setData`` with ``CheckStateRole``, as a click or Space does) and processes events so the count, the lit
stages, the next steps, the urgent banner and the timeline are updated and painted. Prints median, p95 and
max per toggle, then the toggles slower than the target with what they changed on the page (the urgent banner
shown or hidden, the list resized or moved), the usual causes of a slow tick.

The target is judged on one event-loop turn after the tick (``processEvents`` once), as this benchmark always
has. Work a tick leaves for later turns (a layout request climbs one level of nested widgets per turn, and
each turn paints again) is then counted in the next tick instead, so a second pass over the same toggles
processes events until none is pending: the time a person actually waits for the page to settle.
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
    one_turn = _toggle_all(toggles, locale, drain=False, profile=profile)
    until_idle = _toggle_all(toggles, locale, drain=True)
    lines = [f"checklist: {one_turn.signs} signs on the page ({locale})",
             latency_line("tick -> summary and timeline painted", one_turn.timings(), TARGET_MS)]
    slow = one_turn.slow()
    lines.append(f"slower than {TARGET_MS:g} ms: {len(slow)} of {len(one_turn.toggles)} toggles"
                 f" ({sum(result.banner_changed for result in slow)} showed or hid the urgent banner,"
                 f" {sum(result.list_changed for result in slow)} resized or moved the list);"
                 f" all toggles: banner {sum(result.banner_changed for result in one_turn.toggles)},"
                 f" list {sum(result.list_changed for result in one_turn.toggles)}")
    lines += ["  " + result.describe() for result in sorted(slow, reverse=True)[:slowest]]
    lines.append(latency_line("tick -> page settled (events processed until none is pending)",
                              until_idle.timings(), TARGET_MS))
    if one_turn.profile:
        lines += ["cProfile of the timed toggles (one turn), by own time:", one_turn.profile]
    return lines


class Run(NamedTuple):
    signs: int
    toggles: list[Toggle]
    profile: str

    def timings(self) -> list[float]:
        return [result.seconds for result in self.toggles]

    def slow(self) -> list[Toggle]:
        return [result for result in self.toggles if result.seconds * 1000 > TARGET_MS]


def _toggle_all(toggles: int, locale: str, drain: bool, profile: int = 0) -> Run:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt
    from PySide6.QtWidgets import QApplication, QTreeView

    from guardian_app.content.loader import load_content
    from guardian_app.ui.context import AppContext
    from guardian_app.ui.pages.signs.page import SignsPage

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
        model = page.checklist_model  # as the list edits it
        # the list of signs: laying it out and painting it again is what costs most
        view = page.findChild(QTreeView, "signsList")
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
            if drain:  # and the turns after it, until nothing is left to do (at most 20)
                dispatcher = QCoreApplication.eventDispatcher()
                for _turn in range(20):
                    if dispatcher is None or not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
                        break
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
    report = ""
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(profile)
        report = out.getvalue().rstrip()
    return Run(len(sign_ids), results, report)


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
