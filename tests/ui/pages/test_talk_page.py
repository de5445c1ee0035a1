"""Tests for the "Talk with your child" page: filters, the plan, copy, PDF export and printing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from guardian_app.content.model import AgeBand, Content, Phrase, Section, Situation, Starter
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.talk.filters import SETTING_AGE, SETTING_SITUATION
from guardian_app.ui.pages.talk.page import TalkPage


def _starter(sid: str, situation: str, bands: tuple[str, ...], opener: str, advice: str = "") -> Starter:
    return Starter(sid, situation, bands, opener, (f"Follow-up for {sid}?",), advice or "listen", "avoid",
                   "timing")


def small_content() -> Content:
    return Content(
        language="en",
        sections=(Section("talk-intro", "Talk with your child", ("Intro.",)),),
        age_bands=(AgeBand("6-9", "Ages 6 to 9"), AgeBand("13-15", "Ages 13 to 15")),
        situations=(Situation("everyday", "Everyday"), Situation("pictures", "Pictures")),
        starters=(
            _starter("a", "everyday", ("6-9",), "What game did you play?"),
            _starter("b", "everyday", ("13-15",), "Who did you chat with today?"),
            _starter("c", "pictures", ("6-9", "13-15"), "Which photos are private?",
                     "Listen for a secret photo."),
            _starter("d", "pictures", ("13-15",), "What if someone asked for a picture?"),
        ),
        phrases=(Phrase("why", "Why did you send that?", "Thank you for telling me."),),
    )


@pytest.fixture
def small_page(qtbot: object, settings: QSettings) -> TalkPage:
    page = TalkPage(AppContext(small_content(), settings))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    return page


@pytest.fixture
def page(qtbot: object, context: AppContext) -> TalkPage:
    talk = TalkPage(context)
    qtbot.addWidget(talk)  # type: ignore[attr-defined]
    return talk


def _select(combo: object, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def _words(text: str) -> str:
    return " ".join(text.split())


# --- filters --------------------------------------------------------------------------------------------


def test_all_starters_are_shown_at_first(small_page: TalkPage) -> None:
    assert small_page.visible_starter_ids() == ["a", "b", "c", "d"]
    assert small_page.count_label.text() == "4 conversation starters"
    assert small_page.empty_box.isHidden()


def test_filters_narrow_and_combine(small_page: TalkPage) -> None:
    _select(small_page.age_combo, "13-15")
    assert small_page.visible_starter_ids() == ["b", "c", "d"]
    _select(small_page.situation_combo, "pictures")
    assert small_page.visible_starter_ids() == ["c", "d"]
    small_page.search_edit.setText("SECRET")  # matches advice text, not only the opener
    assert small_page.visible_starter_ids() == ["c"]
    assert small_page.count_label.text() == "1 conversation starter"
    small_page.search_edit.setText("nothing like this")
    assert small_page.visible_starter_ids() == []
    assert not small_page.empty_box.isHidden()
    small_page.show_all_button.click()
    assert small_page.visible_starter_ids() == ["a", "b", "c", "d"]


def test_search_looks_in_follow_ups(small_page: TalkPage) -> None:
    small_page.search_edit.setText("for d?")
    assert small_page.visible_starter_ids() == ["d"]


def test_filters_on_shipped_content_match_the_model(page: TalkPage, context: AppContext) -> None:
    _select(page.age_combo, "10-12")
    _select(page.situation_combo, "new-friends")
    expected = [s.id for s in context.content.starters_for("10-12", "new-friends")]
    assert expected
    assert page.visible_starter_ids() == expected
    assert page.count_label.text().startswith(str(len(expected)))


def test_filter_choices_live_in_memory_only(qtbot: object, settings: QSettings) -> None:
    """A child's age and "threats" say something about the family: never written without consent."""
    settings.setValue(SETTING_AGE, "13-15")  # what an older Guardian left behind is dropped
    settings.setValue(SETTING_SITUATION, "pictures")
    first = TalkPage(AppContext(small_content(), settings))
    qtbot.addWidget(first)  # type: ignore[attr-defined]
    assert first.current_filters() == ("", "", "")
    _select(first.age_combo, "13-15")
    _select(first.situation_combo, "pictures")
    assert first.current_filters() == ("13-15", "pictures", "")
    settings.sync()
    assert not [key for key in settings.allKeys() if key.startswith("talk")]

    second = TalkPage(AppContext(small_content(), settings))
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    assert second.current_filters() == ("", "", "")


