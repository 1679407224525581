"""Helpers for the accessibility walk: names, tab order, clipped text and tick sizes."""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def focusable(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and (w.focusPolicy() & w.focusPolicy().TabFocus)
        and not isinstance(w.parentWidget(), QComboBox)
        and w.focusProxy() is None
        and w.objectName() != "qt_scrollarea_viewport"
    ]


def unnamed(window: QWidget) -> list[str]:
    """Focusable controls a screen reader could not name."""
    return [
        f"{type(w).__name__}({w.objectName()})"
        for w in focusable(window)
        if not accessible_name(w).strip()
    ]


def tab_order(window: QWidget, start: QWidget, limit: int = 200) -> list[QWidget]:
    order, w = [start], start
    for _ in range(limit):
        w = w.nextInFocusChain()
        while w is not None and (
            not w.isVisibleTo(window)
            or not w.isEnabled()
            or not (w.focusPolicy() & w.focusPolicy().TabFocus)
            or w.focusProxy() is not None
        ):
            w = w.nextInFocusChain()
        if w is None or w is start:
            break
        order.append(w)
    return order


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit their box."""
    problems = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.width() <= 0:
            continue
        inside_scroll = any(isinstance(p, QAbstractScrollArea) for p in _parents(w, window))
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and not w.pixmap():
            text = w.text()
            if "<" in text:  # rich text: ask the label for its height at this width
                if w.wordWrap() and w.heightForWidth(w.width()) > w.height() + 2:
                    problems.append(f"QLabel {text[:40]!r} needs more height")
                continue
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 2:
                    problems.append(f"QLabel {text[:40]!r} needs more height")
            elif fm.horizontalAdvance(text) > w.contentsRect().width() + 1 and not inside_scroll:
                problems.append(
                    f"QLabel {text[:40]!r} is cut ({fm.horizontalAdvance(text)}"
                    f" > {w.contentsRect().width()})"
                )
        elif isinstance(w, QAbstractButton) and w.text():
            text = w.text().replace("&", "")
            extra = 24 if isinstance(w, QCheckBox | QRadioButton) else 8
            if fm.horizontalAdvance(text) + extra > w.width() + 1:
                problems.append(
                    f"{type(w).__name__} {text[:40]!r} is cut "
                    f"({fm.horizontalAdvance(text) + extra} > {w.width()})"
                )
    return problems


def small_ticks(window: QWidget) -> list[str]:
    """Tick boxes and radio buttons whose tick is smaller than their text (shown or
    not: the after-procedure checklist is hidden most days)."""
    problems = []
    for w in window.findChildren(QCheckBox) + window.findChildren(QRadioButton):
        w.ensurePolished()
        option = QStyleOptionButton()
        w.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(w, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        tick = w.style().subElementRect(element, option, w).height()
        if tick < 0.85 * w.fontMetrics().height():
            problems.append(
                f"{w.text()[:40]!r}: tick {tick} px, text {w.fontMetrics().height()} px"
            )
    return problems


def _parents(w, stop):
    p = w.parentWidget()
    while p is not None and p is not stop:
        yield p
        p = p.parentWidget()
