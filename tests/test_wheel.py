"""The built wheel works on its own: content travels inside the package and the CLI runs without Qt.

Slow (it builds a wheel and a fresh virtual environment), so it is marked ``slow``; CI still runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def _run(args: list[str | Path], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(arg) for arg in args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, check=False, env=env)


@pytest.mark.slow
def test_wheel_installs_and_validates_its_own_content(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", ".",
                  "-w", wheels], cwd=REPO_ROOT)
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("guardian_app-*.whl")

    venv = tmp_path / "venv"
    created = _run([sys.executable, "-m", "venv", venv], cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    python = venv / "bin" / "python"
    installed = _run([python, "-m", "pip", "install", "--no-deps", wheel], cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    yaml_installed = _run([python, "-m", "pip", "install", "pyyaml"], cwd=tmp_path)
    assert yaml_installed.returncode == 0, yaml_installed.stderr

    # Run from an empty folder so nothing from the source checkout can be picked up.
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    validated = _run([venv / "bin" / "guardian-app", "validate"], cwd=workdir)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    summary = validated.stdout.splitlines()[-1]
    assert "guardian_app/_data/content: valid content (" in summary
    assert str(REPO_ROOT) not in validated.stdout

    # The precompiled built-in content travels in the wheel and matches the content installed with it.
    cached = _run([python, "-c", "from guardian_app.content.cache import load_builtin as load; "
                   "print(load('en') is not None, load('fr') is not None)"], cwd=workdir)
    assert cached.stdout.strip() == "True True", cached.stdout + cached.stderr

    version = _run([venv / "bin" / "guardian-app", "--version"], cwd=workdir)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("Guardian ")
    # PySide6 is not installed in this venv at all: --version and validate must not have needed it.
    find_qt = "import importlib.util; print(importlib.util.find_spec('PySide6'))"
    no_qt = _run([python, "-c", find_qt], cwd=workdir)
    assert no_qt.stdout.strip() == "None"
