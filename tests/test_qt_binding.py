"""The installed Qt binding keeps Python's reference counts intact (PySide6 6.12.0 on Python 3.11 did not)."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    changed = Signal()

emitter = Emitter()
before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(20000):
    emitter.changed.emit()
    emitter.setObjectName("x")
    emitter.blockSignals(False)
after = sys.getrefcount(True), sys.getrefcount(None)
print("ok" if after[0] >= before[0] - 5 and after[1] >= before[1] - 5 else f"leak {before} -> {after}")
"""


def test_signal_emits_do_not_corrupt_reference_counts() -> None:
    result = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
