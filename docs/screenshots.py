"""Renders the main window in a few states to docs/screenshots/*.png for the README.

Runs offscreen with its own temporary data, cache and settings folders, so
it neither needs a display nor touches the user's own Methodewijzer.

    python docs/screenshots.py             # the README's shots, 1400×860
    python docs/screenshots.py scaled      # 1280×720 at 200% (QT_SCALE_FACTOR=2)
    python docs/screenshots.py dark        # a dark palette
    python docs/screenshots.py english     # the English interface
    python docs/screenshots.py workshop    # presentation mode 1920×1080 (also group-ranked), comparison at 200%
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"
SIZES = {"": (1400, 860), "scaled": (640, 360), "dark": (1280, 800), "english": (1280, 800),
         "workshop": (1920, 1080)}


def dark_palette():  # noqa: ANN201
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e8e8e8"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e8e8e8"), (QPalette.ColorRole.Highlight, "#3d8ee8"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#353535"),
                         (QPalette.ColorRole.ToolTipText, "#e8e8e8"), (QPalette.ColorRole.Link, "#7ab8ff"),
                         (QPalette.ColorRole.PlaceholderText, "#a0a0a0")):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a8a8a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8a8a8a"))
    return palette


def main(variant: str = "") -> None:
    home = tempfile.mkdtemp(prefix="methodewijzer-shots-")
    if variant == "workshop":  # a projector's screen, so full screen is 1920×1080
        screen = os.path.join(home, "screen.json")
        with open(screen, "w") as f:
            f.write('{"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1920, "height": 1080, '
                    '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if variant == "scaled":
        os.environ["QT_SCALE_FACTOR"] = "2"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = os.path.join(home, var.lower())
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    if variant == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    from ui import case_prompts
    from ui.main_window import MainWindow

    case_prompts.ask = lambda *_args: case_prompts.Button.Discard  # closing: the shown situation is not kept
    window = MainWindow(settings=QSettings(os.path.join(home, "settings.ini"), QSettings.Format.IniFormat),
                        language="en" if variant == "english" else "nl")
    window.resize(*SIZES[variant])
    window.show()
    deadline = time.monotonic() + 120
    while window.search is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        window.notes_area.settle()  # as after the pause in which a user looks: no room kept for notes gone
        for _ in range(5):
            app.processEvents()
        path = OUT / (f"{variant}-{name}.png" if variant else f"{name}.png")
        window.grab().save(str(path))
        print(path)

    if variant == "workshop":
        workshop_shots(app, window)
        window.hide()  # closing would ask whether to save the situation
        return
    shot("1-leeg")
    panel = window.context_panel
    # No clear winner: the tier line above the list, rank ranges, and a narrow band under 'Doelen'.
    panel.set_state({"settings": ["street"], "goals": ["participation"], "budget_eur": 5000})
    shot("2-advies")
    # A top that is weak on research: 'Sterk', 'Zwak' and the complement on its page.
    panel.set_state({"settings": ["village"], "target_groups": ["seniors"], "goals": ["local_facilities"],
                     "budget_eur": 5000, "require_research": True})
    shot("3-detail")
    window.search_box.setText("vrijwiligers")  # a typo: found anyway, with the "Bedoelde u …?" offer
    window.search_box.flush()
    shot("4-zoeken")
    window.show_knowledge("bakens-welzijn-nieuwe-stijl")
    for _ in range(5):
        app.processEvents()
    shot_path = OUT / (f"{variant}-5-achtergrond.png" if variant else "5-achtergrond.png")
    window._knowledge_dialog.grab().save(str(shot_path))
    print(shot_path)
    if not variant:
        report_page(window)
    window.close()


def workshop_shots(app, window) -> None:  # noqa: ANN001
    """Presentation mode at steps 4 and 5 (1920×1080), a group-ranked step 3, two methods side by side at 200%."""
    from PySide6.QtCore import QItemSelectionModel

    from app.api import parse_participants
    from ui.advice_model import NAME

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    window.context_panel.set_state({"settings": ["village"], "target_groups": ["seniors"],
                                    "goals": ["local_facilities"], "budget_eur": 5000, "require_research": True})
    show = window.workshop.presentation
    show.enter()
    show.go(4)
    settle()
    window.grab().save(str(OUT / "workshop-1-presentatie.png"))
    show.go(5)
    settle()
    window.grab().save(str(OUT / "workshop-2-hoe-vast.png"))
    show.leave()
    window.workshop.group_ranking.case_opened(parse_participants(
        b"participant;goal;budget;research;handbook\nAnna;0;5;2;5\nBram;1;4;0;5\n;0;3;5;5\n"))
    show.enter()
    show.go(3)
    settle()
    window.grab().save(str(OUT / "workshop-4-groepsweging.png"))
    show.leave()
    window.workshop.group_ranking.case_opened(())
    show.set_zoom(2.0)
    select = window.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    select.select(window.proxy.index(0, NAME), QItemSelectionModel.SelectionFlag.ClearAndSelect | flags)
    select.select(window.proxy.index(1, NAME), flags)
    window.workshop.compare()
    window.workshop.comparison.resize(*SIZES["workshop"])
    settle()
    window.workshop.comparison.grab().save(str(OUT / "workshop-3-vergelijken-200.png"))
    show.set_zoom(1.0)
    for path in ("workshop-1-presentatie.png", "workshop-2-hoe-vast.png", "workshop-3-vergelijken-200.png",
                 "workshop-4-groepsweging.png"):
        print(OUT / path)


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
    main(sys.argv[1] if len(sys.argv) > 1 else "")
