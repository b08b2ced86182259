"""Time from process start to the window shown and to the first ranked advice shown, against a bare window.

Each run starts a fresh Python process that builds either Methodewijzer's
window (through the real ``ui.main.build``) or a bare PySide6 QMainWindow,
shows it, and reports two moments. "Window shown" is when the window's first
frame has been painted: an event filter on the window sees its first paint
event and stamps the time right after it has been handled (children
included), before anything queued later runs; the bare window is timed the
same way. "First advice shown" is stamped the same way after the first paint
of the list's viewport with rows in the list. The filters watch only those
two widgets: an application-wide filter makes PySide wrap every object that
gets an event, which built some 160 enums more for the app than for the
bare window (30-60 ms), and polling for rows every few ms took the GIL from
the thread that loads the catalogue. Both kinds alternate in the same run, so
machine noise hits both; the table gives median, p95, spread and the median
ratio to the bare window. A first start (no database, no index) is timed
once at the beginning: its first advice, its first search answer (a query
sent as soon as the search box takes input, answered by the plain scan or
the index) and whether the index's progress was in view meanwhile.

Bytecode: this machine exports PYTHONDONTWRITEBYTECODE=1, so without care
every start compiles the project's modules again, which an installed app
never does (pip compiles them). The bench therefore measures twice: first as
this machine runs it (the project's ``__pycache__`` folders removed and
PYTHONDONTWRITEBYTECODE=1 passed on), then as installed (``compileall`` over
the project and site-packages first, children run without the variable).
``--bytecode installed`` or ``source`` runs one of the two.

Where the time goes (``python -X importtime``, cProfile, an enum-creation
log, a log of PySide's ``__feature__`` checks; 2026-11-29, the shared 2-core
machine, quiet figures unless said). Window shown: Python, PySide6 and the
QApplication as for the bare window (~90 ms of a ~110 ms bare start). Then
the window's modules and classes. PySide6 6.11 builds every enum of a Qt
class when the class is first used, through Python's ``enum`` functional API
(~0.3 ms an enum); the ``Qt`` namespace alone is 97 enums (~30 ms: the bare
window that also imports ``Qt``, the bench's "+ Qt-namespace" row, is shown
at 1.24x), and no option makes this lazier (the flags of
``PYSIDE6_OPTION_PYTHON_ENUM`` only choose how enums behave). A plain-PySide6 window of the same shape (the "shape" row:
the same kinds and numbers of widgets and menus, no project code) is shown at
1.34-1.49x: the 1.3x goal lies at or below what PySide6 needs for this window.
The app builds some 187 enums before its first frame (the shape 174, the bare
window 50; 225 before the page's text classes and QStyle were imported where
used, 29 November, later: the placeholder page needs none of them, and a
scroll bar with nothing to scroll is painted by Qt, not from a kept look).
Left on top of the shape: ~13 enums of classes it does not touch
(QPainter and QSizePolicy by ui.stability_band; QPalette by
ui.advice_model; QSettings, QByteArray, QLibraryInfo, QProgressBar,
QItemSelectionModel), ~60 modules passing PySide's ``__feature__`` import
hook (it reads each module's source, ~7 ms in all, the first one paying
``inspect.getmodule``'s scan of sys.modules; PySide6 6.11 has no supported
switch for it: ``__feature__.set_selection`` is marked internal), the
modules' own code (advisor.context's dataclasses, ui.settings' json), and the
situation panel: eight weight rows with slider, value, ‘moet’, a hidden hint
and a hidden stability band (15-20 ms against the shape's ~10 ms); then the
font database on the first text measured (~5 ms; the bare window shows no
text) and painting. Taken out of the first frame this round: the first
``viewport()`` of the list (PySide found the viewport's type by loading every
QWidget class of QtWidgets: 68 enums, ~20 ms; the list now wraps it through
``findChild``, and this bench asks for it only after the first frame), the
Beeld menu's actions (made with the other menus just after the frame; the
presentation's frame and a remembered zoom other than 100 % stay in it),
argparse with gettext and locale for a start without options, the task
runner, the catalogue watch and the presentation's steps. Earlier rounds took
out numpy (60-150 ms), the advice's wording, QStyle, QAccessible,
QMessageBox, QUndoStack and the cyclic garbage collector (off from ``build``
until the first advice: its passes cost 15-20 ms).
First advice on a second start: after the first frame the menus' actions
(~20 ms, with the case dialogs' classes the list's ``viewport()`` used to load
before the frame), then the catalogue's thread: app.api with db.engine
(platformdirs, which imports tempfile; sqlite3), the domain modules (35
dataclasses made at import, ~20 ms), app.catalogue and the read itself
(``db.quick_read``, ~10 ms); then on the UI thread the delegates (40 enums),
the advice and its painting.
A small catalogue's first advice is made in plain Python
(``advisor.plain_advice``, held equal to the array advice), so numpy (one
BLAS thread: starting one per core cost 70-120 ms more), SQLAlchemy and the
binding check load only once the advice is painted; started while Qt paints,
their thread slowed the painting by ~0.1 s (the GIL). The menus are filled
before the catalogue's thread starts: side by side, each Qt call waited for
the thread's imports to let go of the GIL. A first start still opens through
SQLAlchemy: creating the database and parsing the shipped files dominate it.

    python -m bench.startup [--runs 10] [--bytecode both|installed|source]
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_RATIO = 1.3
ADVICE_GOAL_RATIO = 3.0
FIRST_START_ADVICE_S = 2.0
FIRST_START_SEARCH_S = 3.0
ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("advisor", "app", "db", "ui", "resources")
QUERY = "buurt"

CHILD = r"""
import os, sys, time
start = float(os.environ["BENCH_START"])
kind = sys.argv[1]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
times = {}
def stamp(name):
    times.setdefault(name, time.time() - start)
