"""Time from process start to the window shown and to the first ranked advice shown, against a bare window.

Each run starts a fresh Python process that builds either Methodewijzer's
window (through the real ``ui.main.build``) or a bare PySide6 QMainWindow,
shows it, and reports two moments: the event loop's first turn (the window
is on screen and answers input) and, for Methodewijzer, the first turn after
the ranked list has rows (the catalogue is loaded and the advice painted).
Both kinds alternate in the same run, so machine noise hits both; the table
gives medians, spread and the ratio to the bare window. A first start (no
database, no index) is timed once at the beginning.

Where the time goes (``python -X importtime``, cProfile; 2026-11-28, a shared
2-core machine): Python plus PySide6's QtCore/QtGui/QtWidgets take about
120-170 ms, the same as the bare window; the window's own modules about 35 ms
and building its widgets (the situation panel's sliders and boxes, the
binding check, restoring the geometry) the rest of "window shown". After it,
the loader thread imports ``app.api``: SQLAlchemy about 270 ms and numpy about
150 ms (Whoosh, about 100 ms, now loads only for search, after the advice);
reading the catalogue from SQLite 50-80 ms; the first advice at 19 methods
takes about 1 ms. So "first advice shown" is dominated by importing
SQLAlchemy and numpy; a read path without SQLAlchemy would be the next step.
Since then Alembic (about 0.2 s) loads only when a revision runs and the
shipped catalogue files (parsing about 0.2 s) are read only when the database
is not current. The bench inherits PYTHONDONTWRITEBYTECODE from its caller:
when set, every start compiles the project's modules (about 0.1 s more).

    python -m bench.startup [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

GOAL_RATIO = 1.3
ADVICE_GOAL_RATIO = 3.0
FIRST_START_ADVICE_S = 2.0

CHILD = r"""
import os, sys, time
start = float(os.environ["BENCH_START"])
from PySide6.QtCore import QTimer
if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1400, 860)
    window.show()
else:
    from ui.main import build
    app, window = build(sys.argv[:1])
times = []
def shown():
    times.append(time.time() - start)
    poll()
def poll():
    # The first ranked advice is on screen once the list has rows and the loop has painted them.
    if sys.argv[1] == "bare" or window.model.rowCount() > 0:
        app.processEvents()
        print(f"{times[0]:.6f} {time.time() - start:.6f}", flush=True)
        os._exit(0)  # do not wait for the search index: it builds in the background
    QTimer.singleShot(2, poll)
QTimer.singleShot(0, shown)
app.exec()
"""


def once(kind: str, home: str) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home,
           "BENCH_START": repr(time.time())}
    out = subprocess.run([sys.executable, "-c", CHILD, kind], env=env, capture_output=True, text=True, check=True)
    shown, advice = out.stdout.strip().splitlines()[-1].split()
    return float(shown) * 1000, float(advice) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        first = once("app", home)  # the first start also creates the database and the index
        once("bare", home)
        app, bare = [], []
        for _ in range(args.runs):
            app.append(once("app", home))
            bare.append(once("bare", home))
    print(f"{'meting':<32} | {'mediaan':>8} | {'min':>8} | {'max':>8} | {'/kaal':>6} | doel")
    print("-" * 86)
    base = [b[0] for b in bare]
    for label, column, goal in (("venster getoond", 0, GOAL_RATIO), ("eerste advies getoond", 1, ADVICE_GOAL_RATIO)):
        values = [a[column] for a in app]
        ratio = statistics.median(a / b for a, b in zip(values, base, strict=True))
        print(f"{'Methodewijzer, ' + label:<32} | {statistics.median(values):>6.0f}ms | {min(values):>6.0f}ms | "
              f"{max(values):>6.0f}ms | {ratio:>5.2f}x | ≤ {goal}x: {'gehaald' if ratio <= goal else 'NEE'}")
    print(f"{'kaal PySide6-venster getoond':<32} | {statistics.median(base):>6.0f}ms | {min(base):>6.0f}ms | "
          f"{max(base):>6.0f}ms | {1:>5.2f}x |")
    ok = first[1] <= FIRST_START_ADVICE_S * 1000
    print(f"eerste start (nieuwe database): venster {first[0]:.0f} ms, eerste advies {first[1]:.0f} ms "
          f"(doel ≤ {FIRST_START_ADVICE_S * 1000:.0f} ms: {'gehaald' if ok else 'NEE'})")


if __name__ == "__main__":
    main()
