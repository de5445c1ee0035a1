"""The baseline: a bare PySide6 QMainWindow that quits after its first paint (a copy of Guardian's hook)."""

import sys

import first_paint_hook  # beside this script: never import guardian_app here
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare window")
window.setCentralWidget(QLabel("Hello"))
window.resize(1180, 800)
first_paint_hook.install(window)
window.show()
sys.exit(app.exec())
