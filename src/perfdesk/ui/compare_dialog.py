"""Side by side: a carried-over row as it was last year and as it is now, with the changes highlighted."""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from perfdesk.domain.report import Method
from perfdesk.ui.field_captions import label_caption, remembered_fields

_DELETED = "background:#f8d7da;text-decoration:line-through"
_INSERTED = "background:#d4edda"


def highlighted(old: str, new: str) -> tuple[str, str]:
    """Both texts as HTML, deletions marked in the old and insertions in the new (character level)."""
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    left, right = [], []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        a, b = html.escape(old[a1:a2]), html.escape(new[b1:b2])
        if tag == "equal":
            left.append(a)
            right.append(b)
        else:
            if a:
                left.append(f'<span style="{_DELETED}">{a}</span>')
            if b:
                right.append(f'<span style="{_INSERTED}">{b}</span>')
    return "".join(left).replace("\n", "<br>"), "".join(right).replace("\n", "<br>")


def comparison_html(method: Method) -> str:
    origin = method.origin
    assert origin is not None
    rows = []
    changed = QCoreApplication.translate("CompareDialog", "{field}　（有修改）")
    for spec in remembered_fields():
        old, new = getattr(origin, spec.name), getattr(method, spec.name)
        if isinstance(old, list):
            old, new = "\n".join(old), "\n".join(new)
        left, right = highlighted(old, new)
        shown = label_caption(Method, spec.name)
        if old != new:
            shown = changed.format(field=shown)
        rows.append(
            f"<tr><th colspan=2 align=left style='background:#eee'>{shown}</th></tr>"
            f"<tr><td width=50% valign=top>{left or '—'}</td><td width=50% valign=top>{right or '—'}</td></tr>"
        )
    last_year = QCoreApplication.translate("CompareDialog", "{year} 年（去年）").format(year=origin.year)
    this_year = QCoreApplication.translate("CompareDialog", "今年")
    return (
        f"<table width=100% cellpadding=6 border=1 style='border-collapse:collapse'>"
        f"<tr><th>{last_year}</th><th>{this_year}</th></tr>{''.join(rows)}</table>"
    )


class CompareDialog(QDialog):
    def __init__(self, method: Method, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("與去年比較 — {label} {title}").format(label=method.label, title=method.title))
        self.resize(1000, 700)
        self.browser = QTextBrowser()
        self.browser.setHtml(comparison_html(method))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
