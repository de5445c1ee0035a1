"""The family safety plan and "For your child": PDFs read back, nothing written without consent, rules by age."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.family_plan import FamilyPlanPage
from guardian_app.ui.pages.for_child import ForChildPage


@pytest.fixture
def page(qtbot: object, context: AppContext) -> FamilyPlanPage:
    widget = FamilyPlanPage(context)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1000, 800)
    return widget


def _fill(page: FamilyPlanPage) -> None:
    page.family_name.setText("Tremblay")
    page.trusted_home.setText("Mom, Dad")
    page.trusted_outside.setText("Aunt Lise; Coach Sam")
    page.code_word.setText("pineapple")


def _pdf_text(path: Path) -> str:
    # pypdf may put tabs or line breaks between words: compare with single spaces.
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def _every_file(*folders: Path) -> set[Path]:
    found: set[Path] = set()
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            found.update(Path(root) / name for name in files)
    return found


def test_the_plan_collects_the_fields(page: FamilyPlanPage) -> None:
    _fill(page)
    plan = page.plan()
    assert plan.trusted_at_home == ["Mom", "Dad"] and plan.trusted_outside == ["Aunt Lise", "Coach Sam"]
    assert plan.code_word == "pineapple" and plan.promise and plan.region == "CA"
    assert plan.house_rules  # the suggestions for the age, all ticked


def test_house_rules_follow_the_age_and_can_be_edited(page: FamilyPlanPage, context: AppContext) -> None:
    page.age_combo.setCurrentIndex(page.age_combo.findData("6-9"))
    young = [rule.text for rule in context.content.house_rules_for("6-9")]
    assert page.plan().house_rules == young
    page.rules.item(0).setCheckState(Qt.CheckState.Unchecked)
    page.new_rule.setText("No phones at dinner.")
    page.add_rule()
    assert page.plan().house_rules == [*young[1:], "No phones at dinner."]


def test_exports_a_family_pdf_and_a_child_pdf(page: FamilyPlanPage, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(page)
    targets = iter([tmp_path / "family.pdf", tmp_path / "child.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(next(targets)), ""))

    assert page.export_family_pdf() and page.export_child_pdf()

    family = _pdf_text(tmp_path / "family.pdf")
    assert "Tremblay" in family and "pineapple" in family and "Coach Sam" in family
    assert "1-800-668-6868" in family  # the region's youth line
    child = _pdf_text(tmp_path / "child.pdf")
    assert "not in trouble" in child
    assert "1-800-668-6868" in child and "686868" in child  # Kids Help Phone: call or text
    assert "needhelpnow.ca" in child  # the region's take-down route
    assert "pineapple" in child


def test_child_pdf_for_another_region(page: FamilyPlanPage, context: AppContext, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    context.set_region("GB")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "child.pdf"), ""))
    assert page.export_child_pdf()
    child = _pdf_text(tmp_path / "child.pdf")
    assert "childline.org.uk/remove" in child and "0800 1111" in child
    assert "needhelpnow" not in child


def test_nothing_is_written_without_consent(page: FamilyPlanPage, context: AppContext, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            _isolated_user_dirs: Path) -> None:
    before = _every_file(_isolated_user_dirs, tmp_path)
    keys_before = set(context.settings.allKeys())  # type: ignore[attr-defined]
    _fill(page)
    page.family_html()
    page.child_html()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))  # the person cancels
    assert not page.export_family_pdf() and not page.export_child_pdf()

    assert _every_file(_isolated_user_dirs, tmp_path) == before
    assert set(context.settings.allKeys()) == keys_before  # type: ignore[attr-defined]


def test_clear_sensitive_forgets_the_plan(page: FamilyPlanPage) -> None:
    _fill(page)
    page.clear_sensitive()
    plan = page.plan()
    assert not (plan.family_name or plan.trusted_at_home or plan.trusted_outside or plan.code_word)


def test_for_your_child_shows_the_region_routes_and_exports(qtbot: object, context: AppContext, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    child_page = ForChildPage(context)
    qtbot.addWidget(child_page)  # type: ignore[attr-defined]
    assert child_page.findChild(QWidget, "resource-ca-needhelpnow") is not None
    context.set_region("AU")
    assert child_page.findChild(QWidget, "resource-au-esafety") is not None
    assert child_page.findChild(QWidget, "resource-ca-needhelpnow") is None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "you.pdf"), ""))
    assert child_page.export_pdf()
    text = _pdf_text(tmp_path / "you.pdf")
    assert "esafety.gov.au" in text and "I need to tell you something" in text


def test_quick_exit_forgets_the_plan_and_the_practice(main_window: Any) -> None:
    main_window.show_page("family-plan")
    plan_page = main_window.page("family-plan")
    _fill(plan_page)
    main_window.show_page("practice", "take-my-phone")
    practice = main_window.page("practice")
    practice.choose("promise")

    main_window.quick_exit()

    assert not plan_page.plan().code_word and not plan_page.plan().trusted_at_home
    assert practice.run is None


def test_the_plan_lives_in_the_session_so_it_is_saved_only_with_it(page: FamilyPlanPage,
                                                                   context: AppContext) -> None:
    from guardian_app.family.session import Session, session_from_dict, session_to_dict

    assert context.session.is_empty()  # opening the page puts nothing in the session
    page.code_word.setText("pineapple")
    page.code_word.textEdited.emit("pineapple")  # as typing does
    assert context.session.family_plan["code_word"] == "pineapple"
    saved = session_to_dict(context.session)

    context.replace_session(Session())
    assert page.plan().code_word == ""
    context.replace_session(session_from_dict(saved))
    assert page.plan().code_word == "pineapple" and page.plan().house_rules
