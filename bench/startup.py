"""Time from process start to the main window shown and responsive, against a bare window.

Each run starts a fresh Python process that builds either Methodewijzer's
window (through the real ``ui.main.build``) or a bare PySide6 QMainWindow,
shows it, and reports the moment the event loop first runs — the window is
then on screen and answers input. Both kinds alternate in the same run, so
machine noise hits both; the table gives medians, spread and their ratio.

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
def ready():
    print(f"{time.time() - start:.6f}", flush=True)
    os._exit(0)  # do not wait for background loading: only the time to a responsive window counts
QTimer.singleShot(0, ready)
app.exec()
"""


def once(kind: str, home: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home,
           "BENCH_START": repr(time.time())}
    out = subprocess.run([sys.executable, "-c", CHILD, kind], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1]) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        once("app", home)  # warm-up: the first start also creates the database
        once("bare", home)
        app, bare = [], []
        for _ in range(args.runs):
            app.append(once("app", home))
            bare.append(once("bare", home))
    ratios = sorted(a / b for a, b in zip(app, bare, strict=True))
    print(f"{'window':<14} | {'median':>8} | {'min':>8} | {'max':>8}")
    print("-" * 48)
    for name, values in (("Methodewijzer", app), ("bare PySide6", bare)):
        print(f"{name:<14} | {statistics.median(values):>6.0f}ms | {min(values):>6.0f}ms | {max(values):>6.0f}ms")
    ratio = statistics.median(ratios)
    print(f"ratio (pairwise) median {ratio:.2f}x, min {ratios[0]:.2f}x, max {ratios[-1]:.2f}x; "
          f"goal ≤ {GOAL_RATIO}x: {'ja' if ratio <= GOAL_RATIO else 'NEE'}")


if __name__ == "__main__":
    main()
