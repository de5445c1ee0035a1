"""The list of pages, in navigation order, imported only when first shown (keeps start-up fast)."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    module: str  # under guardian_app.ui
    class_name: str
    nav_title: str  # translated with context "Navigation"
    icon: str = ""  # file under assets/icons/

    def available(self) -> bool:
        return importlib.util.find_spec(f"guardian_app.ui.{self.module}") is not None

    def load_class(self) -> type:
        module = importlib.import_module(f"guardian_app.ui.{self.module}")
        page_class: type = getattr(module, self.class_name)
        return page_class


def _nav(title: object) -> str:
    """A navigation title, marked for lupdate with QT_TRANSLATE_NOOP (typed as returning ``object``)."""
    return str(title)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", "pages.home", "HomePage", _nav(QT_TRANSLATE_NOOP("Navigation", "Home"))),
    PageSpec("luring", "pages.luring", "LuringPage",
             _nav(QT_TRANSLATE_NOOP("Navigation", "How luring works"))),
    PageSpec("signs", "pages.signs.page", "SignsPage", _nav(QT_TRANSLATE_NOOP("Navigation", "Warning signs"))),
    PageSpec("talk", "pages.talk.page", "TalkPage", _nav(QT_TRANSLATE_NOOP("Navigation", "Talk with your child"))),
    PageSpec("practice", "pages.practice", "PractisePage",
             _nav(QT_TRANSLATE_NOOP("Navigation", "Practise a conversation"))),
    PageSpec("help", "pages.help.page", "HelpPage", _nav(QT_TRANSLATE_NOOP("Navigation", "Get help now"))),
    PageSpec("guide", "pages.guide", "GuidePage",
             _nav(QT_TRANSLATE_NOOP("Navigation", "Someone is threatening my child"))),
    PageSpec("family-plan", "pages.family_plan", "FamilyPlanPage",
             _nav(QT_TRANSLATE_NOOP("Navigation", "Our family safety plan"))),
    PageSpec("for-child", "pages.for_child", "ForChildPage", _nav(QT_TRANSLATE_NOOP("Navigation", "For your child"))),
    PageSpec("session", "pages.session", "SessionPage",
             _nav(QT_TRANSLATE_NOOP("Navigation", "Counselor session"))),
    PageSpec("record", "pages.record", "RecordPage",
             _nav(QT_TRANSLATE_NOOP("Navigation", "Record of events"))),
    PageSpec("about", "pages.about", "AboutPage", _nav(QT_TRANSLATE_NOOP("Navigation", "About & sources"))),
)


def page_spec(page_id: str) -> PageSpec | None:
    return next((spec for spec in PAGES if spec.page_id == page_id), None)
