"""The one-page action plan of a usual session: one page on A4 and Letter, English and French, with the
first steps of the threat guide, clickable links, and only the region's top three lines."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from guardian_app.content.loader import load_content
from guardian_app.content.model import Content
from guardian_app.family.session import AgreedAction, Session
from guardian_app.handouts.action_plan import action_plan_html, top_lines
from guardian_app.paths import translations_dir
from guardian_app.ui import printing
from guardian_app.ui.pages.session.labels import action_plan_labels

THREAT = "someone-is-threatening-my-child"


def _usual_session(content: Content) -> Session:
    """About six signs (one a threat to share pictures, from several stages) and three starters."""
    others = [sign.id for sign in content.signs if sign.level != "urgent" and not sign.guides][:5]
    session = Session(ticked_signs=["threatened-with-pictures", *others],
                      plan=[starter.id for starter in content.starters[:3]])
    session.actions = [AgreedAction("Parent", "Call Cybertip.ca and report the account", "tonight"),
                       AgreedAction("Counselor", "Check in with the school", "Friday")]
    session.next_meeting = "Tuesday 14 May, 4 pm"
    return session


def _pdf_text(reader: PdfReader) -> str:
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "guardian_fr.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.parametrize("locale_name", ["en_GB", "en_US", "fr_FR", "fr_CA"])
def test_usual_session_fits_one_page_with_the_guides_first_steps(
        request, qapp, tmp_path: Path, locale_name: str) -> None:  # type: ignore[no-untyped-def]
    language = locale_name[:2]
    if language == "fr":
        request.getfixturevalue("french")
    content = load_content(language).content
    QLocale.setDefault(QLocale(locale_name))
    try:
        assert printing.paper_size().id().name == ("Letter" if locale_name.endswith(("US", "CA")) else "A4")
        html = action_plan_html(_usual_session(content), content, "CA", labels=action_plan_labels(),
                                date="2026-05-07")
        target = tmp_path / "plan.pdf"
        printing.html_to_pdf(html, target, "plan")
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Canada))
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = _pdf_text(reader)
    guide = content.guide(THREAT)
    assert guide is not None
    for step in guide.steps[:3]:
        assert " ".join(step.title.split()) in text  # "Stop all contact, and do not pay" among them
    assert guide.intro.split(".")[0] not in text  # the steps, not the introduction
    assert "Tuesday 14 May, 4 pm" in text and "Check in with the school" in text
    links = [annotation.get_object()["/A"]["/URI"] for annotation in reader.pages[0].get("/Annots", [])]
    assert any(str(link).startswith("https://") for link in links)
    assert QCoreApplication.translate("SessionPage", "First steps") in text


def test_top_lines_are_three_and_never_quebec_only(content_en: Content) -> None:
    session = _usual_session(content_en)
    lines = top_lines(session, content_en, "CA")
    assert len(lines) == 3
    assert all(not line.subregion for line in lines)
    assert lines[0].id == "ca-cybertip"  # the threat's "report" line comes first
    for region in ("US", "GB", "AU"):
        assert all(region in line.regions for line in top_lines(session, content_en, region))
