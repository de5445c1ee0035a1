"""One stage of luring on the stage timeline: a focusable button drawn as a circle with the stage's icon
(``assets/stages/<icon>``; a numbered circle when the icon is missing), its number and title, and, in the
vertical form, its one-sentence summary. A lit stage (ticked signs point to it) is filled with
``theme.stage_lit``, its title in bold, with a count badge and an accessible description that says so in words.

A marker is measured with its title in bold whether it is lit or not, so lighting a stage never changes its
size (see :mod:`guardian_app.ui.widgets.stage_timeline`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from guardian_app.content.model import Stage
from guardian_app.paths import asset_path
from guardian_app.ui import theme
from guardian_app.ui.widgets.labels import plain_tooltip

# Rendering an SVG costs far more than a paint; rendered icons are kept per (path, size).
_ICON_CACHE: dict[tuple[str, int], QImage | None] = {}


def _icon_image(path: Path, size: int) -> QImage | None:
    """The SVG at ``path`` rendered at ``size`` pixels, or None when it is missing or broken."""
    key = (str(path), size)
    if key in _ICON_CACHE:
        return _ICON_CACHE[key]
    image: QImage | None = None
    if path.is_file():
        renderer = QSvgRenderer(str(path))
        if renderer.isValid():
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
    _ICON_CACHE[key] = image
    return image


def stage_icon_path(stage: Stage) -> Path:
    return asset_path(f"stages/{stage.icon or stage.id + '.svg'}")


class StageMarker(QAbstractButton):
    """One stage on the timeline. Checked means "the stage shown now" (on pages that select a stage)."""

    step_requested = Signal(int)  # an arrow key: -1 for the stage before, 1 for the one after

    def __init__(
        self, stage: Stage, number: int, total: int, vertical: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self.number = number
        self.total = total
        self.vertical = vertical
        self.count = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName(f"stage-{stage.id}")
        self._icon_path = stage_icon_path(stage)  # looked up once: finding the assets folder touches the disk
        # What painting and measuring need, worked out once per font (a tick repaints the markers it lights).
        self._diameter: int | None = None
        self._fonts: dict[bool, QFont] = {}  # bold or not -> title font
        self._widest: dict[bool, int] = {}  # bold or not -> widest word of the row title
        # Both forms wrap their titles, so their height depends on the width they get.
        size_policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        size_policy.setHeightForWidth(True)
        self.setSizePolicy(size_policy)
        self._update_texts()

    # --- state ---------------------------------------------------------------------------------------------

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self._update_texts()
            self.update()

    def is_lit(self) -> bool:
        return self.count > 0

    def _update_texts(self) -> None:
        title = self.tr("Stage {number} of {total}: {title}").format(
            number=self.number, total=self.total, title=self.stage.title)
        if self.text() != self.stage.title:
            self.setText(self.stage.title)
        if self.count == 1:
            lit = self.tr("1 sign you ticked points to this stage.")
        elif self.count:
            lit = self.tr("{count} signs you ticked point to this stage.").format(count=self.count)
        else:
            lit = ""
        # The name says what the marker shows, its count badge included: a lit stage is heard as lit.
        name = f"{title}. {lit}" if lit else title
        if self.accessibleName() != name:
            self.setAccessibleName(name)
        if self.accessibleDescription() != self.stage.summary:
            self.setAccessibleDescription(self.stage.summary)
        self.setToolTip(plain_tooltip("\n".join(part for part in (title, self.stage.summary, lit) if part)))

    # --- geometry ------------------------------------------------------------------------------------------

    def circle_diameter(self) -> int:
        # Circles grow with the text, but in the row more slowly, so nine of them still fit at large sizes.
        if self._diameter is None:
            height = self.fontMetrics().height()
            self._diameter = (max(36, round(height * 2.3)) if self.vertical
                              else max(36, min(round(height * 2.1), 64)))
        return self._diameter

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._diameter = None
            self._fonts.clear()
            self._widest.clear()
        super().changeEvent(event)

    def row_text(self) -> str:
        return self.tr("{number}. {title}").format(number=self.number, title=self.stage.title)

    def _row_height(self, width: int) -> int:
        return 8 + self.circle_diameter() + 8 + self._title_height(self.row_text(), max(1, width - 4)) + 6

    def _title_height(self, text: str, width: int) -> int:
        """The height of the title wrapped at ``width``, the larger of regular and bold (lit, current)."""
        flags = int(Qt.TextFlag.TextWordWrap)
        return max(QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
                   for font in self._title_fonts())

    def row_minimum_width(self) -> int:
        """The narrowest width that shows every word of the title whole (and the circle).

        Measured in the regular weight whether the stage is lit or not, so lighting a stage never changes
        how many stages fit on a row; a lit title too wide for its cell in bold is painted regular instead.
        """
        return max(self.circle_diameter() + 16, self._widest_word(self._title_font(bold=False)) + 8)

    def _widest_word(self, font: QFont) -> int:
        widest = self._widest.get(font.bold())
        if widest is None:
            metrics = QFontMetrics(font)
            widest = max((metrics.horizontalAdvance(word) for word in self.row_text().split()), default=0)
            self._widest[font.bold()] = widest
        return widest

    def circle_rect(self) -> QRect:
        diameter = self.circle_diameter()
        if self.vertical:
            return QRect(14, 10, diameter, diameter)
        return QRect((self.width() - diameter) // 2, 8, diameter, diameter)

    def _title_font(self, bold: bool | None = None) -> QFont:
        """The font the title is painted in: bold when the stage is lit or current (or as ``bold`` says)."""
        if bold is None:
            bold = self.is_lit() or self.isChecked()
        font = self._fonts.get(bold)
        if font is None:
            font = QFont(self.font())
            if self.vertical:
                font.setPointSizeF(font.pointSizeF() * 1.1)
            font.setBold(bold)
            self._fonts[bold] = font
        return font

    def _painted_title_font(self, width: int) -> QFont:
        # Bold only if every word still fits whole: the filled circle and the count badge say "lit" anyway.
        font = self._title_font()
        if font.bold() and self._widest_word(font) > width:
            return self._title_font(bold=False)
        return font

    def _title_fonts(self) -> tuple[QFont, QFont]:
        # Sizes are measured in both weights, so lighting or choosing a stage never changes the marker's size.
        return self._title_font(bold=False), self._title_font(bold=True)

    def _text_left(self) -> int:
        return 14 + self.circle_diameter() + 16

    def _vertical_height(self, width: int) -> int:
        text_width = max(80, width - self._text_left() - 12)
        flags = int(Qt.TextFlag.TextWordWrap)
        title_height = self._title_height(self.stage.title, text_width)
        summary_height = self.fontMetrics().boundingRect(
            QRect(0, 0, text_width, 10_000), flags, self.stage.summary).height()
        return max(self.circle_diameter() + 20, 10 + title_height + 4 + summary_height + 12)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._vertical_height(width) if self.vertical else self._row_height(width)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        if self.vertical:
            width = 380
            return QSize(width, self._vertical_height(width))
        # room for the circle, the count badge, and a title on two lines
        width = max(self.circle_diameter() + 40, metrics.averageCharWidth() * 12, self.row_minimum_width())
        return QSize(width, self._row_height(width))

    def minimumSizeHint(self) -> QSize:
        if self.vertical:
            return QSize(self._text_left() + 120, self.circle_diameter() + 20)
        width = self.row_minimum_width()
        return QSize(width, self._row_height(width))

    # --- painting ------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()

        if self.isChecked():
            # the selected stage: a card with a thick bar on the left, so it does not rely on colour alone
            painter.setPen(QPen(QColor(palette.accent), 2))
            painter.setBrush(QColor(palette.surface))
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 8, 8)
            painter.fillRect(QRect(1, 4, 5, rect.height() - 8), QColor(palette.accent))
        if self.hasFocus():
            painter.setPen(QPen(QColor(palette.focus), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(3, 3, -3, -3), 6, 6)

        self._paint_circle(painter, palette)
        self._paint_texts(painter, palette)
        painter.end()

    def _paint_circle(self, painter: QPainter, palette: theme.Palette) -> None:
        circle = self.circle_rect()
        lit = self.is_lit()
        painter.setPen(QPen(QColor(palette.stage_lit if lit else palette.border), 2))
        painter.setBrush(QColor(palette.stage_lit if lit else palette.surface))
        painter.drawEllipse(QRectF(circle).adjusted(1, 1, -1, -1))
        ink = palette.on_stage_lit if lit else palette.text
        # The icons are round pictures of their own: a lit stage shows a thick filled ring around its icon.
        inset = 6 if lit else 3
        icon_size = circle.width() - 2 * inset
        icon = _icon_image(self._icon_path, icon_size)
        if icon is not None:
            painter.drawImage(QPointF(circle.left() + inset, circle.top() + inset), icon)
        else:
            font = QFont(self.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            painter.setFont(font)
            painter.setPen(QColor(ink))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(self.number))
        if lit:
            self._paint_badge(painter, palette, circle)

    def _paint_badge(self, painter: QPainter, palette: theme.Palette, circle: QRect) -> None:
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        text = str(self.count)
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 10)
        badge = QRectF(circle.right() - width / 2 + 2, circle.top() - 4, width, height)
        painter.setPen(QPen(QColor(palette.stage_lit), 2))
        painter.setBrush(QColor(palette.surface))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor(palette.text))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_texts(self, painter: QPainter, palette: theme.Palette) -> None:
        circle = self.circle_rect()
        wrap = int(Qt.TextFlag.TextWordWrap)
        painter.setPen(QColor(palette.text))
        if self.vertical:
            left = self._text_left()
            text_width = max(80, self.width() - left - 12)
            title_font = self._painted_title_font(text_width)
            painter.setFont(title_font)
            title_rect = QFontMetrics(title_font).boundingRect(QRect(left, 10, text_width, 10_000), wrap,
                                                                self.stage.title)
            painter.drawText(QRect(left, 10, text_width, title_rect.height()),
                             wrap | int(Qt.AlignmentFlag.AlignLeft), self.stage.title)
            painter.setFont(self.font())
            painter.setPen(QColor(palette.muted_text))
            painter.drawText(QRect(left, 10 + title_rect.height() + 4, text_width, 10_000),
                             wrap | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             self.stage.summary)
            return
        painter.setFont(self._painted_title_font(self.width()))
        top = circle.bottom() + 8
        text = self.row_text()
        painter.drawText(QRect(2, top, self.width() - 4, self.height() - top),
                         wrap | int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}.get(
            Qt.Key(event.key()))
        if step is not None:
            self.step_requested.emit(step)  # the timeline moves the focus
            event.accept()
            return
        super().keyPressEvent(event)
