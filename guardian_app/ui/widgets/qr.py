"""QR codes made on this computer, so a parent can scan a number with their own phone and call from there.

Generated with ``segno`` (pure Python) into memory: no network, no temporary file.
"""

from __future__ import annotations

import io
from functools import lru_cache

import segno
from PySide6.QtGui import QPixmap


@lru_cache(maxsize=32)
def _png_bytes(data: str, scale: int, dark: str, light: str) -> bytes:
    # Medium error correction survives a smudged or glare-lit screen; scanners expect a 4-module quiet zone.
    code = segno.make(data, error="m")
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=4, dark=dark, light=light)
    return buffer.getvalue()


def qr_pixmap(data: str, *, scale: int = 5, dark: str = "#000000", light: str = "#ffffff") -> QPixmap:
    """A QR code for ``data`` (e.g. ``tel:+18339001010``), as a pixmap; a null pixmap if ``data`` is empty.

    Keep the default black on white: phone cameras read it most reliably, whatever the app's theme.
    """
    pixmap = QPixmap()
    if data:
        pixmap.loadFromData(_png_bytes(data, scale, dark, light), "PNG")
    return pixmap
