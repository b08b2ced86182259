"""Renders the main window in a few states to docs/screenshots/*.png for the README.

Runs offscreen with its own temporary data, cache and settings folders, so
it neither needs a display nor touches the user's own Methodewijzer.

    python docs/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1400, 860)


def main() -> None:
    home = tempfile.mkdtemp(prefix="methodewijzer-shots-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = os.path.join(home, var.lower())
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from ui.main import install_translators
    from ui.main_window import MainWindow

    install_translators(app)

    window = MainWindow(settings=QSettings(os.path.join(home, "settings.ini"), QSettings.Format.IniFormat))
    window.resize(*SIZE)
    window.show()
    deadline = time.monotonic() + 120
    while window.search is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    shot("1-leeg")
    panel = window.context_panel
    # No clear winner: the tier line above the list, rank ranges, and a narrow band under 'Doelen'.
    panel.set_state({"settings": ["street"], "goals": ["participation"], "budget_eur": 5000})
    shot("2-advies")
    # A top that is weak on research: 'Sterk', 'Zwak' and the complement on its page.
    panel.set_state({"settings": ["village"], "target_groups": ["seniors"], "goals": ["local_facilities"],
                     "budget_eur": 5000, "require_research": True})
    shot("3-detail")
    window.search_box.setText("bewonersinitiatief")
    window.search_box.flush()
    shot("4-zoeken")
    window.show_knowledge("bakens-welzijn-nieuwe-stijl")
    for _ in range(5):
        app.processEvents()
    window._knowledge_dialog.grab().save(str(OUT / "5-achtergrond.png"))
    print(OUT / "5-achtergrond.png")
    window.close()


if __name__ == "__main__":
    main()
