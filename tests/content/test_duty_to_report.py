"""The counselor's note on the duty to report and on confidentiality exists in English and French, with sources."""

from __future__ import annotations

import pytest
from guardian_testing.french_typography import typography_problems

from guardian_app.content.loader import load_content
from guardian_app.content.model import Section

NOTE = "counselor-duty-to-report"


def _note(language: str) -> Section:
    result = load_content(language)
    assert not result.errors
    section = result.content.section(NOTE)
    assert section is not None, language
    return section


@pytest.mark.parametrize("language", ["en", "fr"])
def test_note_exists_with_https_sources(language: str) -> None:
    section = _note(language)
    assert section.title and len(section.paragraphs) >= 3
    assert len(section.sources) >= 4
    assert all(url.startswith("https://") for url in section.sources)


def test_both_languages_cite_the_same_pages() -> None:
    assert _note("en").sources == _note("fr").sources


def test_english_note_says_it_is_not_legal_advice_and_safety_comes_first() -> None:
    text = " ".join(_note("en").paragraphs)
    for words in ("not legal advice", "province or state", "employer", "safety comes first",
                  "never promise", "secret", "child protection services", "police"):
        assert words in text.lower(), words


def test_french_note_is_typeset() -> None:
    section = _note("fr")
    for text in (section.title, *section.paragraphs):
        assert typography_problems(text) == [], text
    assert "avis juridique" in " ".join(section.paragraphs)