def test_show_item_situation_sets_the_filter(small_page: TalkPage) -> None:
    _select(small_page.age_combo, "6-9")
    small_page.search_edit.setText("game")
    small_page.show_item("situation:pictures")
    assert small_page.current_filters() == ("", "pictures", "")
    assert small_page.visible_starter_ids() == ["c", "d"]
    small_page.show_item("situation:no-such-thing")  # ignored
    assert small_page.current_filters() == ("", "pictures", "")


def test_show_item_starter_shows_and_highlights_it(small_page: TalkPage) -> None:
    _select(small_page.situation_combo, "pictures")
    small_page.show_item("a")
    assert "a" in small_page.visible_starter_ids()
    assert small_page.cards["a"]._highlighted
    small_page.show_item("b")
    assert not small_page.cards["a"]._highlighted
    assert small_page.cards["b"]._highlighted


# --- the plan -------------------------------------------------------------------------------------------


def test_plan_collects_and_removes_starters(small_page: TalkPage) -> None:
    session = small_page.context.session
    changes: list[bool] = []
    small_page.context.session_changed.connect(lambda: changes.append(True))

    small_page.cards["c"].plan_button.click()
    small_page.cards["a"].plan_button.click()
    assert session.plan == ["c", "a"]
    assert changes == [True, True]
    assert small_page.cards["c"].plan_button.accessibleName() == "Remove from my plan"
    assert small_page.cards["b"].plan_button.accessibleName() == "Add to my plan"
    assert small_page.plan_rows.count() == 2
    assert small_page.export_button.isEnabled()

    small_page.cards["c"].plan_button.click()  # un-star
    assert session.plan == ["a"]
    assert small_page.plan_rows.count() == 1

    remove = small_page.plan_rows.itemAt(0).widget().findChildren(type(small_page.export_button))[0]
    assert "What game did you play?" in remove.accessibleName()
    remove.click()
    assert session.plan == []
    assert not small_page.cards["a"].in_plan
    assert not small_page.export_button.isEnabled()


def test_plan_reloads_when_the_session_is_replaced(small_page: TalkPage) -> None:
    from guardian_app.family.session import Session

    small_page.context.replace_session(Session(plan=["d", "b"]))
    assert small_page.plan_ids() == ["d", "b"]
    assert small_page.cards["d"].in_plan
    small_page.context.replace_session()
    assert small_page.plan_rows.count() == 0
    assert not small_page.cards["d"].in_plan


def test_clear_sensitive_empties_the_plan_view(small_page: TalkPage) -> None:
    small_page.set_in_plan("a", True)
    small_page.clear_sensitive()
    assert small_page.plan_rows.count() == 0
    assert not small_page.cards["a"].in_plan


def test_copy_puts_the_opener_on_the_clipboard(small_page: TalkPage) -> None:
    small_page.cards["b"].copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Who did you chat with today?")
    assert "Follow-up for b?" in text
    assert "Copied" in small_page.plan_status.text()


def test_more_shows_the_details(small_page: TalkPage) -> None:
    card = small_page.cards["c"]
    assert not card.is_expanded()
    card.more_button.click()
    assert card.is_expanded()
    assert card.details_label is not None
    assert "Listen for a secret photo." in card.details_label.text()
    assert card.more_button.accessibleName() == "Show less"


# --- export and print -----------------------------------------------------------------------------------


