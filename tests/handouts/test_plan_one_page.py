"""The conversation plan handout of a usual plan (three openers) fits one page in every language and region,
with what to avoid, the image take-down service, the crisis line, unbroken addresses and clickable links."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QTranslator

from guardian_app.content.loader import load_content
from guardian_app.content.model import Content, Starter
from guardian_app.handouts.plan import build_plan_html, first_sentence, help_resources
from guardian_app.paths import translations_dir
from guardian_app.ui import printing

REGIONS = ("CA", "US", "GB", "AU")


def _longest_three(content: Content) -> list[Starter]:
    """The three openers that take the most room: if they fit, any usual plan fits."""
    def size(starter: Starter) -> int:
        return len(starter.opener) + sum(map(len, starter.follow_ups[:2])) + len(first_sentence(starter.avoid))
    return sorted(content.starters, key=size, reverse=True)[:3]


@pytest.fixture
def paper_locale() -> Iterator[None]:
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Canada))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_handout_fits_one_page_for_every_region(qapp, tmp_path: Path, language: str,  # type: ignore[no-untyped-def]
                                                     paper_locale: None) -> None:
    content = load_content(language).content
    translator = QTranslator()
    if language == "fr":
        assert translator.load(str(translations_dir() / "guardian_fr.qm"))
        qapp.installTranslator(translator)
    try:
        for region in REGIONS:
            QLocale.setDefault(QLocale(f"{language}_{region}"))
            starters = _longest_three(content)
            html = build_plan_html(content, [starter.id for starter in starters], region, dt.date(2026, 5, 7))
            target = tmp_path / f"plan-{region}.pdf"
            printing.html_to_pdf(html, target, "plan")
            reader = PdfReader(str(target))
            assert len(reader.pages) == 1, (language, region)
            groups = {resource.group for resource in help_resources(content, region)}
            for group in ("remove-images", "crisis"):  # when the region has a verified line of that kind
                if any(not res.subregion for res in content.resources_for(region, group)):
                    assert group in groups, (region, group)
            assert all(not resource.subregion for resource in help_resources(content, region))
            for starter in starters:
                assert first_sentence(starter.avoid).split()[0] in html  # what to avoid, for each opener
            assert "white-space: nowrap" in html  # an address never breaks inside a word
            links = [str(annotation.get_object()["/A"]["/URI"])
                     for annotation in reader.pages[0].get("/Annots", [])]
            assert any(link.startswith("tel:") for link in links), region
            assert any(link.startswith("https://") for link in links), region
    finally:
        if language == "fr":
            qapp.removeTranslator(translator)
