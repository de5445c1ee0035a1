"""Guardian never touches the network, checked on the real entry point in a child process.

pytest-socket (``--disable-socket`` in pyproject's addopts) guards every test in this process, but not child
processes. Here ``guardian_app.cli.main`` runs in a fresh interpreter with an audit hook that ends the
process at once (exit code 3) on any socket connection, bind, name look-up or HTTP request, and an import hook
that ends it (exit code 4) if anything imports ``PySide6.QtNetwork``. Ending the process (rather than raising)
means no ``except Exception`` in the app can hide the attempt.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError

REPO_ROOT = Path(__file__).resolve().parents[1]
RUN_TIMEOUT_S = 180  # a hang guard only, never a speed check

_GUARDED_MAIN = r'''
import importlib.abc
import os
import sys

NETWORK_EVENTS = {
    "socket.connect", "socket.getaddrinfo", "socket.bind", "socket.gethostbyname", "socket.gethostbyaddr",
    "socket.sendto", "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect",
}


def _die(code, message):
    sys.stderr.write(message + "\n")
    sys.stderr.flush()
    os._exit(code)


def _network_guard(event, args):
    if event in NETWORK_EVENTS:
        _die(3, f"NETWORK USED: {event} {args!r}")


class _RefuseQtNetwork(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6.QtNetwork" or name.startswith("PySide6.QtNetwork."):
            _die(4, f"FORBIDDEN IMPORT: {name}")
        return None


sys.addaudithook(_network_guard)
sys.meta_path.insert(0, _RefuseQtNetwork())

from guardian_app.cli import main

code = main(sys.argv[1:])
import gc
print("GC ENABLED:", gc.isenabled())  # start-up may pause the cyclic collector; the app must turn it back on
sys.stdout.flush()
python_modules = sorted(name for name in sys.modules if "QtNetwork" in name)
# Qt itself (C++) could load the network library without any Python import: look at what is mapped.
native = []
if os.path.exists("/proc/self/maps"):
    with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
        native = sorted({line.split()[-1] for line in maps if "Qt6Network" in line})
print("QTNETWORK:", python_modules, native)
sys.stdout.flush()
os._exit(code)  # skip interpreter teardown: the exit code is main()'s
'''


def _run_guarded(args: list[str], home: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("GUARDIAN_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_STATE_HOME=str(home / ".local/state"), XDG_RUNTIME_DIR=str(home / "runtime"),
               PYTHONDONTWRITEBYTECODE="1", **extra_env)
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return subprocess.run([sys.executable, "-c", _GUARDED_MAIN, *args], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=RUN_TIMEOUT_S,
                          check=False)


def _assert_offline_success(result: subprocess.CompletedProcess[str]) -> None:
    details = f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "NETWORK USED" not in result.stderr, details
    assert "FORBIDDEN IMPORT" not in result.stderr, details
    assert "Traceback" not in result.stderr, details
    assert result.returncode == 0, details
    assert "QTNETWORK: [] []" in result.stdout.splitlines(), details


def test_self_test_entry_point_uses_no_network(tmp_path: Path) -> None:
    result = _run_guarded(["--self-test", "--locale", "en", "--region", "CA"], tmp_path)

    _assert_offline_success(result)
    assert "self-test passed" in result.stdout


def test_gui_entry_point_uses_no_network_until_first_paint(tmp_path: Path) -> None:
    result = _run_guarded([], tmp_path, GUARDIAN_EXIT_AFTER_FIRST_PAINT="1")

    _assert_offline_success(result)
    assert "GC ENABLED: True" in result.stdout.splitlines(), result.stdout


def test_the_guard_itself_catches_a_connection() -> None:
    """The audit hook really ends the process: a guard that never fires proves nothing."""
    script = _GUARDED_MAIN.replace("from guardian_app.cli import main",
                                   "import socket\nsocket.socket().connect(('127.0.0.1', 9))\nmain = None")
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True,
                            timeout=RUN_TIMEOUT_S, check=False)

    assert result.returncode == 3, result.stderr
    assert "NETWORK USED: socket.connect" in result.stderr


def test_the_guard_itself_refuses_qtnetwork() -> None:
    script = _GUARDED_MAIN.replace("from guardian_app.cli import main",
                                   "import PySide6.QtNetwork\nmain = None")
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True,
                            timeout=RUN_TIMEOUT_S, check=False)

    assert result.returncode == 4, result.stderr
    assert "FORBIDDEN IMPORT: PySide6.QtNetwork" in result.stderr


def test_this_test_run_refuses_internet_sockets() -> None:
    """pytest-socket is on for the whole suite (pyproject addopts); unix sockets (D-Bus) stay allowed."""
    # pytest-socket also warns; under filterwarnings = error that warning alone would fail any offending test.
    with pytest.warns(UserWarning, match="tried to use socket"), pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM):
        pass
