"""``guardian-app screenshots``: one non-empty PNG per available page."""

from __future__ import annotations

from pathlib import Path

from guardian_app.ui.registry import PAGES
from guardian_app.ui.screenshots import render_screenshots

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_render_screenshots_writes_one_png_per_page(qtbot: object, tmp_path: Path) -> None:
    assert render_screenshots(tmp_path, locale="en", region="CA") == 0
    for spec in PAGES:
        if not spec.available():
            continue
        shot = tmp_path / f"{spec.page_id}.png"
        assert shot.is_file(), spec.page_id
        data = shot.read_bytes()
        assert data.startswith(PNG_SIGNATURE) and len(data) > 5000, spec.page_id
    assert (tmp_path / "search.png").is_file()
