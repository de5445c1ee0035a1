"""Render every platform's icons from the one SVG source, ``assets/guardian.svg``.

Writes ``packaging/icons/``: PNGs (16-512 px, also laid out as a hicolor theme), ``guardian.ico`` (Windows) and
``guardian.icns`` (macOS), all with Qt's own image writers, so no extra tool is needed.
Usage: python packaging/make_icons.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "assets" / "guardian.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def make_icons(out_dir: Path) -> list[Path]:
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for size in PNG_SIZES:
        image = render(renderer, size)
        themed = out_dir / "hicolor" / f"{size}x{size}" / "apps" / "io.github.guardian_app.Guardian.png"
        themed.parent.mkdir(parents=True, exist_ok=True)
        for path in (out_dir / f"guardian-{size}.png", themed):
            if not image.save(str(path), "PNG"):
                raise SystemExit(f"could not write {path}")
            written.append(path)
    render(renderer, 256).save(str(out_dir / "guardian.png"), "PNG")
    written.append(out_dir / "guardian.png")
    scalable = out_dir / "hicolor" / "scalable" / "apps" / "io.github.guardian_app.Guardian.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SOURCE.read_bytes())
    written.append(scalable)
    # Qt's ICO writer stores one image per file write; write the largest (Windows scales it) and
    # the multi-size variant via the plugin's sub-image support when available.
    for fmt, name, size in (("ico", "guardian.ico", 256), ("icns", "guardian.icns", 512)):
        if fmt.encode() not in QImageWriter.supportedImageFormats():
            raise SystemExit(f"Qt has no {fmt} writer here")
        writer = QImageWriter(str(out_dir / name), fmt.encode())
        if not writer.write(render(renderer, size)):
            raise SystemExit(f"could not write {name}: {writer.errorString()}")
        written.append(out_dir / name)
    return written


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage painting needs it)
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "icons"
    for path in make_icons(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
