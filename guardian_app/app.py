"""Start-up: the QApplication, language and region, translators, content, the main window, crash reporting.

Only Qt core widgets and the content model are imported here (the built-in content comes from a precompiled
cache when it is fresh, else from the loader); pages, printing, QR codes and storage are imported when first
used, so the window appears quickly even on an old computer.
"""

from __future__ import annotations

import gc
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from guardian_app import APP_NAME, ORG_NAME
from guardian_app.content.model import LANGUAGES, REGIONS, Content, ContentIssue
from guardian_app.paths import asset_path, translations_dir
from guardian_app.ui.context import AppContext
from guardian_app.ui.window.main_window import MainWindow

DESKTOP_FILE_NAME = "guardian"
DEFAULT_REGION = "CA"
_TERRITORY_REGIONS = {
    QLocale.Country.Canada: "CA",
    QLocale.Country.UnitedStates: "US",
    QLocale.Country.UnitedKingdom: "GB",
    QLocale.Country.Australia: "AU",
}


# --- choosing language and region --------------------------------------------------------------------------


def choose_language(cli_locale: str | None, settings: QSettings, system: QLocale | None = None) -> str:
    """``--locale``, else the saved choice, else French if the system is French, else English."""
    if cli_locale in LANGUAGES:
        return cli_locale
    saved = settings.value("language")
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    system = system or QLocale.system()
    return "fr" if system.language() == QLocale.Language.French else "en"


def choose_region(cli_region: str | None, settings: QSettings, system: QLocale | None = None) -> str:
    """``--region``, else the saved choice, else the system's country if Guardian knows it, else Canada."""
    if cli_region in REGIONS:
        return cli_region
    saved = settings.value("region")
    if isinstance(saved, str) and saved in REGIONS:
        return saved
    system = system or QLocale.system()
    return _TERRITORY_REGIONS.get(system.territory(), DEFAULT_REGION)


# --- translators --------------------------------------------------------------------------------------------


