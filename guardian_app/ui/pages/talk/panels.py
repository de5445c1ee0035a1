"""The panels beside the conversation starters: what to do if the child tells you something (with the ways to
help and to the threat guide first), phrases to avoid and what to say instead, and tips."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from guardian_app.content.links import plain
from guardian_app.content.model import Content
from guardian_app.content.well_known import THREAT_GUIDE_ID
from guardian_app.handouts.plan import DISCLOSURE_GUIDE_ID, first_sentence
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.widgets.labels import wrapped_label
from guardian_app.ui.widgets.layouts import FlowLayout


def talk_label(text: str = "", object_name: str = "", rich: bool = False) -> QLabel:
    """A wrapped label of the Talk page (plain text unless ``rich``; its texts are not selectable)."""
    return wrapped_label(text=text, object_name=object_name, rich=rich, selectable=False)


class TalkPanel(QFrame):
    """A framed panel with a bold title (object name "talkPanel", styled by the page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkPanel")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(6)
        self.title = talk_label(object_name="panelTitle")
        self.title.setProperty("role", "h3")
        self.body.addWidget(self.title)


class DisclosurePanel(TalkPanel):
    """"If your child tells you something": the first sentence of each step, with the ways to help first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = talk_label(rich=True)
        self.help_button = QPushButton()
        self.help_button.setObjectName("helpButton")
        self.help_button.clicked.connect(lambda: context.open("help"))
        self.threat_button = QPushButton()
        self.threat_button.clicked.connect(lambda: context.open("guide", THREAT_GUIDE_ID))
        self.intro = talk_label()
        buttons = FlowLayout(spacing=8)
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.threat_button)
        self.body.addWidget(self.intro)
        # The ways to help come before the steps: someone who needs them should not have to scroll.
        self.body.addLayout(buttons)
        self.body.addWidget(self.text)

    def retranslate(self) -> None:
        self.help_button.setText(self.tr("Get help now"))
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.threat_button.setText(self.tr("Someone is threatening my child"))
        self.threat_button.setAccessibleName(self.tr("Open the guide: someone is threatening my child"))

    def fill(self, content: Content) -> None:
        e = html.escape
        guide = content.guide(DISCLOSURE_GUIDE_ID)
        self.setVisible(guide is not None)
        if guide is None:
            return
        self.title.setText(guide.title)
        steps = []
        for step in guide.steps:
            title = e(step.title)
            # Important steps are in bold like the others, and their words carry the warning; colour only
            # repeats it.
            if step.important:
                title = f"<span style='color: {theme.current().urgent_text};'>{title}</span>"
            # The first sentence keeps the panel short beside the cards; the handout uses the same steps.
            steps.append(f"<li><b>{title}</b><br/>{e(first_sentence(step.detail))}</li>")
        closing = f"<p>{e(plain(guide.closing))}</p>" if guide.closing else ""
        self.intro.setText(first_sentence(guide.intro))  # a plain-text label: no HTML escaping
        self.text.setText(f"<ol>{''.join(steps)}</ol>{closing}")


class PhrasesPanel(TalkPanel):
    """Phrases to avoid, and what to say instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = talk_label(rich=True)
        self.body.addWidget(self.text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Phrases to avoid, and what to say instead"))

    def fill(self, content: Content) -> None:
        e = html.escape
        self.setVisible(bool(content.phrases))
        instead_of, try_saying = e(self.tr("Instead of:")), e(self.tr("Try:"))
        quoted = self.tr("“{quote}”")  # « {quote} » in French
        self.text.setText("".join(
            f"<p><b>{instead_of}</b> {e(quoted.format(quote=phrase.avoid))}<br/>"
            f"<b>{try_saying}</b> {e(quoted.format(quote=phrase.instead))}</p>"
            for phrase in content.phrases))


class TipsPanel(TalkPanel):
    """Tips for the conversation, from the content section "talk-tips"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = talk_label(rich=True)
        self.body.addWidget(self.text)

    def fill(self, content: Content) -> None:
        tips = content.section("talk-tips")
        self.setVisible(tips is not None)
        if tips is not None:
            self.title.setText(tips.title)
            self.text.setText("<ul>" + "".join(f"<li>{html.escape(p)}</li>" for p in tips.paragraphs) + "</ul>")
