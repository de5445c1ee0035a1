"""Compact call buttons, for a guide step whose whole point is to dial a number now (emergency, crisis).

Full cards there crowded the step (in Canada: 911, 988 and a Quebec-only line, and again further down), so
such a step shows one button per line instead: the region's emergency number and one crisis line for the
whole region (:func:`call_lines`). A line for one province only stays on Get help now. Each button dials
through ``tel:`` like a card's Call button, and says so in words when the computer cannot call.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from guardian_app.content.model import Content, Resource
from guardian_app.ui.widgets.buttons import WrapButton
from guardian_app.ui.widgets.labels import plain_tooltip
from guardian_app.ui.widgets.layouts import FlowLayout
from guardian_app.ui.widgets.resource_card import open_url

# The groups a step may hold to be shown as call buttons rather than cards.
CALL_GROUPS = frozenset({"emergency", "crisis"})


def call_lines(content: Content, region_id: str,
               groups: tuple[str, ...]) -> tuple[list[Resource], list[Resource]]:
    """The lines to show as buttons for ``groups``, and the region's other lines of those groups.

    One line per group: for the emergency group the region's emergency number, else the first line with a
    phone that serves the whole region (none when every one serves only part of it, e.g. Quebec).
    """
    region = content.region(region_id)
    emergency = content.resource(region.emergency) if region is not None else None
    shown: list[Resource] = []
    others: list[Resource] = []
    for group_id in groups:
        lines = [res for res in content.resources_for(region_id, group_id) if res.phone is not None]
        whole_region = [res for res in lines if not res.subregion]
        if group_id == "emergency" and emergency in lines:
            whole_region.insert(0, emergency)
        first = whole_region[0] if whole_region else None
        if first is not None and first not in shown:
            shown.append(first)
        others += [res for res in lines if res is not first and res not in shown and res not in others]
    return shown, others


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


class CallButtons(QWidget):
    """One "Call" button per line, in a row that wraps at large text sizes."""

    def __init__(self, lines: list[Resource], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callButtons")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = FlowLayout(spacing=8)
        self.lines = tuple(lines)
        self.buttons: dict[str, WrapButton] = {}
        for resource in lines:
            assert resource.phone is not None
            number = resource.phone.display
            # "Call Emergency 9-1-1", not "Call Emergency 9-1-1: 9-1-1": most names already say their number.
            if _digits(number) and _digits(number) in _digits(resource.name):
                text = self.tr("Call {name}").format(name=resource.name)
            else:
                text = self.tr("Call {name}: {number}").format(name=resource.name, number=number)
            button = WrapButton(text, self)
            button.setObjectName(f"call-{resource.id}")
            button.setProperty("role", "primary")
            button.setAccessibleName(self.tr("Call {name} at {number}").format(name=resource.name, number=number))
            button.setToolTip(plain_tooltip(resource.purpose))
            button.clicked.connect(lambda _checked=False, res=resource: self.call(res))
            row.addWidget(button)
            self.buttons[resource.id] = button
        layout.addLayout(row)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("callStatus")
        self.status_label.setProperty("role", "muted")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.addWidget(self.status_label)

    def call(self, resource: Resource) -> None:
        if not open_url(resource.tel_url()) and resource.phone is not None:
            self.status_label.setText(self.tr("This computer has no calling app. Dial {number} on your phone.")
                                      .format(number=resource.phone.display))
            self.status_label.show()
