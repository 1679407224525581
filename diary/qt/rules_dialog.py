"""RulesDialog: every threshold of the relief rules, with its default and reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diary.core.i18n import tl
from diary.core.rules import DEFAULTS, RULE_REASONS, ReliefRules
from diary.qt.dialog_size import fit_to_text
from diary.qt.theme import message_style
from diary.store import StoreError


class RulesDialog(QDialog):
    def __init__(self, rules: ReliefRules, save, parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Relief rules"))
        intro = QLabel(
            self.tr(
                "These numbers decide how your relief is judged. The defaults follow "
                "the published references in Help; change them only if your care team "
                "asks you to."
            )
        )
        intro.setWordWrap(True)
        defaults = ReliefRules()
        # One rule under another (title, field, explanation), never two columns: at
        # 200 % text a form's second column squeezed the explanations to a word a line.
        form = QVBoxLayout()
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for name in DEFAULTS:
            title, reason = RULE_REASONS[name]
            value = getattr(rules, name)
            if isinstance(DEFAULTS[name], int):
                box = QSpinBox()
                box.setRange(0, 365)
            else:
                box = QDoubleSpinBox()
                box.setDecimals(2 if name == "fading_p_value" else 1)
                box.setRange(0.01 if name == "fading_p_value" else 0, 100)
                box.setSingleStep(0.01 if name == "fading_p_value" else 1)
            box.setValue(value)
            box.setAccessibleName(tl(title))
            box.setAccessibleDescription(tl(reason))
            default = getattr(defaults, name)
            note = QLabel(
                self.tr("{reason} Default: {default}.").format(
                    reason=tl(reason), default=f"{default:g}"
                )
            )
            note.setWordWrap(True)
            heading = QLabel(f"<b>{tl(title)}</b>")
            heading.setWordWrap(True)
            heading.setBuddy(box)
            row = QHBoxLayout()
            row.addWidget(heading, 1)
            row.addWidget(box)
            form.addLayout(row)
            form.addWidget(note)
            form.addSpacing(self.fontMetrics().height() // 2)
            self.fields[name] = box
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Relief rules"))
        self.message = QLabel()
        self.message.setStyleSheet(message_style(ok=False))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_text(self)

    def restore_defaults(self) -> None:
        defaults = ReliefRules()
        for name, box in self.fields.items():
            box.setValue(getattr(defaults, name))

    def rules(self) -> ReliefRules:
        return ReliefRules(**{name: box.value() for name, box in self.fields.items()})

    def _accept(self) -> None:
        try:
            self._save(self.rules())
        except (ValueError, StoreError) as exc:
            self.message.setText("⚠ " + str(exc))
            return
        self.accept()
