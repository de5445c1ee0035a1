"""With a second screen, presentation mode puts the family view there and keeps the counselor's page (notes
included) on the laptop, following page changes. Run in a child process: Qt picks its screens at start-up, so the
offscreen platform is given two screens through its JSON configuration."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv)
    assert len(QGuiApplication.screens()) == 2, QGuiApplication.screens()
    from guardian_app.app import create_window

    settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
    window = create_window(settings=settings, quit_app=lambda: None)
    window.resize(1000, 700)
    window.show()
    window.context.session.set_ticked("threatened-with-pictures", True)
    window.context.session.notes = "PRIVATE"
    window.context.notify_session_changed()
    window.show_page("session")
    QCoreApplication.processEvents()

    window.presentation_action.trigger()  # F11
    QCoreApplication.processEvents()
    view = window.presenter.view
    assert view is not None and view.isVisible()
    assert view.screen() is not window.screen(), (view.screen().name(), window.screen().name())
    assert view.screen().name() == "Family", view.screen().name()
    family = view.stack.currentWidget()
    laptop = window.page("session")
    assert family is not laptop and family.page_id == "session"
    hidden = ("session-notes", "session-intro", "session-buttons", "session-label")
    assert all(not family.findChild(QWidget, name).isVisible() for name in hidden)
    assert all(laptop.findChild(QWidget, name).isVisible() for name in hidden)  # notes stay on the laptop

    window.show_page("help")  # the family screen follows the counselor
    QCoreApplication.processEvents()
    assert view.stack.currentWidget().page_id == "help"

    window.presentation_action.trigger()
    QCoreApplication.processEvents()
    assert window.presenter.view is None
    assert laptop.findChild(QWidget, "session-notes").isVisible() or not laptop.isVisible()
    window.context.session.clear()
    print("OK")
""")


def test_presenter_view_on_the_second_screen_follows_page_changes(tmp_path: Path) -> None:
    config = {"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1},
        {"name": "Family", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
    ]}
    config_file = tmp_path / "screens.json"
    config_file.write_text(json.dumps(config), encoding="utf-8")
    script = tmp_path / "presenter.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config_file}",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, str(script), str(tmp_path / "settings.ini")], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and "OK" in result.stdout, result.stdout + result.stderr
