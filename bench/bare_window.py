"""The baseline: a bare PySide6 QMainWindow that quits after its first paint (same hook as Guardian)."""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from guardian_app.ui.window import first_paint

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare window")
window.setCentralWidget(QLabel("Hello"))
window.resize(1180, 800)
first_paint.install(window)
window.show()
sys.exit(app.exec())
