"""A private desktop for the AT-SPI system test: Xvfb, a D-Bus session and the accessibility bus.

Everything here is started with ``subprocess`` (pytest-socket guards only this process), each process is kept
by its id and stopped by that id, and every wait has a deadline. Services that D-Bus would start on demand
(the accessibility bus launcher, the AT-SPI registry) are started here first instead, so none of them is
spawned behind our back where we could not stop it.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import random
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

START_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 5.0
LIBEXEC_GLOBS = ("/usr/libexec/{name}", "/usr/lib/at-spi2-core/{name}", "/usr/lib/*/at-spi2-core/{name}",
                 "/usr/lib/at-spi2/{name}")
SYSTEM_PYTHONS = ("/usr/bin/python3",)


class DesktopError(RuntimeError):
    """The private desktop could not be started."""


def _libexec(name: str) -> str | None:
    for pattern in LIBEXEC_GLOBS:
        for path in sorted(glob.glob(pattern.format(name=name))):
            if os.access(path, os.X_OK):
                return path
    return None


def system_python_with_pyatspi() -> str | None:
    """The system Python that can import pyatspi (Debian's python3-pyatspi), or None."""
    for python in SYSTEM_PYTHONS:
        if not os.access(python, os.X_OK):
            continue
        probe = subprocess.run([python, "-c", "import pyatspi"], capture_output=True, timeout=30, env={
            "PATH": "/usr/bin:/bin"})
        if probe.returncode == 0:
            return python
    return None


def missing_tools() -> list[str]:
    """What this machine lacks to run the AT-SPI test, as Debian package names; empty when all is there."""
    missing = []
    if shutil.which("Xvfb") is None:
        missing.append("xvfb")
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        missing.append("dbus-x11")
    if _libexec("at-spi-bus-launcher") is None or _libexec("at-spi2-registryd") is None:
        missing.append("at-spi2-core")
    if system_python_with_pyatspi() is None:
        missing.append("python3-pyatspi")
    missing += [f"{lib} (libxcb-* / libxkbcommon-x11-0)" for lib in _xcb_libraries_missing()]
    return missing


def _xcb_libraries_missing() -> list[str]:
    """The system libraries Qt's xcb platform plugin links against but cannot find (``ldd`` says so)."""
    spec = importlib.util.find_spec("PySide6")
    places = (spec.submodule_search_locations if spec is not None else None) or []
    plugins = [Path(place) / "Qt" / "plugins" / "platforms" / "libqxcb.so" for place in places]
    plugin = next((path for path in plugins if path.is_file()), None)
    if plugin is None or shutil.which("ldd") is None:
        return []  # a Qt without the plugin fails loudly when the app starts
    listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30).stdout
    return [line.split()[0] for line in listing.splitlines() if "not found" in line]


def _read_line(fd: int, deadline: float, what: str) -> str:
    """One line a child writes on the pipe ``fd`` (Xvfb's display number, dbus-daemon's address)."""
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0:
            raise DesktopError(f"{what} did not start within {START_TIMEOUT_S:.0f} s")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                raise DesktopError(f"{what} exited before it was ready")
            data += chunk
    return data.decode().strip()