class FirstPaint(QObject):
    # Watched paints only (no application-wide filter: that makes PySide wrap every object that gets an
    # event, building enums of classes the window never touches). The window is shown when its first frame
    # is painted: the moment after its first paint event has been handled (children included), before
    # anything posted later runs. The first advice is shown after the first paint of the list with rows.
    window = table = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if watched is self.window:
                self.window = None
                QTimer.singleShot(0, shown)
            elif watched is self.table and window.model.rowCount() > 0:
                self.table = None
                QTimer.singleShot(0, advice_painted)
        return False
first_paint = FirstPaint()
if kind in ("bare", "bare+Qt", "shape"):
    from PySide6.QtWidgets import QMainWindow
    if kind == "bare+Qt":  # what the Qt namespace's 97 enums alone cost
        from PySide6.QtCore import Qt
    window = QMainWindow()
    window.setWindowTitle(kind)
    if kind == "shape":  # the window's kinds and numbers of widgets and menus in plain PySide6: the stack's floor
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QStandardItemModel
        from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit,
                                       QScrollArea, QSlider, QSpinBox, QSplitter, QTableView, QTextBrowser,
                                       QVBoxLayout, QWidget)
        for title in ("&Bestand", "B&ewerken", "&Catalogus", "Bee&ld", "&Help"):
            window.menuBar().addMenu(title)
        body = QWidget()
        column = QVBoxLayout(body)
        for group in range(9):
            box = QGroupBox(f"Groep {group}")
            grid = QGridLayout(box)
            for i in range(10 if group < 3 else 2):
                grid.addWidget(QCheckBox(f"keuze nummer {i}"), i, 0)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 5)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            grid.addWidget(slider, 20, 0)
            grid.addWidget(QCheckBox("moet"), 20, 1)
            column.addWidget(box)
        column.addWidget(QComboBox())
        column.addWidget(QSpinBox())
        area = QScrollArea()
        area.setWidget(body)
        area.setWidgetResizable(True)
        middle = QWidget()
        middle_column = QVBoxLayout(middle)
        middle_column.addWidget(QLineEdit())
        middle_column.addWidget(QLabel("notitie"))
        table = QTableView()
        table.setModel(QStandardItemModel(0, 5, table))
        middle_column.addWidget(table)
        split = QSplitter()
        for part in (area, middle, QTextBrowser()):
            split.addWidget(part)
        window.setCentralWidget(split)
        window.statusBar().showMessage("Catalogus laden…")
    window.resize(1400, 860)
    first_paint.window = window
    window.installEventFilter(first_paint)
    window.show()
else:
    from ui.main import build
    app, window = build(sys.argv[:1])  # shown; its first frame is painted in the event loop below
    first_paint.window = window  # the list's viewport is watched from the first frame on (shown)
    window.installEventFilter(first_paint)
progress_seen = []
def done():
    print(" ".join(f"{k}={v:.6f}" for k, v in times.items()), f"progress={int(any(progress_seen))}", flush=True)
    os._exit(0)  # do not wait for the search index: it builds in the background
def shown():
    stamp("shown")
    if kind in ("bare", "bare+Qt", "shape"):
        done()
    # Asked for only now: the list's rows come after the first frame, and a viewport() before it would add
    # PySide's cost of finding the viewport's type (loading every QWidget class) to the app's first frame.
    first_paint.table = window.table.viewport()
    first_paint.table.installEventFilter(first_paint)
def advice_painted():
    stamp("advice")
    if kind == "first":
        poll()  # no polling before: a timer every few ms takes the GIL from the loading thread
    else:
        done()
def poll():
    progress_seen.append(window.progress.isVisible() or "Zoekindex" in window.status.currentMessage())
    if "search" not in times and window.search_box.isEnabled():
        window.search_box.run(sys.argv[2])  # a query typed and sent, as Enter does
        app.processEvents()
        if window.proxy.rowCount() > 0:
            stamp("search")
    if window.search is not None:
        stamp("index")
        return done()
    QTimer.singleShot(2, poll)
