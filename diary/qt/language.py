"""Installing the language: the app's translations (resources/translations), Qt's
own (standard buttons), the locale for dates and numbers, and the core's ``tr``.
A language chosen in Preferences overrides the system's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from diary.core.i18n import set_translator
from diary.resources import resource_path

LANGUAGES = ("en", "es", "de")


def install_language(app: QCoreApplication, chosen: str | None = None) -> str:
    """Install ``chosen`` (or the system's language); return the code in use."""
    system = QLocale.system()
    code = chosen or system.name().split("_")[0]
    if code not in LANGUAGES:
        code = "en"
    # Dates and numbers: the system's locale when it speaks this language (es_MX
    # keeps its own formats), else the language's default country.
    locale = system if system.name().startswith(code) else QLocale(code)
    QLocale.setDefault(locale)
    for old in getattr(app, "_relief_translators", []):
        app.removeTranslator(old)
    translators = []
    if code != "en":
        qt = QTranslator(app)
        if qt.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            translators.append(qt)
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", f"relief_diary_{code}.qm"))):
            translators.append(ours)
    for t in translators:
        app.installTranslator(t)
    app._relief_translators = translators
    set_translator(QCoreApplication.translate, locale.decimalPoint())
    return code
