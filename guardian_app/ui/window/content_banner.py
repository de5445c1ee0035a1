"""What the window says when something is missing: the banner that says, in plain words, which content files
could not be used and why, and the essentials to call when the help page cannot be opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.model import ContentIssue

if TYPE_CHECKING:
    from guardian_app.ui.context import AppContext

translate = QCoreApplication.translate


MAX_BANNER_ISSUES = 6


class ContentBanner(QFrame):
    """A calm, dismissible notice listing content problems as ``file:line:col: problem``."""

    def __init__(self, issues: tuple[ContentIssue, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentBanner")
        self.setAccessibleName(self.tr("Some content could not be loaded"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 12)
        text_box = QVBoxLayout()
        title = QLabel(self.tr("Some content could not be loaded. Guardian shows everything else as usual."))
        title.setWordWrap(True)
        title.setProperty("role", "h3")
        text_box.addWidget(title)
        lines = [str(issue) for issue in issues[:MAX_BANNER_ISSUES]]
        if len(issues) > MAX_BANNER_ISSUES:
            lines.append(self.tr("…and {count} more. Run “guardian-app validate” to see them all.").format(
                count=len(issues) - MAX_BANNER_ISSUES))
        self.details = QLabel("\n".join(lines))
        self.details.setObjectName("contentBannerDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        text_box.addWidget(self.details)
        layout.addLayout(text_box, 1)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the content notice"))
        self.dismiss_button.clicked.connect(self.hide)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)


def show_essentials(window: QWidget, context: AppContext) -> None:
    """When the help page cannot be opened: the emergency number and the region's main line in a message."""
    content = context.content
    region = content.region(context.region)
    lines = []
    if region is not None:
        lines.append(translate("MainWindow", "If a child is in danger right now, call {number}.").format(
            number=region.emergency_number))
        primary = content.resource(region.primary)
        if primary is not None and primary.phone is not None:
            line = translate("MainWindow", "{name}: {phone}")
            lines.append(line.format(name=primary.name, phone=primary.phone.display))
    from PySide6.QtWidgets import QMessageBox  # only on this rare path: importing it builds its enums

    QMessageBox.information(window, translate("MainWindow", "Get help now"), "\n\n".join(lines) or translate(
        "MainWindow", "Call your local emergency number if a child is in danger right now."))
