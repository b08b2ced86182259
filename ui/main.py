"""Entry point of the ``methodewijzer`` desktop app.

The window is shown before the catalogue, SQLAlchemy or Whoosh are loaded;
those follow in the background (see MainWindow).
"""

from __future__ import annotations

import gc
import os
import sys
from types import SimpleNamespace


def parser():  # noqa: ANN201 - argparse.ArgumentParser
    import argparse

    made = argparse.ArgumentParser(prog="methodewijzer", description="Methodewijzer: advies over methoden "
                                   "voor actief burgerschap.")
    made.add_argument("--db", metavar="URL", help="databaseadres (standaard: bestand in uw gegevensmap)")
    made.add_argument("--lang", choices=("nl", "en"), help="taal van het venster / interface language "
                      "(standaard: de gekozen taal of die van het systeem)")
    return made


def parse_args(argv: list[str]) -> SimpleNamespace:
    """The options; a start without any (the usual one) needs no argparse, which with gettext and locale
    took 4-6 ms before the window's first frame."""
    if len(argv) <= 1:
        return SimpleNamespace(db=None, lang=None)
    args, _qt_args = parser().parse_known_args(argv[1:])
    return SimpleNamespace(**vars(args))


def build(argv: list[str]):  # noqa: ANN201 - (QApplication, MainWindow), imported lazily
    """The application and its main window, shown; the event loop is not started yet."""
    args = parse_args(argv)
    # numpy's BLAS with one thread: the matcher does no BLAS work (its sums are element-wise), and
    # starting a thread per core cost 70-120 ms of the first advice on a busy 2-core machine.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # No cyclic garbage collection until the first advice is shown (the window turns it on again): the start
    # makes objects that live as long as the window, and some 70 collector passes over them cost 15-20 ms.
    gc.disable()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("Methodewijzer")
    app.setApplicationName("Methodewijzer")
    from ui.main_window import MainWindow

    window = MainWindow(args.db, language=args.lang)  # installs our texts and Qt's own for the language
    window.show()
    return app, window


def main(argv: list[str] | None = None) -> int:
    app, _window = build(sys.argv if argv is None else argv)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
