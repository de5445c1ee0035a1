"""Shared pytest fixtures: headless Qt, isolated user folders, content and app context."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never look for a real display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")
os.environ["LANG"] = "en_CA.UTF-8"
os.environ["LANGUAGE"] = "en"

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME and the XDG folders at a temporary folder so no test touches real user files."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    return home


@pytest.fixture
def data_dir() -> Path:
    """The folder of small YAML fixtures."""
    return DATA_DIR


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[object]:
    """A QSettings stored in an INI file in the test's temporary folder."""
    from PySide6.QtCore import QSettings

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield store
    store.sync()


@pytest.fixture(scope="session")
def content_en() -> object:
    """The shipped content in English (loaded once per test run)."""
    from guardian_app.content.loader import load_content

    return load_content("en").content


@pytest.fixture
def context(qtbot: object, content_en: object, settings: object) -> object:
    """An AppContext on the shipped English content, region Canada, isolated settings."""
    from guardian_app.ui.context import AppContext

    return AppContext(content_en, settings, region="CA")  # type: ignore[arg-type]


@pytest.fixture
def main_window(qtbot: object, settings: object) -> Iterator[object]:
    """The main window on the shipped English content, region Canada; ``window.quit_calls`` counts quits.

    Quitting is replaced so a quick exit does not end the test run.
    """
    from guardian_app.app import create_window

    quit_calls: list[bool] = []
    window = create_window(settings=settings, quit_app=lambda: quit_calls.append(True))  # type: ignore[arg-type]
    window.quit_calls = quit_calls  # type: ignore[attr-defined]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1280, 860)
    yield window
    # A window that was hidden by quick exit is not closed by pytest-qt: stop its Shift x3 filter here.
    window.quick_exit_filter.detach()


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """Leave no French translator or locale behind: a later test must see English (language switches install
    translators on the application, which outlives every window)."""
    yield
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
        # pytest-qt closes this test's windows with deleteLater(), which no later processEvents() carries out:
        # delete them now, so no half-closed window of this test answers a later test's language change.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Canada))


@pytest.fixture(autouse=True)
def _application_font_restored() -> Iterator[None]:
    """Text size changes the application's font, which outlives every window: give the next test the default."""
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    font = QApplication.font() if app is not None else None
    yield
    if font is not None and QApplication.instance() is app:
        QApplication.setFont(font)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL the app asks the system to open (tel:, sms:, https:); nothing is really opened."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls
