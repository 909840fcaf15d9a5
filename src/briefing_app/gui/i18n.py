"""The app in the user's language: translators, and labels for words the Qt-free core shows.

The core speaks English (tag names, priorities, classification levels, note field labels);
the GUI shows them through the tables below, whose literal ``translate`` calls let
``pyside6-lupdate`` find them. Stored values never change: only what is shown is translated.

A string is made translatable with ``self.tr("…")`` in a QObject subclass, or
``QCoreApplication.translate("Context", "…")`` elsewhere; placeholders are ``{0}``, filled
with ``.format()`` after translating (never an f-string inside ``tr``).
"""

from __future__ import annotations

import logging
from importlib.resources import files
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

if TYPE_CHECKING:
    import datetime as dt

logger = logging.getLogger(__name__)

TRANSLATIONS_PACKAGE = "briefing_app.resources"
TRANSLATIONS_FOLDER = "translations"
CATALOGUE = "briefing_app"
LANGUAGES = ("en", "ja")
"""The languages the app is translated into ("en" is the source language)."""

_installed: list[QTranslator] = []


def ui_language(setting: str = "") -> str:
    """The UI language: the setting ("en", "ja"), else the system locale's, else English."""
    if setting in LANGUAGES:
        return setting
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def english_locale() -> QLocale:
    """The locale for English: the system's, unless it is the bare "C" locale (an unset
    LANG), whose dates read "1 12 2026"; then plain English."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English)
    return system


def current_language() -> str:
    """The language of the installed translation ("en" when none is installed)."""
    for translator in _installed:
        language = translator.language().split("_")[0]
        if language in LANGUAGES:
            return language
    return "en"


def qm_bytes(language: str) -> bytes | None:
    """The compiled catalogue for ``language`` from the package, or None when not built."""
    name = f"{CATALOGUE}_{language}.qm"
    entry = files(TRANSLATIONS_PACKAGE).joinpath(TRANSLATIONS_FOLDER).joinpath(name)
    try:
        return entry.read_bytes()
    except (FileNotFoundError, OSError):
        return None


# Kept alive while installed: QTranslator.load(data) does not copy the bytes.
_data: list[bytes] = []


def install_translators(language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translations for ``language`` (replacing earlier ones).

    English installs nothing. A missing compiled catalogue is logged and the UI stays English.
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    remove_translators()
    QLocale.setDefault(QLocale(language) if language != "en" else english_locale())
    if language == "en":
        return []
    data = qm_bytes(language)
    if data is None:
        logger.warning(
            "No compiled translation for %r; run scripts/update_translations.py", language
        )
        return []
    own = QTranslator(app)
    if not own.load(data):
        logger.warning("The translation for %r could not be loaded", language)
        return []
    _data.append(data)
    translators = [own]
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_folder):
        translators.append(qt_base)
    else:
        logger.info("Qt's own %s translation not found in %s", language, qt_folder)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    logger.info("UI language: %s", language)
    return translators


def remove_translators() -> None:
    """Back to the English source strings."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    _data.clear()
    QLocale.setDefault(english_locale())


# -- words from the core ----------------------------------------------------------------
def tag_label(tag: str) -> str:
    """A tag as shown: the built-in tags translated, the user's own as typed."""
    labels = {
        "Key point": QCoreApplication.translate("Tags", "Key point"),
        "Action": QCoreApplication.translate("Tags", "Action"),
        "Risk": QCoreApplication.translate("Tags", "Risk"),
        "Question": QCoreApplication.translate("Tags", "Question"),
        "Follow-up": QCoreApplication.translate("Tags", "Follow-up"),
        "Talking point": QCoreApplication.translate("Tags", "Talking point"),
    }
    return labels.get(tag, tag)


def priority_label(priority: str) -> str:
    """ "high", "normal" or "low" as shown."""
    labels = {
        "high": QCoreApplication.translate("Priority", "High"),
        "normal": QCoreApplication.translate("Priority", "Normal"),
        "low": QCoreApplication.translate("Priority", "Low"),
    }
    return labels.get(priority, priority.capitalize())


def classification_label(level: str) -> str:
    """A classification level as shown in the UI (the marking printed in the note is not
    translated by the GUI: it is the template's business)."""
    labels = {
        "UNCLASSIFIED": QCoreApplication.translate("Classification", "UNCLASSIFIED"),
        "OFFICIAL": QCoreApplication.translate("Classification", "OFFICIAL"),
        "RESTRICTED": QCoreApplication.translate("Classification", "RESTRICTED"),
        "CONFIDENTIAL": QCoreApplication.translate("Classification", "CONFIDENTIAL"),
        "SECRET": QCoreApplication.translate("Classification", "SECRET"),
        "TOP SECRET": QCoreApplication.translate("Classification", "TOP SECRET"),
    }
    return labels.get(level, level)


def note_field_label(name: str, english: str) -> str:
    """A briefing-note field's label (``english`` from ``NoteFields.labels()``) as shown."""
    labels = {
        "subject": QCoreApplication.translate("NoteFields", "Subject"),
        "to": QCoreApplication.translate("NoteFields", "To"),
        "from_": QCoreApplication.translate("NoteFields", "From"),
        "through": QCoreApplication.translate("NoteFields", "Through"),
        "date": QCoreApplication.translate("NoteFields", "Date"),
        "file_number": QCoreApplication.translate("NoteFields", "File / reference no."),
        "classification": QCoreApplication.translate("NoteFields", "Classification"),
        "handling_caveat": QCoreApplication.translate("NoteFields", "Handling caveat"),
        "classified_by": QCoreApplication.translate("NoteFields", "Classified by"),
        "derived_from": QCoreApplication.translate("NoteFields", "Derived from"),
        "classification_reason": QCoreApplication.translate("NoteFields", "Classification reason"),
        "declassify_on": QCoreApplication.translate("NoteFields", "Declassify on"),
        "purpose": QCoreApplication.translate("NoteFields", "Purpose"),
        "summary": QCoreApplication.translate("NoteFields", "Summary / BLUF"),
        "recommendations": QCoreApplication.translate("NoteFields", "Recommendation(s)"),
        "press_line": QCoreApplication.translate("NoteFields", "Press line (public)"),
        "drafter": QCoreApplication.translate("NoteFields", "Drafter"),
        "cleared": QCoreApplication.translate("NoteFields", "Cleared by"),
        "contact": QCoreApplication.translate("NoteFields", "Contact"),
    }
    return labels.get(name, english)


# -- dates -------------------------------------------------------------------------------
def locale_date(date: dt.date) -> str:
    """A date in the UI locale's short format."""
    return QLocale().toString(
        QDate(date.year, date.month, date.day), QLocale.FormatType.ShortFormat
    )


def locale_datetime(moment: dt.datetime) -> str:
    """A local date and time in the UI locale's short format."""
    return QLocale().toString(QDateTime(moment), QLocale.FormatType.ShortFormat)
