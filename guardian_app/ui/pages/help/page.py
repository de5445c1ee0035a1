"""The "Get help now" page: the emergency number, "What is happening?", the lines that fit first in large print,
and every other service grouped by what a parent needs (report, remove images, support...).

With no situation chosen, the region's default lines come first (in Canada, the Canadian Human Trafficking
Hotline and Cybertip.ca side by side); a situation puts its own lines first, with its first steps. A kind of
line the region does not have is said in words, and a line for Quebec only is marked and never the target of
a general link (``help_lines.py``).

A frightened parent lands here in one click. The page puts the number first, in text that can be selected and
copied, with Call, Chat, Copy and a QR code to call from their own phone. Contact details come only from
``content/resources.yaml`` (verified facts); nothing is fetched from the network.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guardian_app.content.help_lines import HelpLines, help_lines
from guardian_app.content.model import Region, Resource
from guardian_app.ui import theme
from guardian_app.ui.context import AppContext
from guardian_app.ui.pages.help.panels import PrimaryPanel, centred, page_style, show_centred
from guardian_app.ui.pages.help.sections import emergency_line, group_section
from guardian_app.ui.pages.help.situations import LeadsRow, SituationPanel, SituationPicker
from guardian_app.ui.pages.page import Page
from guardian_app.ui.widgets.buttons import LinkButton
from guardian_app.ui.widgets.layouts import FlowLayout
from guardian_app.ui.widgets.qr import qr_pixmap
from guardian_app.ui.widgets.resource_card import ResourceCard

# Long enough for the eye to find the item after the scroll, short enough not to distract afterwards.
HIGHLIGHT_MS = 2500


class HelpPage(Page):
    """Get help now: the region's main line, the emergency number and every verified service, by need."""

    page_id = "help"
    scrolls_itself = True  # its header and one scroll area fill the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Paint the background from the theme even when the page is shown on its own (tests, screenshots).
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._items: dict[str, QWidget] = {}
        self._cards: dict[str, ResourceCard] = {}
        self._pending_item = ""
        self._highlighted: QWidget | None = None
        self.primary_card: ResourceCard | None = None
        self.qr_label: QLabel | None = None
        self.emergency_button: QPushButton | None = None
        # What the parent said is happening ('' for nothing chosen). Never saved: it says something about a family.
        self._situation = ""
        self.picker: SituationPicker | None = None
        self.situation_panel: SituationPanel | None = None
        self.next_action: LinkButton | None = None
        # One pixmap per number for the page's life: making a new one on every rebuild (each region change)
        # left about 65 KB of native memory behind each time (measured); reusing it leaves nothing.
        self._qr_pixmaps: dict[str, QPixmap] = {}

        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(HIGHLIGHT_MS)
        self._highlight_timer.timeout.connect(self._clear_highlight)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        header = QWidget(self)
        # A flow: the region choice sits beside the title, or under it when large text needs the room.
        header_row = FlowLayout(header, spacing=24)
        header_row.setContentsMargins(24, 16, 24, 8)
        self.title_label = QLabel(header)
        self.title_label.setProperty("role", "h1")
        self.title_label.setWordWrap(True)  # at 200 % text the title wraps instead of being cut off
        header_row.addWidget(self.title_label)
        region_box = QWidget(header)
        region_row = QHBoxLayout(region_box)
        region_row.setContentsMargins(0, 0, 0, 0)
        self.region_label = QLabel(region_box)
        self.region_combo = QComboBox(region_box)
        self.region_combo.setObjectName("regionCombo")
        self.region_label.setBuddy(self.region_combo)
        region_row.addWidget(self.region_label)
        region_row.addWidget(self.region_combo)
        header_row.addWidget(region_box)
        outer.addWidget(centred(header, self))

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("helpScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Every service inside has its own Tab stops and the area scrolls to them: an extra, silent stop
        # on the area itself would only confuse.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll_area, 1)

        self.region_combo.currentIndexChanged.connect(self._on_region_chosen)
        context.region_changed.connect(self._on_region_changed)
        self.follow_content(self.rebuild)
        self.retranslate()

    # --- Page interface -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Get help now"))
        self.scroll_area.setAccessibleName(self.tr("Get help now"))
        self.region_label.setText(self.tr("&Where you live:"))
        self.region_combo.setAccessibleName(self.tr("Where you live"))
        self.region_combo.setToolTip(self.tr("Show the services for this country"))
        self.rebuild()

    def show_item(self, item_id: str) -> None:
        """Scroll to a group ("group:report"), a resource ("ca-cybertip") or a situation ("situation:threatened",
        which puts its lines first) and highlight it briefly."""
        if item_id.startswith("situation:"):
            situation_id = item_id.partition(":")[2]
            if self.context.content.help_situation(situation_id) is None:
                return
            if situation_id != self._situation:
                self._situation = situation_id
                self.rebuild()
        if item_id not in self._items:
            return
        if not self.isVisible():
            # Positions are only known once the page is laid out; finish the job in showEvent.
            self._pending_item = item_id
            return
        self._pending_item = ""
        target = self._items[item_id]
        container = self.scroll_area.widget()
        if container is None:
            return
        layout = container.layout()
        if layout is not None:
            layout.activate()
        top = target.mapTo(container, QPoint(0, 0)).y()
        self.scroll_area.verticalScrollBar().setValue(max(0, top - 12))
        self._set_highlight(target)
        focus = self._focus_for(item_id, target)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_for(self, item_id: str, target: QWidget) -> QWidget | None:
        """Where the keyboard goes after a jump: the resource's first action, or the first one of a group or
        situation that serves the whole region (a line for Quebec only is never where a general link lands)."""
        card = self._cards.get(item_id)
        if card is None:
            cards = [self.primary_card] if item_id.startswith("situation:") else target.findChildren(ResourceCard)
            card = next((c for c in cards if c is not None and not c.resource.subregion), None)
        return card.first_action() if card is not None else None

    def clear_sensitive(self) -> None:
        if self._situation:
            self._situation = ""
            self.rebuild()

    def item_widget(self, item_id: str) -> QWidget | None:
        """The widget shown for a group ("group:report") or resource id, if the current region has it."""
        return self._items.get(item_id)

    def card(self, resource_id: str) -> ResourceCard | None:
        return self._cards.get(resource_id)

    def apply_theme(self) -> None:
        """Repaint what this page colours itself (its style sheet, the cards' links) in the theme in use."""
        style = page_style(theme.current())
        if self.styleSheet() != style:
            self.setStyleSheet(style)
        for card in self.findChildren(ResourceCard):
            card.apply_theme()
        for panel in self.findChildren(PrimaryPanel):
            panel.fit(panel.width())  # a new text size may need another size for the number

    # --- building -----------------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Build the page again from the content and the chosen region."""
        content = self.context.content
        self._fill_region_combo()
        self._clear_highlight()
        self._items.clear()
        self._cards.clear()
        self.primary_card = self.qr_label = None
        self.picker = self.situation_panel = self.next_action = None
        style = page_style(theme.current())
        if self.styleSheet() != style:  # re-polishing every widget again is slow and needless
            self.setStyleSheet(style)
        locale = QLocale(content.language)

        body = QWidget()
        body.setObjectName("helpBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 8, 24, 32)
        column.setSpacing(16)

        region = content.region(self.context.region)
        if region is None:
            missing = QLabel(self.tr("No help services are available for this region yet."), body)
            missing.setWordWrap(True)
            column.addWidget(missing)
        else:
            lead = QLabel(self.tr("You do not have to face this alone. Every service below is there to help "
                                  "families like yours, and you can contact more than one."), body)
            lead.setProperty("role", "lead")
            lead.setWordWrap(True)
            column.addWidget(lead)
            column.addWidget(self._emergency_frame(region, body))
            self.picker = SituationPicker(body)
            self.picker.set_situations(content.help_situations, self._situation)
            self._situation = self.picker.current
            self.picker.chosen.connect(self._on_situation_chosen)
            column.addWidget(self.picker)
            lines = help_lines(content, region.id, self._situation)
            self._add_leads(lines, locale, body, column)
            more = QLabel(self.tr("More places to get help"), body)
            more.setProperty("role", "h2")
            more.setWordWrap(True)
            column.addWidget(more)
            for group_lines in lines.groups:
                section = group_section(group_lines, region, locale, body, self._cards, self._items)
                if section is not None:
                    column.addWidget(section)
            # The page ends with what to do next, not with the last card.
            self.next_action = LinkButton(self.tr("Next: write down what happened, in Record of events"), body)
            self.next_action.setObjectName("helpNextAction")
            self.next_action.clicked.connect(lambda: self.context.open("record"))
            column.addWidget(self.next_action, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)

        show_centred(self.scroll_area, body)

    def _add_leads(self, lines: HelpLines, locale: QLocale, body: QWidget, column: QVBoxLayout) -> None:
        """The chosen situation (its steps, its fallback sentence), then the lines that fit first."""
        content = self.context.content
        if lines.situation is not None:
            guide = content.guide(lines.situation.guide) if lines.situation.guide else None
            self.situation_panel = SituationPanel(lines.situation, lines.fallback, guide.title if guide else "",
                                                  self.context, body)
            self._items[f"situation:{lines.situation.id}"] = self.situation_panel
            column.addWidget(self.situation_panel)
        # The first two side by side (when there is room), in large print with a QR code; any others as cards.
        panels: list[QWidget] = [self._primary_panel(res, locale, body) for res in lines.leads[:2]]
        if panels:
            column.addWidget(LeadsRow(panels, body))
        for resource in lines.leads[2:]:
            card = ResourceCard(resource, locale=locale, parent=body)
            column.addWidget(card)
            self._cards[resource.id] = card
            self._items.setdefault(resource.id, card)

    def _qr_pixmap(self, url: str) -> QPixmap:
        pixmap = self._qr_pixmaps.get(url)
        if pixmap is None:
            pixmap = self._qr_pixmaps[url] = qr_pixmap(url, scale=4)
        return pixmap

    def _fill_region_combo(self) -> None:
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        for region in self.context.content.regions:
            self.region_combo.addItem(region.name, region.id)
        index = self.region_combo.findData(self.context.region)
        self.region_combo.setCurrentIndex(max(index, 0))
        self.region_combo.blockSignals(False)

    def _emergency_frame(self, region: Region, parent: QWidget) -> QFrame:
        frame, self.emergency_button = emergency_line(region, self.context.content.resource(region.emergency),
                                                      parent)
        return frame

    def _primary_panel(self, resource: Resource, locale: QLocale, parent: QWidget) -> PrimaryPanel:
        """The region's main line, large, with a QR code to call it from a phone."""
        panel = PrimaryPanel(parent)

        card = ResourceCard(resource, locale=locale, parent=panel)
        # The panel draws the frame; the card inside stays flat so the panel does not look boxed twice.
        card.setProperty("role", "")
        card.setFrameShape(QFrame.Shape.NoFrame)
        card.setStyleSheet("QFrame { border: none; background: transparent; }")
        card_layout = card.layout()
        if card_layout is not None:
            card_layout.setContentsMargins(0, 0, 0, 0)  # the panel's own margins are enough
        if card.number_label is not None:
            card.number_label.setProperty("role", "h1")  # smaller only when it would not fit (PrimaryPanel)
            panel.number_label = card.number_label
        card.name_label.setProperty("role", "h2")
        if self.primary_card is None:
            self.primary_card = card
        panel.row.addWidget(card, 1)

        if resource.phone:
            qr_column = QWidget(panel)
            qr_column.setObjectName("qrColumn")
            qr_box = QVBoxLayout(qr_column)
            qr_box.setContentsMargins(0, 0, 0, 0)
            qr_label = QLabel(qr_column)
            qr_label.setObjectName("qrCode")
            qr_label.setPixmap(self._qr_pixmap(resource.tel_url()))
            qr_label.setAccessibleName(self.tr("QR code to call {name} at {number}").format(
                name=resource.name, number=resource.phone.display))
            qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            qr_box.addWidget(qr_label, 0, Qt.AlignmentFlag.AlignHCenter)
            if self.qr_label is None:
                self.qr_label = qr_label
            caption = QLabel(self.tr("Scan with your phone to call"), qr_column)
            caption.setProperty("role", "muted")
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            # A fixed width lets the wrapped caption claim its full height instead of being cut off.
            caption.setFixedWidth(max(qr_label.pixmap().width() + 60, 180))
            qr_box.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
            qr_box.addStretch(1)
            panel.row.addWidget(qr_column, 0, Qt.AlignmentFlag.AlignTop)
            panel.qr_column = qr_column
            panel.qr_caption = caption

        self._items[resource.id] = panel
        if not resource.subregion:  # a general link never lands on a line for Quebec only
            self._items.setdefault(f"group:{resource.group}", panel)
        self._cards[resource.id] = card
        return panel

    # --- reacting -----------------------------------------------------------------------------------------

    def _on_region_chosen(self, index: int) -> None:
        region_id = self.region_combo.itemData(index)
        if region_id:
            self.context.set_region(str(region_id))  # saves it in settings and emits region_changed

    def _on_region_changed(self, _region: str) -> None:
        self.rebuild()

    def _on_situation_chosen(self, situation_id: str) -> None:
        focus_id = situation_id or self._situation
        self._situation = situation_id
        self.rebuild()
        # The buttons were built again: keep the keyboard on the button the parent pressed.
        button = self.picker.buttons.get(focus_id) if self.picker is not None else None
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_highlight(self, widget: QWidget) -> None:
        self._clear_highlight()
        widget.setProperty("highlight", "true")
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        self._highlighted = widget
        self._highlight_timer.start()

    def _clear_highlight(self) -> None:
        widget, self._highlighted = self._highlighted, None
        if widget is not None:
            widget.setProperty("highlight", "false")
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._pending_item:
            self.show_item(self._pending_item)
