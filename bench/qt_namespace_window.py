"""The floor: the bare window of ``bare_window.py`` that also imports PySide6's ``Qt`` namespace.

Nearly every Qt program touches ``Qt`` (alignment, focus, key and item-role values). On first use PySide builds
Python enums for all ~100 of its enum types (~1,500 members), which on Python 3.11 costs about a fifth of a
bare window's start-up. Comparing with this window shows what is left that Guardian itself could save.
"""

import sys

import first_paint_hook  # beside this script: never import guardian_app here
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare window")
label = QLabel("Hello")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
window.setCentralWidget(label)
window.resize(1180, 800)
first_paint_hook.install(window)
window.show()
sys.exit(app.exec())
