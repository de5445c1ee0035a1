"""French at run time: the catalogue loads, the View ▸ Language menu switches every page at once and back, the
choice is remembered, dates follow the language, and a missing catalogue is reported instead of crashing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QWidget

from guardian_app import app as app_module
from guardian_app.app import choose_language, install_translators, remove_translators, ui_locale
from guardian_app.paths import translations_dir
from guardian_app.ui.window.main_window import MainWindow

TS_FILE = Path(__file__).resolve().parents[2] / "guardian_app" / "i18n" / "guardian_fr.ts"
# Words that are the same in both languages, or names that are never translated.
SAME_IN_BOTH = {
    "Guardian", "Pages", "Page", "Date", "Situation", "&Situation", "Important", "Urgent", "Sources",
}

Snapshot = dict[str, list[str]]


def _english_ui_strings() -> set[str]:
    """Every English UI string whose French differs (accelerators removed), from the catalogue."""
    strings = set()
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        french = message.findtext("translation") or ""
        if "{" not in source and source != french and source not in SAME_IN_BOTH:
            strings.add(source.replace("&", ""))
    return strings


def _flush() -> None:
    """Deliver LanguageChange and delete the widgets that content rebuilds replaced."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def _texts(root: QWidget) -> list[str]:
    """What a sighted user reads and what a screen reader says: labels' and buttons' text and names."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            found.append("text: " + widget.text())
        if widget.accessibleName():
            found.append("name: " + widget.accessibleName())
    return sorted(found)


def _snapshot(window: MainWindow) -> Snapshot:
    """The texts of the window's chrome (header, menus, navigation) and of every page, each as shown (a page out
    of sight catches up with the language when it is shown); ends on Home."""
    nav = window.findChild(QListWidget, "navigation")
    snapshot = {"chrome": sorted(
        [*(_texts(window.menuWidget()) if window.menuWidget() else []),
         *(action.text() for action in window.findChildren(QAction) if action.text()),
         *(nav.item(row).text() for row in range(nav.count())),
         window.help_button.text(), window.quick_exit_button.text(), window.search_button.text(),
         window.help_button.accessibleName(), window.quick_exit_button.accessibleName()])}
    for page_id in window.available_page_ids():
        assert window.show_page(page_id)
        _flush()
        page = window.page(page_id)
        assert page is not None
        snapshot[page_id] = _texts(page)
    window.show_page("home")
    _flush()
    return snapshot


def _language_action(window: MainWindow, name: str) -> QAction:
    matches = [action for action in window.findChildren(QAction) if action.text() == name]
    assert len(matches) == 1, f"one {name!r} action expected in View ▸ Language"
    return matches[0]


@pytest.fixture
def window(main_window: MainWindow) -> Iterator[MainWindow]:
    """The main window with every page built and shown once; always back in English afterwards."""
    for page_id in main_window.available_page_ids():
        main_window.show_page(page_id)
    main_window.open_search()
    main_window.show_page("home")
    _flush()
    yield main_window
    # pytest-qt has already closed the window: switch back (removing the translators) without delivering
    # DeferredDelete, which would destroy the window before the main_window fixture's own teardown.
    if main_window.context.language != "en":
        _language_action(main_window, "English").trigger()
    QLocale.setDefault(QLocale.system())


def test_the_french_catalogue_translates_a_known_string(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "guardian_fr.qm"))
    assert translator.translate("Navigation", "Get help now") == "Obtenir de l'aide maintenant"
    assert translator.translate("MainWindow", "Quick exit") == "Sortie rapide"
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Navigation", "Record of events") == "Journal des événements"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Navigation", "Record of events") == "Record of events"


def test_the_language_menu_switches_every_page_and_back(window: MainWindow) -> None:
    english = _snapshot(window)
    assert window.help_button.text() == "Get help now"

    _language_action(window, "Français").trigger()
    _flush()
    french = _snapshot(window)

    assert window.context.language == "fr"
    assert window.help_button.text() == "Obtenir de l'aide maintenant"
    assert window.help_button.accessibleName() == "Obtenir de l'aide maintenant"
    assert window.quick_exit_button.text() == "Sortie rapide"
    assert window.findChild(QListWidget, "navigation").item(0).text() == "Accueil"
    english_ui = _english_ui_strings()
    for part, texts in french.items():
        assert texts != english[part], f"{part}: nothing changed after switching to French"
        names_before = {text for text in english[part] if text.startswith("name: ")}
        names_after = {text for text in texts if text.startswith("name: ")}
        if names_before:
            assert names_after != names_before, f"{part}: accessible names did not change"
        left = sorted({text for text in texts if text.partition(": ")[2].replace("&", "") in english_ui}
                      | {text for text in texts if text.replace("&", "") in english_ui})
        assert not left, f"{part}: English left after switching to French: {left}"

    _language_action(window, "English").trigger()
    _flush()
    assert window.context.language == "en"
    assert _snapshot(window) == english


def test_pages_out_of_sight_take_the_language_when_shown(window: MainWindow) -> None:
    """Only the page on screen is translated at once; the others when next shown (a fast switch)."""
    signs = window.page("signs")
    assert signs is not None
    title = signs.findChild(QLabel, "signsTitle")
    assert title is not None and title.text() == "Warning signs"
    _language_action(window, "Français").trigger()
    _flush()
    assert title.text() == "Warning signs"  # not on screen: not translated yet
    assert window.show_page("signs")
    _flush()
    assert title.text() != "Warning signs"
    _language_action(window, "English").trigger()
    _flush()
    assert title.text() == "Warning signs"  # on screen: at once


def test_the_chosen_language_is_remembered(window: MainWindow, settings: QSettings) -> None:
    _language_action(window, "Français").trigger()
    _flush()
    assert settings.value("language") == "fr"
    assert choose_language(None, settings) == "fr"
    assert _language_action(window, "Français").isChecked()
    _language_action(window, "English").trigger()
    _flush()
    assert settings.value("language") == "en"
    assert choose_language(None, settings) == "en"


def test_dates_follow_the_chosen_language(window: MainWindow) -> None:
    day = QDate(2026, 3, 14)
    _language_action(window, "Français").trigger()
    _flush()
    assert QLocale().toString(day, "d MMMM yyyy") == "14 mars 2026"
    _language_action(window, "English").trigger()
    _flush()
    assert QLocale().toString(day, "d MMMM yyyy") == "14 March 2026"


def test_a_french_user_keeps_their_own_locale_others_get_canadian_french() -> None:
    assert ui_locale("fr", QLocale("fr_BE")).name() == "fr_BE"
    assert ui_locale("fr", QLocale("en_US")).language() == QLocale.Language.French
    assert ui_locale("fr", QLocale("en_US")).name() == "fr_CA"
    assert ui_locale("en", QLocale("en_GB")).name() == "en_GB"
    assert ui_locale("en", QLocale("fr_CA")).name() == "en_CA"


def test_a_missing_catalogue_is_reported_not_a_crash(qapp: QApplication, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "translations_dir", lambda: tmp_path)
    messages: list[str] = []
    installed = install_translators(qapp, "fr", report=messages.append)
    try:
        assert any("guardian_fr.qm" in message for message in messages), messages
        assert QCoreApplication.translate("Navigation", "Get help now") == "Get help now"
    finally:
        remove_translators(qapp, installed)
        QLocale.setDefault(QLocale.system())


def test_switching_without_a_catalogue_says_so_and_keeps_working(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(app_module, "translations_dir", lambda: tmp_path)
    _language_action(window, "Français").trigger()
    _flush()
    assert "guardian_fr.qm" in capsys.readouterr().err
    assert "English" in window.statusBar().currentMessage()
    assert window.context.language == "fr"  # the French content still loads
    assert window.help_button.text() == "Get help now"
