"""Two links to get ready together: "Our family safety plan" and the page "For your child".

The threat guide and the counselor session end with them (Home has its own): once the urgent steps are done,
a family can make a plan and give the child a page of their own. Each link opens its page through
``context.open(page_id)``; pages never reach into each other.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from guardian_app.ui.context import AppContext
from guardian_app.ui.widgets.buttons import LinkButton


class FamilyLinks(QWidget):
    """A link to the family plan and one to the page for the child, one under the other."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.plan_link = LinkButton("", self)
        self.plan_link.setObjectName("familyPlanLink")
        self.plan_link.clicked.connect(lambda: context.open("family-plan"))
        self.child_link = LinkButton("", self)
        self.child_link.setObjectName("forChildLink")
        self.child_link.clicked.connect(lambda: context.open("for-child"))
        for link in (self.plan_link, self.child_link):
            layout.addWidget(link)
        self.retranslate()

    def retranslate(self) -> None:
        self.plan_link.setText(self.tr("Make a family safety plan together"))
        self.child_link.setText(self.tr("Read the page for your child, and print it"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