def test_exported_pdf_holds_the_openers_and_the_hotline(
    page: TalkPage, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = [context.content.starters[0], context.content.starters[20]]
    for starter in chosen:
        page.cards[starter.id].plan_button.click()
    target = tmp_path / "my plan"  # no suffix: ".pdf" is added
    asked: list[str] = []

    def fake_dialog(parent: object, caption: str, default: str, filters: str, *rest: object) -> tuple[str, str]:
        asked.append(default)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    assert page.export_pdf()

    written = tmp_path / "my plan.pdf"
    assert asked and asked[0].endswith("conversation-plan.pdf")
    text = _words(" ".join(p.extract_text() for p in PdfReader(str(written)).pages))
    for starter in chosen:
        assert _words(starter.opener) in text
    assert "1-833-900-1010" in text
    assert "Saved" in page.plan_status.text()


def test_export_to_a_missing_folder_says_so_without_crashing(
    small_page: TalkPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_page.set_in_plan("a", True)
    target = tmp_path / "gone" / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    assert not small_page.export_pdf()
    assert "not saved" in small_page.plan_status.text()
    assert not target.parent.exists()


def test_export_cancelled_writes_nothing(small_page: TalkPage, monkeypatch: pytest.MonkeyPatch) -> None:
    small_page.set_in_plan("a", True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert not small_page.export_pdf()
    assert small_page.plan_status.text() == ""


def test_print_page_does_not_print_when_the_dialog_is_rejected(
    small_page: TalkPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6 import QtPrintSupport

    from guardian_app.ui import printing

    painted: list[object] = []

    class RejectingDialog:
        DialogCode = QtPrintSupport.QPrintDialog.DialogCode

        def __init__(self, *args: object) -> None:
            pass

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            return int(QtPrintSupport.QPrintDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", RejectingDialog)
    monkeypatch.setattr(printing, "_paint_on_printer", lambda *args: painted.append(args) or True)
    small_page.set_in_plan("a", True)
    assert small_page.print_page() is False
    assert painted == []
    assert small_page.plan_status.text() == ""


def test_plan_html_uses_the_region_and_escapes(small_page: TalkPage) -> None:
    small_page.set_in_plan("a", True)
    html = small_page.plan_html()
    assert "My conversation plan" in html
    assert "What game did you play?" in html


def test_phrases_are_shown(small_page: TalkPage) -> None:
    text = small_page.phrases_body.text()
    assert "Instead of:" in text and "Why did you send that?" in text
    assert "Try:" in text and "Thank you for telling me." in text


def test_disclosure_buttons_navigate(page: TalkPage, context: AppContext) -> None:
    asked: list[tuple[str, str]] = []
    context.navigate_requested.connect(lambda page_id, item: asked.append((page_id, item)))
    page.help_button.click()
    page.threat_button.click()
    assert asked == [("help", ""), ("guide", "someone-is-threatening-my-child")]
    assert "Stay calm" in page.disclosure_body.text()
    page.show_item("disclosure")  # scrolls; must not fail


def test_every_button_has_an_accessible_name(page: TalkPage) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    page.set_in_plan(page.context.content.starters[0].id, True)
    widgets = page.findChildren(QAbstractButton) + page.findChildren(QComboBox) + page.findChildren(QLineEdit)
    for widget in widgets:
        if isinstance(widget.parent(), QLineEdit) or widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (the search box's clear button)
        assert widget.accessibleName(), widget


def test_talk_page_does_not_load_print_support_at_import() -> None:
    import subprocess
    import sys

    code = "import sys, guardian_app.ui.pages.talk.page; print('PySide6.QtPrintSupport' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[3])
    assert result.stdout.strip() == "False"


def test_a_usual_plan_fits_on_one_page(page: TalkPage, context: AppContext) -> None:
    from guardian_app.ui import printing

    for starter in context.content.starters_for("10-12")[:3]:
        page.set_in_plan(starter.id, True)
    assert printing.page_count(page.plan_html()) == 1
