"""French typography in strings built in code: every sentence Guardian puts together from pieces (the action plan,
the family view's agreed lines and level words, the record of events) keeps a no-break space before : ; ? !"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from guardian_testing.french_typography import typography_problems
from PySide6.QtCore import QTranslator

from guardian_app.content.loader import load_content
from guardian_app.family.record import EventEntry, EventRecord
from guardian_app.family.session import AgreedAction, Session
from guardian_app.handouts.action_plan import action_plan_html
from guardian_app.paths import translations_dir
from guardian_app.ui.pages.session.agreed import agreed_lines
from guardian_app.ui.pages.session.labels import action_plan_labels, level_text


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "guardian_fr.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _text_pieces(document: str) -> list[str]:
    """The visible text of an HTML document, one piece per element."""
    document = re.sub(r"<(style|title)>.*?</\1>", "", document, flags=re.S)
    return [html.unescape(piece).strip() for piece in re.split(r"<[^>]+>", document) if piece.strip()]


def _session(content) -> Session:  # type: ignore[no-untyped-def]
    session = Session(ticked_signs=[sign.id for sign in content.signs[:8]] + ["threatened-with-pictures"],
                      plan=[starter.id for starter in content.starters[:3]])
    session.actions = [AgreedAction("Parent", "Appeler Cyberaide.ca", "ce soir"), AgreedAction("", "Lire le guide")]
    session.next_meeting = "mardi 14 mai, 16 h"
    return session


def test_every_built_string_keeps_french_typography(french: None) -> None:
    content = load_content("fr").content
    session = _session(content)
    built = _text_pieces(action_plan_html(session, content, "CA", labels=action_plan_labels(), date="7 mai 2026"))
    built += agreed_lines(session)
    built += [level_text(level.id, level.title) for level in content.levels]
    problems = [(piece, problem) for piece in built for problem in typography_problems(piece)]
    assert not problems


def test_the_record_keeps_french_typography(french: None, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    from guardian_app.ui.pages.record import RecordPage
    from guardian_app.ui.saving.state import state_for

    page = RecordPage(context)
    qtbot.addWidget(page)
    state_for(context).replace_record(EventRecord("Groupe B", [EventEntry(platform="Snapchat", report_number="CT-1",
                                                                          child_account="mia.dessine")]))
    pieces = _text_pieces(page.record_html())
    assert not [(piece, problem) for piece in pieces for problem in typography_problems(piece)]