app.exec()
"""


def once(kind: str, home: str, env_extra: dict[str, str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home,
           **env_extra, "BENCH_START": repr(time.time())}
    if "PYTHONDONTWRITEBYTECODE" not in env_extra:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", CHILD, kind, QUERY], env=env, capture_output=True, text=True,
                         check=True, cwd=ROOT)
    fields = dict(item.split("=") for item in out.stdout.strip().splitlines()[-1].split())
    return {key: float(value) * 1000 for key, value in fields.items()}


def without_bytecode() -> dict[str, str]:
    """As on this machine: PYTHONDONTWRITEBYTECODE=1 and no .pyc of the project, so every start compiles it."""
    for package in PACKAGES:
        for cache in (ROOT / package).rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
    return {"PYTHONDONTWRITEBYTECODE": "1"}


def with_bytecode() -> dict[str, str]:
    """As installed: pip compiles every module of the project and its dependencies once."""
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=1)
    for folder in {p for p in sys.path if p.endswith("site-packages")}:
        compileall.compile_dir(folder, quiet=2)  # a few templates are not Python
    return {}


def first_starts(count: int, env_extra: dict[str, str]) -> dict[str, float]:
    """Median of *count* first starts, each in an empty home (no database, no index)."""
    starts = []
    for _ in range(count):
        with tempfile.TemporaryDirectory() as home:
            starts.append(once("first", home, env_extra))
    return {key: statistics.median(s.get(key, float("inf")) for s in starts) for key in starts[0]}


def measure(label: str, runs: int, env_extra: dict[str, str], first_runs: int) -> None:
    first = first_starts(first_runs, env_extra)
    with tempfile.TemporaryDirectory() as home:
        once("first", home, env_extra)  # creates the database and the index of the runs below
        once("bare", home, env_extra)
        app, bare, shape, bare_qt = [], [], [], []
        for _ in range(runs):
            app.append(once("app", home, env_extra))
            bare.append(once("bare", home, env_extra))
            shape.append(once("shape", home, env_extra))
            bare_qt.append(once("bare+Qt", home, env_extra))
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(f"\n{label} (belasting {load}, {runs} starts per soort)")
    print(f"{'meting':<38} | {'mediaan':>8} | {'p95':>8} | {'min':>8} | {'max':>8} | {'/kaal':>6} | doel")
    print("-" * 100)
    base = [b["shown"] for b in bare]
    for text, key, goal in (("venster getoond", "shown", GOAL_RATIO),
                            ("eerste advies getoond", "advice", ADVICE_GOAL_RATIO)):
        values = [a[key] for a in app]
        ratio = statistics.median(a / b for a, b in zip(values, base, strict=True))
        print(f"{'Methodewijzer, ' + text:<38} | {statistics.median(values):>6.0f}ms | {p95(values):>6.0f}ms | "
              f"{min(values):>6.0f}ms | {max(values):>6.0f}ms | {ratio:>5.2f}x | ≤ {goal}x: "
              f"{'gehaald' if ratio <= goal else 'NEE'}")
    print(f"{'kaal PySide6-venster getoond':<38} | {statistics.median(base):>6.0f}ms | {p95(base):>6.0f}ms | "
          f"{min(base):>6.0f}ms | {max(base):>6.0f}ms | {1:>5.2f}x |")
    for text, runs_of_kind in (("PySide6, kaal venster + Qt-namespace", bare_qt),
                               ("PySide6, vorm van het venster, getoond", shape)):
        floor = [f["shown"] for f in runs_of_kind]
        print(f"{text:<38} | {statistics.median(floor):>6.0f}ms | {p95(floor):>6.0f}ms | {min(floor):>6.0f}ms | "
              f"{max(floor):>6.0f}ms | {statistics.median(a / b for a, b in zip(floor, base, strict=True)):>5.2f}x"
              " | (geen projectcode)")
    advice_ok = first["advice"] <= FIRST_START_ADVICE_S * 1000
    search_ok = first.get("search", float("inf")) <= FIRST_START_SEARCH_S * 1000 and first["progress"] > 0
    print(f"eerste start (nieuwe database, mediaan van {first_runs}): venster {first['shown']:.0f} ms, "
          f"eerste advies {first['advice']:.0f} ms "
          f"(≤ {FIRST_START_ADVICE_S * 1000:.0f} ms: {'gehaald' if advice_ok else 'NEE'}), eerste zoekantwoord "
          f"{first.get('search', float('nan')):.0f} ms (≤ {FIRST_START_SEARCH_S * 1000:.0f} ms met voortgang in "
          f"beeld: {'gehaald' if search_ok else 'NEE'}; voortgang gezien: {'ja' if first['progress'] else 'nee'}), "
          f"zoekindex klaar {first['index']:.0f} ms")


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--bytecode", choices=("both", "installed", "source"), default="both")
    parser.add_argument("--first-runs", type=int, default=3, help="first starts (new database) per measurement")
    args = parser.parse_args()
    if args.bytecode in ("both", "source"):
        measure("Zonder .pyc (PYTHONDONTWRITEBYTECODE=1: elke start compileert het project)", args.runs,
                without_bytecode(), args.first_runs)
    if args.bytecode in ("both", "installed"):
        measure("Met .pyc (zoals na pip install)", args.runs, with_bytecode(), args.first_runs)


if __name__ == "__main__":
    main()
