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
    panel.set_state({"settings": ["street", "neighbourhood"], "target_groups": ["all_residents"],
                     "goals": ["liveability", "social_cohesion"], "budget_eur": 2500, "months": 12,
                     "weights": {"budget": 4}})
    shot("2-advies")
    window.select_method("kern-met-pit")
    shot("3-detail")
    window.search_box.setText("bewonersinitiatief")
    window.search_box.flush()
    shot("4-zoeken")
    window.show_knowledge("bakens-welzijn-nieuwe-stijl")
    for _ in range(5):
        app.processEvents()
    window._knowledge_dialog.grab().save(str(OUT / "5-achtergrond.png"))
    print(OUT / "5-achtergrond.png")
    report_page(window)
    window.close()


def report_page(window) -> None:  # noqa: ANN001
    """The first page of a report for the situation on screen, via pdftoppm (poppler-utils)."""
    import subprocess

    from app.api import Case, save_report

    case = Case(name="Straat en buurt, klein budget", context=window.context_panel.context(),
                notes="Voorbeeld voor de README.", decision_id="kern-met-pit",
                decision_reason="Sluit aan bij de bewonersgroep die er al is.").stamped()
    pdf = Path(tempfile.mkdtemp(prefix="methodewijzer-report-")) / "rapport.pdf"
    save_report(window.catalogue, case, pdf, author="Voorbeeld")
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(OUT / "6-rapport")], check=True)
    print(OUT / "6-rapport.png")


if __name__ == "__main__":
    main()
