"""Drive the real window as a long workshop afternoon would, in a process of its own.

Run as ``python -m tests.soak.window_soak DATA_DIR [STEPS]``: it moves weight
sliders, changes the situation and repaints the ranked list STEPS times each,
then prints one line of counts and exits 0. A binding that corrupts reference
counts aborts the interpreter instead, which the test sees as a non-zero exit.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(data_dir: str, steps: int) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication([])
    folder = Path(data_dir)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(f"sqlite:///{folder / 'catalogus.sqlite3'}", settings)
    window.resize(1280, 720)
    window.show()
    while window.advisor is None:
        app.processEvents()
    panel = window.context_panel
    rows = list(panel.weights.values())
    boxes = list(panel.settings.values())
    for step in range(steps):
        row = rows[step % len(rows)]
        row.slider.setValue((row.slider.value() + 1) % (row.slider.maximum() + 1))
        boxes[step % len(boxes)].toggle()
        window.table.viewport().repaint()
        if step % 50 == 0:
            app.processEvents()
    app.processEvents()
    print(f"slider moves {steps}, situation changes {steps}, repaints {steps}, top {window.current_method_id()}")
    from ui import case_prompts

    case_prompts.ask = lambda *_args: case_prompts.Button.Discard  # the closing question has no one to answer it
    window.close()
    window.tasks.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000))