def ui_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers in ``language``: the system's if it speaks it, else a Canadian one.

    A French speaker whose system is in French keeps the system's own formats (fr_CA, fr_BE...); someone who
    picks French on an English system gets fr_CA, the French Guardian is written in (and Letter paper).
    """
    system = system or QLocale.system()
    wanted = QLocale(language).language()
    if system.language() == wanted:
        return system
    same_country = QLocale(wanted, system.territory())
    if same_country.language() == wanted and same_country.territory() == system.territory():
        return same_country
    return QLocale(wanted, QLocale.Country.Canada)


def install_translators(app: QCoreApplication, language: str, *,
                        report: Callable[[str], None] | None = None) -> list[QTranslator]:
    """Install Qt's own catalogue and Guardian's for ``language``; returns them (keep them to remove later).

    Also makes ``language`` the default locale, so dates and numbers are written the way its readers expect.
    English needs no catalogue. A missing or unreadable file is reported (Guardian then shows English), never
    an error. ``installTranslator()`` says True even for an empty translator, so only ``load()`` is trusted.
    """
    QLocale.setDefault(ui_locale(language))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    say = report or _print_stderr
    # Qt's catalogue first: translators are searched most recent first, so Guardian's own words win.
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    else:
        qt_translator.deleteLater()
        say(f"Guardian: Qt's translation qtbase_{language}.qm was not found in {qt_dir}; "
            "standard buttons stay in English.")
    app_translator = QTranslator(app)
    qm_file = translations_dir() / f"guardian_{language}.qm"
    if qm_file.is_file() and app_translator.load(str(qm_file)):
        app.installTranslator(app_translator)
        installed.append(app_translator)
    else:
        app_translator.deleteLater()
        say(f"Guardian: no translation file {qm_file}; the menus stay in English.")
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    translators.clear()


# --- building the window ------------------------------------------------------------------------------------


def content_loader(packs: Sequence[Path | str]) -> Callable[[str], tuple[Content, tuple[ContentIssue, ...]]]:
    """A function loading content in a language with the same packs (for switching language)."""
    def load(language: str) -> tuple[Content, tuple[ContentIssue, ...]]:
        if not packs:
            # The shipped precompiled copy of the built-in content, when it matches the files: no YAML parsing
            # or validation (nor their imports) on the way to the first paint.
            from guardian_app.content.cache import load_builtin

            cached = load_builtin(language)
            if cached is not None:
                return cached, ()
        from guardian_app.content.loader import load_content

        result = load_content(language, packs=list(packs))
        return result.content, tuple(result.issues)

    return load


def create_window(
    *,
    packs: Sequence[Path | str] = (),
    locale: str = "en",
    region: str = DEFAULT_REGION,
    settings: QSettings | None = None,
    quit_app: Callable[[], None] | None = None,
    translators: list[QTranslator] | None = None,
) -> MainWindow:
    """Load the content and build the main window (not shown). Used by :func:`run_gui`, tests and screenshots.

    ``translators`` are the ones already installed for ``locale``; switching language replaces them.
    """
    app = QCoreApplication.instance()
    settings = settings if settings is not None else QSettings()
    load = content_loader(packs)
    content, issues = load(locale)
    context = AppContext(content, settings, region=region, load_issues=issues, content_loader=load)
    installed = translators if translators is not None else []

    def set_ui_language(language: str) -> None:
        # Translators first, then content: the pages rebuild their content views (content_changed) with the
        # new translators already in place, and Qt's LanguageChange then retranslates the chrome.
        if app is not None:
            remove_translators(app, installed)
            installed.extend(install_translators(app, language, report=report_missing))
        context.set_language(language)

    def report_missing(message: str) -> None:
        _print_stderr(message)
        notice = QCoreApplication.translate(
            "Guardian", "Some menus and buttons could not be translated, so they are shown in English.")
        window.statusBar().showMessage(notice, 15000)

    window = MainWindow(context, quit_app=quit_app, set_ui_language=set_ui_language)
    context.setParent(window)  # the context lives as long as the window
    return window


def _print_stderr(message: str) -> None:
    print(message, file=sys.stderr)


def _setup_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    icon_file = asset_path("guardian.svg")
    if icon_file.is_file():
        app.setWindowIcon(QIcon(str(icon_file)))
    return app


# --- crash reporting ----------------------------------------------------------------------------------------


def guardian_on_screen() -> bool:
    """Whether a Guardian main window is showing (not hidden by quick exit, not minimised)."""
    from PySide6.QtWidgets import QMainWindow

    return any(isinstance(widget, QMainWindow) and widget.isVisible() and not widget.isMinimized()
               for widget in QApplication.topLevelWidgets())


def install_excepthook() -> None:
    """Print any uncaught exception to stderr, then show a calm message box: never a silent crash.

    Except while Guardian is off the screen: after quick exit (or when minimised) an error is only logged,
    because nothing Guardian does after the trigger may bring a window back.
    """
    showing = False

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        nonlocal showing
        details = "".join(traceback.format_exception(kind, error, trace))
        sys.stderr.write(details)
        if showing or QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
            return
        if not guardian_on_screen():
            return
        showing = True  # an error inside the box itself must not open another one
        try:
            from PySide6.QtWidgets import QMessageBox  # here, not at start-up: importing it builds its enums

            title = QCoreApplication.translate("Guardian", "Something went wrong")
            text = QCoreApplication.translate(
                "Guardian",
                "Sorry, something went wrong inside Guardian. You can keep using it, or close it and open it "
                "again. If a child is in danger right now, call your local emergency number.")
            box = QMessageBox(QMessageBox.Icon.Warning, title, text)
            box.setDetailedText(details)
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook


# --- entry points -------------------------------------------------------------------------------------------


def run_gui(packs: Sequence[Path | str] = (), locale: str | None = None, region: str | None = None) -> int:
    """Open Guardian and run until it is closed; returns the exit code."""
    app = _setup_application(sys.argv)
    install_excepthook()
    settings = QSettings()
    language = choose_language(locale, settings)
    chosen_region = choose_region(region, settings)
    translators = install_translators(app, language)
    window = create_window(packs=packs, locale=language, region=chosen_region, settings=settings,
                           translators=translators)
    from guardian_app.ui.window import first_paint

    if first_paint.requested():
        first_paint.install(window)
    window.show()
    # The content and the widgets live as long as the app: move them out of the collector's sight, so later
    # full collections (mid-tick, while someone uses the checklist) and the one at exit do not walk them all.
    # (The command line may have paused the collector for start-up; from here on it runs as usual.)
    gc.freeze()
    gc.enable()
    return app.exec()


def self_test(packs: Sequence[Path | str] = (), locale: str | None = None, region: str | None = None) -> int:
    """Load the content and build every page offscreen; print problems and return 1, or 0 if all is well."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _setup_application(sys.argv[:1])
    settings = QSettings()
    language = choose_language(locale, settings)
    chosen_region = choose_region(region, settings)
    install_translators(app, language)
    window = create_window(packs=packs, locale=language, region=chosen_region, settings=settings,
                           quit_app=lambda: None)
    problems = [str(issue) for issue in window.context.load_issues if issue.severity == "error"]
    failed = window.build_all_pages()
    problems += [f"page {page_id!r} could not be built (see the error above)" for page_id in failed]
    for page_id in window.available_page_ids():
        window.show_page(page_id)
    app.processEvents()
    pages = ", ".join(window.available_page_ids())
    window.deleteLater()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"Guardian self-test passed: content loaded in {language}, region {chosen_region}; pages: {pages}")
    return 0