def _children(pid: int) -> list[int]:
    """The ids of ``pid``'s child processes (Linux /proc), so they can be stopped by id too."""
    found: list[int] = []
    for path in glob.glob(f"/proc/{pid}/task/*/children"):
        try:
            found += [int(child) for child in Path(path).read_text().split()]
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@dataclass
class Desktop:
    """Xvfb + D-Bus session + accessibility bus + AT-SPI registry, in the folder ``root``."""

    root: Path
    env: dict[str, str] = field(default_factory=dict)
    processes: list[tuple[str, subprocess.Popen[bytes]]] = field(default_factory=list)
    others: list[int] = field(default_factory=list)  # grandchildren (the accessibility bus daemon)

    def start(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        self.env = self._base_env()
        self.env["DISPLAY"] = f":{self._start_xvfb(deadline)}"
        address = self._spawn_reporting("dbus-daemon", ["dbus-daemon", "--session", "--nofork",
                                                        "--print-address={fd}"], deadline)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        launcher = self.spawn("at-spi-bus-launcher", [_libexec("at-spi-bus-launcher") or "at-spi-bus-launcher",
                                                      "--launch-immediately"])
        self._wait_for_name("org.a11y.Bus", [], deadline)
        a11y_address = self._a11y_address(deadline)
        self.others += _children(launcher.pid)
        self.spawn("at-spi2-registryd", [_libexec("at-spi2-registryd") or "at-spi2-registryd"])
        self._wait_for_name("org.a11y.atspi.Registry", [f"--bus={a11y_address}"], deadline)

    def _start_xvfb(self, deadline: float) -> int:
        """Start Xvfb on a free display number and return it once the server listens.

        A random high number rather than the first free one (``-displayfd``): other sandboxes on the same
        machine may share the abstract X sockets but not /tmp's lock files, and a client would reach their
        server instead of ours. ``-noreset``: the bus launcher's short visit (it writes the bus address on the
        root window) would otherwise reset the server just as the registry connects.
        """
        for display in random.sample(range(200, 900), 20):
            socket_file = Path(f"/tmp/.X11-unix/X{display}")
            if Path(f"/tmp/.X{display}-lock").exists() or socket_file.exists():
                continue
            server = self.spawn(f"Xvfb-{display}", ["Xvfb", f":{display}", "-screen", "0", "1280x1024x24",
                                                    "-nolisten", "tcp", "-noreset"])
            while server.poll() is None and not socket_file.exists() and time.monotonic() < deadline:
                time.sleep(0.02)
            if socket_file.exists() and server.poll() is None:
                return display
            if time.monotonic() >= deadline:
                break
        raise DesktopError("Xvfb found no free display")

    def _base_env(self) -> dict[str, str]:
        home = self.root / "home"
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
        for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                         ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state"),
                         ("XDG_RUNTIME_DIR", "runtime")):
            path = home / sub
            path.mkdir(parents=True, exist_ok=True)
            env[var] = str(path)
        (home / "runtime").chmod(0o700)
        return env

    def spawn(self, name: str, argv: list[str], *, env: Mapping[str, str] | None = None,
              **kwargs: object) -> subprocess.Popen[bytes]:
        """Start ``argv`` in this desktop; it is stopped (by its id) in :meth:`stop`."""
        log = (self.root / f"{name}.log").open("wb")
        process: subprocess.Popen[bytes] = subprocess.Popen(
            argv, env=dict(env if env is not None else self.env), stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, **kwargs)
        log.close()
        self.processes.append((name, process))
        return process

    def _spawn_reporting(self, name: str, argv: list[str], deadline: float) -> str:
        """Start ``argv`` with a pipe whose number replaces ``{fd}``; return the line it writes there."""
        read_fd, write_fd = os.pipe()
        try:
            self.spawn(name, [arg.replace("{fd}", str(write_fd)) for arg in argv], pass_fds=(write_fd,))
        finally:
            os.close(write_fd)
        try:
            return _read_line(read_fd, deadline, name)
        finally:
            os.close(read_fd)

    def _dbus_send(self, args: list[str], deadline: float) -> str:
        left = max(0.5, deadline - time.monotonic())
        result = subprocess.run(["dbus-send", "--print-reply", *args], env=self.env, capture_output=True,
                                text=True, timeout=left)
        return result.stdout if result.returncode == 0 else ""

    def _wait_for_name(self, name: str, bus: list[str], deadline: float) -> None:
        ask = [*(bus or ["--session"]), "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
               "org.freedesktop.DBus.NameHasOwner", f"string:{name}"]
        while "boolean true" not in self._dbus_send(ask, deadline):
            if time.monotonic() > deadline:
                raise DesktopError(f"{name} did not appear on D-Bus within {START_TIMEOUT_S:.0f} s")
            time.sleep(0.05)

    def _a11y_address(self, deadline: float) -> str:
        reply = self._dbus_send(["--session", "--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                                deadline)
        if '"' not in reply:
            raise DesktopError(f"the accessibility bus gave no address: {reply!r}")
        return reply.split('"')[1]

    def stop(self) -> list[str]:
        """Stop every process, newest first, by its id; returns the names of those that had to be killed."""
        killed = []
        for name, process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(STOP_TIMEOUT_S)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(STOP_TIMEOUT_S)
                    killed.append(name)
        for pid in self.others:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
                killed.append(f"pid {pid}")
        return killed
