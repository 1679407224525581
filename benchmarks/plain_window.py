"""A reference for the start-up row, not a target: the main window's widgets in plain
PySide6 (menus, the 33 rating buttons, the form, the tabs), with none of the app's
code and no diary. Its time against the bare window is what PySide6 costs for such
a window before any of our work. Prints "ready" once shown, like the app's hook."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

app = QApplication([])
window = QMainWindow()
for name in ("File", "Edit", "Diary", "View", "Help"):
    menu = window.menuBar().addMenu(name)
    for i in range(5):
        menu.addAction(f"{name} {i}")
top = QWidget()
layout = QVBoxLayout(top)
layout.addWidget(QLabel("Your pain has risen over the last 4 weeks: relief may be fading"))
grid = QGridLayout()
for row, title in enumerate(("Pain", "Numbness", "Soreness")):
    grid.addWidget(QLabel(title), row, 0)
    for value in range(11):
        button = QPushButton(str(value))
        button.setCheckable(True)
        button.setMinimumSize(44, 44)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid.addWidget(button, row, value + 1)
layout.addLayout(grid)
form = QFormLayout()
form.addRow("Day", QDateEdit())
form.addRow("Time", QLineEdit())
note = QHBoxLayout()
note.addWidget(QPlainTextEdit())
note.addWidget(QCheckBox("For the doctor"))
form.addRow("Note", note)
form.addRow("Medications", QLineEdit())
layout.addLayout(form)
layout.addWidget(QPushButton("Save entry"))
tabs = QTabWidget()
for title in ("Trend", "History", "Procedures"):
    tabs.addTab(QWidget(), title)
splitter = QSplitter(Qt.Orientation.Vertical)
splitter.addWidget(top)
splitter.addWidget(tabs)
window.setCentralWidget(splitter)
window.resize(1120, 993)
window.show()
app.processEvents()
print("ready", flush=True)
