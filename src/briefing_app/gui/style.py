"""The app's look: fonts with CJK coverage and a restrained style sheet."""

from __future__ import annotations

UI_FONTS = ["Noto Sans", "DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK KR", "sans-serif"]

STYLE_SHEET = """
QMainWindow { background: #f4f5f7; }
QToolBar { background: #1d3557; border: none; padding: 3px; spacing: 4px; }
QToolBar QToolButton { color: #ffffff; padding: 4px 10px; border-radius: 3px; }
QToolBar QToolButton:hover { background: #2c4a75; }
QToolBar QToolButton:checked { background: #457b9d; }
QToolBar QToolButton:disabled { color: #8da0b8; }
QToolBar::separator { background: #3d5a80; width: 1px; margin: 4px 6px; }
QTextEdit#reader {
    background: #ffffff; border: 1px solid #d5d9e0;
    selection-background-color: #a8c5e6; selection-color: #000000;
}
QLabel#position { font-weight: bold; color: #1d3557; padding: 2px 2px 4px 2px; }
QLabel#quote {
    font-style: italic; color: #333a45; padding: 4px;
    background: #fbf7e6; border-left: 3px solid #e9c46a;
}
QLabel#meta { color: #6b7280; }
QTreeView#navigator { background: #ffffff; border: 1px solid #d5d9e0; }
QTreeView#navigator::item { padding: 3px 0; }
QTreeView#navigator::item:selected { background: #dbe7f5; color: #000000; }
QPlainTextEdit#sectionNote { background: #fffdf5; border: 1px solid #e6dcc0; }
QTabWidget::pane { border: 1px solid #d5d9e0; background: #ffffff; }
QStatusBar QLabel { padding: 0 8px; color: #374151; }
QFrame#doubtsBar { background: #fff4d6; border: 1px solid #e9c46a; border-radius: 3px; }
"""
