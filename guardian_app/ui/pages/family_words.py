"""The family plan's and the child page's own words on their handouts, and the PDFs' suggested file names.

Shared by "Our family safety plan" and "For your child", so neither page reaches into the other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guardian_app.handouts.family import FamilyLabels

FAMILY_PDF_NAME = "family-safety-plan.pdf"
CHILD_PDF_NAME = "for-you.pdf"
# Called as translate("FamilyHandout", "literal") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


def family_labels() -> FamilyLabels:
    """The handouts' own words, translated (shared with the "For your child" page)."""
    return FamilyLabels(
        family_title=translate("FamilyHandout", "Our family safety plan"),
        family_of=translate("FamilyHandout", "The {name} family"),
        at_home=translate("FamilyHandout", "At home:"),
        outside=translate("FamilyHandout", "Outside our home:"),
        not_filled=translate("FamilyHandout", "(to fill in together)"),
        signatures=translate("FamilyHandout", "We made this plan together. Signed:"),
        child_title=translate("FamilyHandout", "For you"),
        your_adults=translate("FamilyHandout", "Adults you can go to"),
        code_word=translate("FamilyHandout", "Our code word: {word}"),
        emergency=translate("FamilyHandout", "If someone is in danger right now, call {number}."),
        child_emergency=translate("FamilyHandout", "If you are in danger right now, call {number}."),
        call=translate("FamilyHandout", "Call {number}"),
        text_keyword=translate("FamilyHandout", "Text {keyword} to {number}"),
        text_plain=translate("FamilyHandout", "Text {number}"),
    )
