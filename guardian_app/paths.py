"""Where Guardian's shipped files live: content, assets and translations.

An installed wheel carries ``content/`` and ``assets/`` under ``guardian_app/_data/``; a source checkout (or an
editable install) has them at the top of the repository. This is the only module that knows both layouts.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_root() -> Path:
    # A frozen bundle (PyInstaller) unpacks next to sys._MEIPASS; a wheel puts data in the package.
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "guardian_app" / "_data")
    candidates += [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    for candidate in candidates:
        if (candidate / "content").is_dir():
            return candidate
    return _PACKAGE_DIR.parent


def content_dir() -> Path:
    """The built-in content folder (``content/``)."""
    return _data_root() / "content"


def assets_dir() -> Path:
    """The folder with icons and illustrations (``assets/``)."""
    return _data_root() / "assets"


def asset_path(name: str) -> Path:
    """The path of one asset, by its name relative to ``assets/``."""
    if Path(name).is_absolute() or ".." in Path(name).parts:
        raise ValueError(f"asset names must be relative: {name!r}")
    return assets_dir() / name


def translations_dir() -> Path:
    """The folder with compiled Qt translations (``.qm``), inside the package."""
    return _PACKAGE_DIR / "i18n"
