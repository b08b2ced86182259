"""Entry point of the ``methodewijzer`` desktop app.

The window is shown before the catalogue, SQLAlchemy or Whoosh are loaded;
those follow in the background (see MainWindow).
"""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="methodewijzer", description="Methodewijzer: advies over methoden "
                                     "voor actief burgerschap.")
    parser.add_argument("--db", metavar="URL", help="databaseadres (standaard: bestand in uw gegevensmap)")
    args, _qt_args = parser.parse_known_args(argv[1:])
    return args


def install_translators(app) -> None:  # noqa: ANN001 - QApplication
    """Qt's own Dutch texts (buttons, dialogs), and another language for ours when one is shipped."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    qt_translator = QTranslator(app)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale("nl_NL"), "qtbase", "_", qt_translations):
        app.installTranslator(qt_translator)
    # Dutch is the source language; another language comes from resources/translations/*.qm when present.
    from resources import ROOT

    own = QTranslator(app)
    if QLocale.system().language() != QLocale.Language.Dutch and \
            own.load(QLocale.system(), "methodewijzer", "_", str(ROOT / "translations")):
        app.installTranslator(own)



def build(argv: list[str]):  # noqa: ANN201 - (QApplication, MainWindow), imported lazily
    """The application and its main window, shown; the event loop is not started yet."""
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("Methodewijzer")
    app.setApplicationName("Methodewijzer")
    install_translators(app)

    from ui.main_window import MainWindow

    window = MainWindow(args.db)
    window.show()
    return app, window


def main(argv: list[str] | None = None) -> int:
    app, _window = build(sys.argv if argv is None else argv)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
