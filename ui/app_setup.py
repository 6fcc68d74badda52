"""Start-up of the Qt application: names, settings, translations, right-to-left layouts.

- Settings are INI files in the app's own folder (never the registry or a native store); Qt's
  own state (the file dialog's history) goes there too and is wiped after every dialog.
- Translations: ``ui/resources/i18n/sealnote_<lang>.qm`` plus Qt's ``qtbase_<lang>.qm``, for the
  language in ``SEALNOTE_LANG`` or the system locale. Arabic, Persian and Urdu lay out right to
  left. This shared catalogue holds every ui/ string except the moderator window's (which has
  its own, see ui/moderator/i18n.py); the error messages of both windows (ui/messages.py) are
  here. Regenerate both with ``make translations``.
  A right-to-left translation that starts with a Latin word ("Sealnote …") begins with U+200F
  (RIGHT-TO-LEFT MARK), or its label would be laid out left to right (tests/ui/test_translations).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app import hygiene

APP_NAME = "Sealnote"
ORGANIZATION = "Sealnote"
DESKTOP_FILE = "org.sealnote.Sealnote"
I18N_FOLDER = Path(__file__).resolve().parent / "resources" / "i18n"
RTL_LANGUAGES = frozenset({"ar", "fa", "ur"})
_installed: list[QTranslator] = []


def ui_language(environ: Mapping[str, str] | None = None) -> str:
    """The UI language: ``SEALNOTE_LANG`` if set, else the system locale ("ar", "fa", "en"…)."""
    env = os.environ if environ is None else environ
    raw = env.get("SEALNOTE_LANG", "").strip() or QLocale.system().name()
    code = raw.replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if code.isalpha() else "en"


def configure_settings(folder: Path) -> None:
    """Every QSettings (ours and Qt's own) becomes an INI file under ``folder``."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


def settings() -> QSettings:
    """The app's settings file (INI, under the folder given to configure_settings)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                     APP_NAME)


def _load(app: QApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        return translator
    return None


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Install Sealnote's and Qt's translations for ``language``; set the layout direction."""
    remove_translations(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = [t for t in (_load(app, f"sealnote_{language}", str(I18N_FOLDER)),
                         _load(app, f"qtbase_{language}", qt_folder)) if t is not None]
    _installed.extend(found)
    if language != "en":
        QLocale.setDefault(QLocale(language))
    rtl = language in RTL_LANGUAGES
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                           else Qt.LayoutDirection.LeftToRight)
    return found


def remove_translations(app: QApplication) -> None:
    """Back to the untranslated, left-to-right interface."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def configure_application(app: QApplication, settings_folder: Path,
                          language: str | None = None) -> str:
    """Names, settings and translations; returns the language used."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setApplicationDisplayName(APP_NAME)
    configure_settings(settings_folder)
    chosen = language or ui_language()
    install_translations(app, chosen)
    return chosen


def create_application(argv: list[str]) -> QApplication:
    """The QApplication (reused when one exists, e.g. in tests)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(argv)


def disable_core_dumps() -> None:
    """Kept for callers that import it from here: see app.hygiene.disable_core_dumps.

    The editor calls app.hygiene's directly, first thing, before Qt is imported (ui.launch).
    """
    hygiene.disable_core_dumps()
