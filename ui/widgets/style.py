"""The look of the windows: calm colours, readable sizes, a banner that cannot be missed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QAbstractButton, QPushButton, QWidget

DANGER = "#b3261e"
STYLE_SHEET = f"""
QMainWindow, QStackedWidget > QWidget {{ background: #fafafa; }}
QLabel[role="title"] {{ font-size: 20px; font-weight: 600; color: #1f1f1f; }}
QLabel[role="hint"] {{ color: #555555; }}
QLabel[role="intro"] {{ font-size: 15px; color: #1f1f1f; }}
QTableView::item {{ padding: 4px 10px; }}
QLabel[role="fieldError"] {{ color: {DANGER}; font-weight: 600; }}
QLabel[role="fieldWarning"] {{ color: #8a4b00; font-weight: 600; }}
QLabel#demoBanner {{
    background: {DANGER}; color: white; font-size: 16px; font-weight: 700;
    padding: 10px 16px;
}}
QWidget#demoBannerRow {{ background: {DANGER}; }}
QFrame[kind="error"] {{ background: #fdecea; border-left: 5px solid {DANGER}; }}
QFrame[kind="warning"] {{ background: #fff4e0; border-left: 5px solid #b26a00; }}
QFrame[kind="info"] {{ background: #e8f0fe; border-left: 5px solid #1a73e8; }}
QFrame[kind="success"] {{ background: #e6f4ea; border-left: 5px solid #188038; }}
QLabel#fingerprint, QLabel[role="fingerprint"] {{
    background: #ffffff; border: 1px solid #c8c8c8; border-radius: 6px; padding: 10px 18px;
    color: #111111;
}}
QPushButton {{ padding: 6px 14px; min-height: 22px; }}
QPushButton[primary="true"] {{
    background: #1a5fb4; color: white; border: 1px solid #174f96; border-radius: 4px;
    font-weight: 600;
}}
QPushButton[primary="true"]:disabled {{ background: #9db5d6; border-color: #9db5d6; }}
QPushButton[primary="true"]:focus {{ border: 2px solid #0b2e59; }}
QPushButton[step="true"] {{
    border: none; border-bottom: 3px solid transparent; padding: 8px 14px; background: none;
}}
QPushButton[step="true"]:checked {{ border-bottom: 3px solid #1a5fb4; color: #1a5fb4; }}
QPushButton[step="true"]:disabled {{ color: #9a9a9a; }}
QPushButton[step="true"]:focus {{ background: #e8f0fe; }}
QWidget#stepBar {{ background: #ffffff; border-bottom: 1px solid #dddddd; }}
QPushButton[danger="true"] {{
    background: {DANGER}; color: white; border: 1px solid #8c1d18; border-radius: 4px;
    font-weight: 600;
}}
QPushButton[danger="true"]:disabled {{ background: #d9a5a1; border-color: #d9a5a1; }}
QPushButton[danger="true"]:focus {{ border: 2px solid #3d0a07; }}
QPushButton[link="true"] {{ border: none; background: none; color: #1a5fb4; padding: 2px 0;
    text-decoration: underline; text-align: left; }}
QPushButton[link="true"]:focus {{ background: #e8f0fe; }}
QLabel#ramOnlyBanner {{
    background: #e8f0fe; color: #0b2e59; font-weight: 600; padding: 8px 16px;
    border-bottom: 1px solid #c6d6f5;
}}
QLabel#saveStatus {{ color: #555555; padding: 0 8px; }}
QFrame#gateCard {{ background: #ffffff; border: 1px solid #dddddd; border-radius: 8px; }}
QProgressBar[strong="true"]::chunk {{ background: #188038; }}
QProgressBar[strong="false"]::chunk {{ background: #b26a00; }}
"""


def monospace_font(point_size: int) -> QFont:
    """The system's fixed-width font at ``point_size``."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    return font


def set_role(widget: QWidget, role: str) -> None:
    """Style a label by role (title, hint, fieldError, fieldWarning)."""
    widget.setProperty("role", role)


def make_primary(button: QAbstractButton) -> None:
    """The one main action of a page."""
    button.setProperty("primary", True)
    if isinstance(button, QPushButton):
        button.setDefault(True)
        button.setAutoDefault(True)


def make_danger(button: QPushButton) -> None:
    """A button that destroys something (quick wipe, deleting drafts)."""
    button.setProperty("danger", True)


def make_link(button: QPushButton) -> None:
    """A quiet, link-looking button (still a real, focusable button)."""
    button.setProperty("link", True)
    button.setFlat(True)


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
