"""The floor: the bare window of ``bare_window.py`` that also imports PySide6's ``Qt`` namespace.

Nearly every Qt program touches ``Qt`` (alignment, focus, key and item-role values). On first use PySide builds
Python enums for all ~100 of its enum types (~1,500 members), which on Python 3.11 costs about a fifth of a
bare window's start-up. Comparing with this window shows what is left that Guardian itself could save.
"""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from guardian_app.ui.window import first_paint

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare window")
label = QLabel("Hello")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
window.setCentralWidget(label)
window.resize(1180, 800)
first_paint.install(window)
window.show()
sys.exit(app.exec())
