"""The parent-facing bundle: icons, desktop entry, AppStream metainfo, and a PyInstaller build that starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def _offscreen_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share")}


def test_icons_for_every_platform_come_from_the_one_svg(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
                            capture_output=True, text=True, timeout=120, env=_offscreen_env(tmp_path))
    assert result.returncode == 0, result.stderr
    for size in (16, 32, 48, 128, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "io.github.guardian_app.Guardian.png"
        assert png.read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "guardian.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (tmp_path / "guardian.icns").read_bytes()[:4] == b"icns"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    entry = LINUX / "io.github.guardian_app.Guardian.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    metainfo = LINUX / "io.github.guardian_app.Guardian.metainfo.xml"
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_bundle_builds_without_qtnetwork_and_starts(tmp_path: Path) -> None:
    env = {**_offscreen_env(tmp_path), "PYTHON": sys.executable}
    build = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], capture_output=True, text=True,
                           timeout=900, env=env, cwd=ROOT)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    bundle = ROOT / "packaging" / "dist" / "guardian"
    executable = bundle / "guardian"
    assert executable.is_file()
    assert not [p for p in bundle.rglob("*") if "QtNetwork" in p.name or "libQt6Network" in p.name]
    assert (bundle / "_internal" / "guardian_app" / "_data" / "content" / "resources.yaml").is_file()
    assert (bundle / "_internal" / "guardian_app" / "_content_cache" / "en.marshal").is_file()
    version = subprocess.run([str(executable), "--version"], capture_output=True, text=True, timeout=120, env=env)
    assert version.returncode == 0 and "Guardian" in version.stdout
    self_test = subprocess.run([str(executable), "--self-test"], capture_output=True, text=True, timeout=300,
                               env=env)
    assert self_test.returncode == 0, self_test.stdout[-3000:] + self_test.stderr[-3000:]
    size_mib = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    print(f"bundle size: {size_mib:.0f} MiB")
