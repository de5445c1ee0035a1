"""Language switch benchmark: English to French and back with every page built, in one process.

Builds the main window offscreen on the shipped content, shows it, builds every page, then switches language
through the Language menu, as a user would, and times each switch until the event loop is idle (translators,
content in the other language, the page on screen retranslated and rebuilt). Pages out of sight catch up
when next shown, so showing one afterwards is timed too. The same switch with only Home built is the
reference in the same run: "all pages vs Home only" is what the other pages still cost.
Usage: python bench/language_switch.py [--switches N]   (target: <= 0.3 s with every page built)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET_S = 0.3


def _settle(app: object) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    dispatcher = QCoreApplication.eventDispatcher()
    app.processEvents()  # type: ignore[attr-defined]
    for _turn in range(20):
        if dispatcher is None or not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            break


def _switches(all_pages: bool, switches: int) -> tuple[list[float], list[float]]:
    """Seconds per switch, and seconds to show a page built before the switch (it catches up then)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from guardian_app.app import create_window

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        window = create_window(settings=settings, quit_app=lambda: None)
        window.resize(1280, 860)
        window.show()
        if all_pages:
            window.build_all_pages()
            for page_id in window.available_page_ids():  # each shown once, as after a real visit
                window.show_page(page_id)
                _settle(app)
        window.show_page("home")
        _settle(app)
        actions = {action.text(): action for action in window.findChildren(QAction)}
        times, catch_up = [], []
        for switch in range(switches + 1):
            action = actions["Français" if switch % 2 == 0 else "English"]
            start = time.perf_counter()
            action.trigger()
            _settle(app)
            elapsed = time.perf_counter() - start
            if all_pages:
                start = time.perf_counter()
                window.show_page("signs")
                _settle(app)
                shown = time.perf_counter() - start
                window.show_page("home")
                _settle(app)
            if switch:  # the first warms caches (fonts, the other language's content)
                times.append(elapsed)
                if all_pages:
                    catch_up.append(shown)
            actions = {action.text(): action for action in window.findChildren(QAction)}
        window.quit_calls = []  # type: ignore[attr-defined]
        window.context.session.clear()
        window.close()
        window.deleteLater()
        _settle(app)
    return times, catch_up


def fmt(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f},"
            f" max {max(values) * 1000:.0f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--switches", type=int, default=8)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home_only, _ = _switches(False, args.switches)
    every_page, catch_up = _switches(True, args.switches)
    ratio = statistics.median(every_page) / statistics.median(home_only)
    verdict = "OK" if statistics.median(every_page) <= TARGET_S else "over target"
    rows = (
        ("switch, Home only built", f"{fmt(home_only)} over {args.switches} switches"),
        ("switch, every page built", f"{fmt(every_page)}; target <= {TARGET_S:.1f} s: {verdict}"),
        ("every page vs Home only", f"ratio {ratio:.2f}"),
        ("then showing the signs page", f"{fmt(catch_up)} (it catches up with the language when shown)"),
    )
    for name, figures in rows:
        print(f"{name:<29}: {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
