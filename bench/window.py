"""What a user feels in the real window, offscreen, until the change is painted.

For each size a child process fills a scratch database with the 19 real
methods plus generated ones (``bench.corpus``: attributes drawn at random,
a vocabulary that grows with the catalogue), opens ``MainWindow`` on it,
waits for the catalogue and the search index, and times from the user's
action to the window repainted:

- a slider move (a weight of a criterion the situation describes: re-rank,
  what-if, the list's changed rows and the method page, repaint);
- a tick in the situation (a place: full re-score, the same after it);
- a keystroke in the search box, measured from the moment the debounce
  timer fires (its fixed delay, DEBOUNCE_MS, is reported, not included):
  the search, the list's filter, snippets for the rows painted, repaint.

Each row also says at how many of its steps the list moved. A note above the list that comes or goes
(the tier, the first place's margin, "Bedoelde u …?") used to move the list at about a third of the slider
and tick steps, and Qt then repainted the list whole (25-30 ms a step at 19 methods against 10-16 for a
step that moved nothing). The notes now keep their room while the user works and give it back after a
pause (``ui.notes_area``). The rows "… na pauze" measure a user who pauses between actions: before each
step the notes give back their room, as the pause would have made them.

Memory is reported per size (Linux): the window process's resident memory
after the runs and at its peak, and the peak of its children (a first start
builds the index in a process of its own).

The in-process baseline is a repaint of the window with nothing changed
(``update()`` then the event loop); Qt then repaints only the window's own
area, not the list or the page, so it is a low floor and the ratios are
strict. At 19 methods the rows "vorm: …" give the floor beneath the goal:
``bench.window_shape`` replays the screens this run's steps showed (every
cell's text, hidden rows and columns, row height, the page's method) on a
plain-PySide6 window of the same shape, pages laid out beforehand, in a
process of its own right after; no project code runs in its timed loop.
Sizes can be chosen with ``--sizes``;
10,000 methods build a search index first, which takes minutes with
Whoosh: leave that size out with ``--sizes 19 1000`` when in a hurry.

Where a slider move's time went at 19 methods (cProfile, a timing
``QApplication.notify`` and ``perf``, 28 and 29 November 2026): before, every
re-rank reset the list's model (the list, its header and scroll bar laid out
and painted whole) and the method page was parsed and laid out whole. The
first session since made a re-rank signal rows instead of a reset and replace
only the page's part about the place. Now the list is told which cells changed,
column by column (``ui.changed_cells``): every score moves, but a method that
kept its place keeps its name, category and known-data share, so a reorder
repaints the score column and the names that moved, not ~95 cells (the model
no longer gives the score to every column, which made every cell of a row
"change"). This also mended a same-order re-rank that repainted nothing and
left old scores on screen. The page keeps its heading and body per method and
language and builds only the ranking's part; a new page is laid out whole
before it is painted (Qt laid it out in steps on a timer, and the scroll bar's
right range came a turn of the event loop later, charged to the next action);
the panel above the page is rebuilt only when it would read otherwise (at
1,000 methods, with own methods, it rebuilt its widgets on every step).

The steps where nothing moves, 29 November 2026 (a timing ``notify`` per
widget, cProfile, ``perf`` and gdb; steps sorted into: the list stays and the
first method stays, the first method changes, the list moves). Qt repaints a
run of changed cells a pixel wider and higher for the grid line, so every
step repainted the known-data column beside the scores (17 cells through
Python's ``multiData``): the list now says its changed cells one by one. The
page's scroll bar took ~1 ms a paint, Fusion filling its gradients through
Qt's thread pool (worse under load), and it repaints whenever the page's
height changes: it now keeps each look and copies it (``ui.kept_drawing``),
and so do the score bars (each look once, over the plain colour beneath).
The page's ranking part comes in three pieces (why this place, caveats, how
firm) and a step replaces only those that differ, so the caveats' long
paragraphs are no longer parsed, laid out and repainted each step; the last
six pages are kept laid out (see below), and the frames of the last eight
methods are kept. The list's rows read their numbers from the ranking's arrays and a wide
rank range from its matrix, not from a RankedMethod, an evaluation and a
robust place built per row (built anew after every tick). What remains at 19
methods (load 1.3): a step where list and first method stay takes p50 ~5.5
ms (handlers ~3.3: re-rank and robust advice ~1, the list's cells ~1, the
page's piece ~0.7; painting ~2.4: the changed scores and names, the page's
piece); a step where the first method changes (about a quarter) ~13 ms:
the page laid out whole (~2 ms, Qt relays out a document it is given) and
repainted whole (~2 ms), and the names that moved (~0.1 ms a cell: the
default delegate's wrapped text, seven roles through Python). A step that
shows or hides a line above the list (the tier, the fit warning) moves the
list, which Qt then repaints whole with its header: about a quarter of the
steps, and most of the p95. A tick re-scores, then the same. The repaint
baseline fell from ~3.2 to ~2.3 ms with the page's scroll bar copied, so the
ratios to it rose while the milliseconds fell.

The method page when the first method changes (29 November, later; a timing
``notify`` per widget, perf_counter wrappers, and the page alone driven
through 240 steps in one process, old and new code alternately): a kept page
given back to the text view was laid out whole again (Qt sets the document's
page size, which lays out every block anew even at the same width), ~2 ms.
Now each of the last six pages keeps a view of its own in the page's pane
(``ui.detail_pane``), laid out at the pane's width; a page that comes back is
shown, not laid out, the oldest page's view takes a new page, and the view
shown is ``MainWindow.detail``. The page alone on such a step fell from p50
4.0-4.9 to 2.2-3.3 ms. What is left there: Qt painting the whole visible text
of the page shown (~1.5 ms; keeping a picture of it and repainting only the
replaced part measured no better, as Qt paints no widget into a picture while
painting it on screen), replacing the one or two pieces that differ (~0.5 ms
each, mostly Qt laying them out), its scroll bar and frame. A step where the
page stays spends ~1 ms replacing the part about the place and ~0.5-1 ms
painting it; that part's numbers all move with any weight.
The list and the notes on a slider step (29 November, later; perf_counter
wrappers per cell, a counting delegate, ``perf``): a score cell cost ~64 us
of Python before its kept drawing was copied, most of it reading what the
painter and the view give every cell (its place on the device's pixels, the
paint's clip, palette, font, the colour beneath); these are now read at the
first cell of each paint of the list (``ui.score_bar``), ~35 us a cell. The
notes above the list take other words on most steps, and Qt's layouts asked
each word-wrapped label its height for a width ~18 times a step, each a text
layout (~0.7 ms): the labels now keep their answers per text and width
(``ui.wrapped_label``, ~0.15 ms). Tried and dropped: the names and categories
of moved rows copied from kept drawings like the score bars (~0.14 ms a cell
drawn by Qt, but with the three questions to the model a kept copy needs, a
copy saved only ~0.2 ms a step), and score looks keyed by the bar's width in
quarter pixels (hardly more copies on a cold list). What a same-place step
costs now (load ~2, so higher than quiet): the list's paint ~4 ms (the score
column ~1.5, the names of rows that moved ~0.14 ms each), the page's part
about the place ~2 ms with its paint, re-rank and robust advice ~1.4 ms, the
list's changed cells ~1.5 ms.
The slider row moves the weights of a described situation of four criteria:
with one criterion described, as before, a weight cancels out and no score
moved.

Where a keystroke's time went at 10,000 methods (cProfile, 28 November
2026, ~280 ms per keystroke under the profiler): half in the list's filter,
which Qt asked about every row twice (once for the new snippets, once for the
new hits), each row's id read through its evaluation; the other half in
Whoosh's matcher tree stepping through every matching document in Python (a
two-letter prefix matches thousands), and in snippets for the painted rows,
whose words were stemmed and split one by one while cold. Now the filter reads
one list made per search and per ranking and filters once per search that
finds other methods; each term's postings are read whole and joined as sets;
the last searches are kept with their snippets; a snippet analyses only the
words that hold a prefix or a stem's beginning of the query. What is left at
10,000: Qt asking the filter about each of the 10,000 rows (a call into Python
each) and the view taking in the changed rows.

Where a keystroke's time went at 19 and 1,000 methods (cProfile, and a timing
``QApplication.notify`` counting paint and layout events per widget, 29
November 2026): the keystrokes that make the tail are the second letters. A
one-letter query searches nothing and hides every row; the next letter brings
rows back, a note above the list goes, the list grows and shows its scroll
bar, and the method page turns from its placeholder into a method, so most of
the window repaints, each widget once (the list is not painted twice). The
list's viewport was about 60% of that repaint, and some 40% of it the found
texts: each cell's snippet, cut to four lines, took ~4.7 text layouts and ~14
width tests in Python, and its marks asked a question of every word of the
method's text. Now a cut that reaches past a sure line break on the first line
below the cell is passed over unlaid (it keeps that line, which does not fit),
and so is the cut ending with that line's first word, whose "…" is wider than
the marks it replaces (~2 layouts per cell, the very same cut), the text is
laid out only down to the cell's bottom, a cut snippet is kept for the next
paint of the same cell (a hover, a scroll, a re-rank while searching), the
cell's background is drawn without reading its seven roles, and the words
that may match are found with one regular-expression search of the text's
folded words (and stemmed only when the query has stems: a word being typed
has none). What is left: Qt's own painting (the names' wrapped text, the
rows, two scroll bars), the method page made and parsed anew (``setHtml``
~3 ms, its parts ~2 ms; at 1,000 the panel of an own method built anew too),
the score bars drawn in Python, and the search itself (~1 ms).

The same keystrokes again on 29 November 2026, ~03:00 UTC (a timing
``notify`` per widget and paint region, cProfile, perf_counter wrappers on
the Python parts; load 1.5-3): at 19 methods the second letter takes ~20 ms
quiet (the first ~6 ms), of which the handler ~5 ms (the page made anew after
the one-letter placeholder, ``setHtml`` ~2.6 ms; search 0.7 ms; filter 0.1 ms)
and the paint ~16 ms: the list's viewport ~10 ms, and of that ~90% Python,
mostly the found texts (~0.6 ms a cell: cut ~0.4, snippet ~0.1, drawn ~0.1),
then the score bars (~1.3 ms) and ``multiData`` (~0.8 ms); the page, both
scroll bars and the header ~4 ms. At 1,000 the same plus the filter asking
Python about each of the 1,000 rows (~1.5 ms) and cold snippets: a found
method's text had each of its words folded on first use (~0.2 ms a snippet,
most of it on the fields that hold nothing found). Now an ASCII field is
searched in its lower case, which is its folding letter for letter, and a field
without any of the query's beginnings is passed over before it is made one
line (~0.12 ms a cold snippet); the query's expressions are compiled only when
a text needs them (~0.1 ms each); a cut asks the font's key once, not per
width (~10% of the cut). A search that stays a search does not fit its columns
again (one early return a key) unless the scroll bar comes or goes, when the
viewport's width changes and the list repaints whole anyway. The keystrokes
that hid rows without moving the list (a third letter, Backspace, Escape)
left the old rows on screen for one or two turns of the event loop: Qt lays
the filtered rows out a turn later and shows or hides the scroll bar a turn
after that, so "painted" came before the list was right. The window now lays
the list out before the paint (``AdviceTable.lay_out_now``, ~0.3 ms); the
number and area of the paints per keystroke are unchanged. What is left at
19 is all new content: every visible row of the list and the page are
painted afresh on the second letter. The first-letter query that hides every
row, the 2-to-4-line rows and the scroll bar coming back are the window's
behaviour, not extra work.

Since then (29 November, later) a query with nothing to search for yet (one
letter, or besides it only words such as "de") keeps the whole list instead of
emptying it with an untrue "Niets gevonden" (``tests/test_search_one_letter.py``):
a first letter now only puts a line in the status bar, and the second turns the
list into a search (the found-text column, rows of four lines, the found rows)
while the method page stays when its method is found. The paragraphs above
describe the window before that change.

Where a keystroke's time went at 19 methods then (29 November, ~05:20 UTC; a
timing ``notify`` per widget and paint region, a filter counting the list's
paints a turn after each key, perf_counter wrappers, cProfile): the first
letter, which changes nothing in the list, repainted the whole list (~7-9 ms)
and its header. That was the clear before it: Qt takes a new column width or
row height in on a zero-delay timer that runs after the paint, so a key that
changed the columns painted the list a second time a turn later, in the next
key's time (at a second letter, in the untimed clear). ``lay_out_now`` now runs
those timers before the paint, the name column's mode is set only when it
changes, and the list's scroll bar copies its kept looks (``ui.kept_drawing``).
At 1,000 and 10,000 a first letter also repainted the whole list: the filter
said that the hidden found-text column had changed in every row, and Qt
repaints the whole viewport for a change over more than some hundred rows.
It now says so only when the snippets are others. A first letter now takes
~1-2 ms at every size (was ~7-12). A second letter pays for its own
relayout now. It costs the same as before, p50 ~15-20 ms under load 2. The
list's viewport is ~10 ms of that: ten found-text cells at ~0.65 ms each (the
cut ~0.4, of which two text layouts ~0.2; the snippet ~0.12; drawing ~0.15),
the score bars ~1 ms and ``multiData`` ~0.8 ms. The header and the scroll bar
take ~1.5 ms, and the handler 1.5 ms (6 ms when the page changes). At 10,000
the second letter's handler was ~25-35 ms under load 4, most of it the
filter's change: Qt asked Python about each row and removed the hidden rows
run by run, the view, its headers and the selection taking in each run
(~20-50 ms alone). The filter now changes the list in one layout change over
the rows (``AdviceFilter.set_allowed``, ~8-12 ms alone), moving the current
row and the selection as Qt's removal did; a second letter's p50 fell by
~11 ms (three alternate pairs, load 1.5-2.4: 61-72 ms against 74-82). Qt
still asked Python about each of the 10,000 rows (~1 µs a call, ~10 ms). Since
29 November, ~08:40 UTC, the filter is a Python proxy over one ascending list
of the rows shown (one pass over the ranking's ids, ~1 ms), whose layout change
moves the views' few kept indexes itself: a change with a list shown and a
current row takes p50 ~2.8 ms against ~21 (alone, alternating, load 2.3). A
painted cell costs one call into Python more (``index``) and one through C++
less (``mapToSource``); the 19 rows repaint no slower (8.6 against 9.1 ms).
Where a second letter that changes the first method (the tail) goes now at
10,000 (timing ``notify`` and wrappers, load 2-3; p50 ~46 ms against ~71): the
page made for the row that becomes current ~15 ms, the list's viewport ~17 ms
(its found texts ~12), the scroll bar with a new range ~6 ms, the search
~3.5 ms, the filter ~1 ms.

The found-text cell's cut at 19 methods (29 November, ~11:30 UTC; cProfile of
the key steps, CPU-time wrappers, and the 378 cells a run cut replayed with the
old and the new code alternately in one process): a cut cell took ~0.3 ms, its
two text layouts ~0.15 of that. Most of the rest was Qt's ``cursorToX``, whose
first call on a layout costs about a layout (~47 us): the test by width asked
it in nearly every cut cell and decided in 4 of 378. A quarter of the cells
took a third layout, for the cut that ends on the cell's last line with no
room left there for its "…". Now no cut is tested through ``cursorToX``. That
cut is told from the line's natural width, the rest of the line measured alone,
and the kerning of the pairs where they meet (``ui.snippet_fit._tail``, tested
to be sound). Cuts are counted in characters, and font metrics are kept per
font. Layouts per cut cell went from 2.21 to 2.03, and the cut's CPU time per
cell fell by 20-27% (~250 to ~185 us). In the key steps where the page changes
(two alternating pairs, load ~2) the cut fell from ~3.6 to ~2.6 ms per step,
and the found-text cells' paint from ~8.1 to ~6.5 ms. The window's pixels are
unchanged (byte-identical PNGs, and a Hypothesis test against the plain cut in
four typefaces). What is left per found-text cell: two layouts (~0.13 ms, Qt
shaping the whole text for each), drawing (~0.08 ms), and the snippet (~0.1-0.2
ms, its words marked by a regular expression per field).

    python -m bench.window [--sizes 19 1000 10000] [--runs 40]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOALS_MS = {19: 16.0, 1000: 50.0, 10_000: 100.0}
SHAPE_UP_TO = 19  # sizes whose steps are replayed in plain PySide6 (bench.window_shape: the real methods only)
ACTIONS = ("slider", "vinkje", "toets")
AFTER_PAUSE = ("slider na pauze", "vinkje na pauze")  # each after the pause that lets the notes give back room


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def scratch_database(folder: Path, size: int) -> str:
    from app.catalogue import Catalogue
    from bench.corpus import generated_methods
    from db import setup, storage
    from db.engine import make_engine

    url = f"sqlite:///{folder / 'bench.sqlite3'}"
    Catalogue.open(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        storage.write_methods(conn, generated_methods(size)[19:], "bench", "1")
        setup.bump_change_counter(conn)
    engine.dispose()
    return url


def child(size: int, runs: int) -> dict:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from advisor import vocabulary as voc
    from bench.corpus import generated_methods, query_sets
    from ui.main_window import MainWindow
    from ui.search_box import DEBOUNCE_MS

    folder = Path(os.environ["XDG_DATA_HOME"])
    url = scratch_database(folder, size)
    app = QApplication([])
    window = MainWindow(url, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 860)
    window.show()
    started = time.perf_counter()
    while window.search is None or window.advisor is None:
        app.processEvents()
        time.sleep(0.002)
    ready_s = time.perf_counter() - started
    # Work the window starts once the catalogue is open (reading every method's words for index updates, at
    # 10,000 methods seconds of it) would compete with the actions for the Python lock: wait until it is done.
    while window.tasks.busy() and time.perf_counter() - started < 600:
        app.processEvents()
        time.sleep(0.01)
    settled_s = time.perf_counter() - started
    panel = window.context_panel
    # A situation of several criteria, so that a weight moves the scores (with one criterion described its
    # weight cancels out and a slider move re-ranks to the same list); the sliders moved are theirs.
    panel.set_state({"target_groups": sorted(voc.TARGET_GROUPS)[:1], "goals": sorted(voc.GOALS)[:2],
                     "production_power": sorted(voc.PRODUCTION_POWER)[0]})
    app.processEvents()
    sliders = [panel.weights[c].slider for c in ("setting", "target_group", "goal", "production_power")]
    boxes = list(panel.settings.values())
    prefixes = query_sets(generated_methods(size))["as-you-type"]

    moved: dict[str, int] = {}
    screens: list[dict] = []  # what each step showed, for the plain-PySide6 replay (bench.window_shape)

    def painted(action, name: str = "") -> float:  # noqa: ANN001
        where = window.table.geometry()
        start = time.perf_counter()
        action()
        app.processEvents()  # delivers the posted update request: the window paints here, once
        took = (time.perf_counter() - start) * 1000
        moved[name] = moved.get(name, 0) + (window.table.geometry() != where)
        if name in ACTIONS and size <= SHAPE_UP_TO:
            screens.append(screen_of(window, name))
        return took

    def slide(i: int) -> None:
        slider = sliders[i % len(sliders)]
        slider.setValue((slider.value() + 1) % (slider.maximum() + 1))

    def tick(i: int) -> None:
        boxes[i % len(boxes)].click()

    samples: dict[str, list[float]] = {name: [] for name in (*ACTIONS, *AFTER_PAUSE, "baseline")}
    for i in range(runs):
        samples["slider"].append(painted(lambda i=i: slide(i), "slider"))
        samples["vinkje"].append(painted(lambda i=i: tick(i), "vinkje"))
        samples["baseline"].append(painted(window.update))
    for i in range(runs // 2):  # as a user who pauses between actions: the notes gave back their room
        window.notes_area.settle()
        app.processEvents()
        samples["slider na pauze"].append(painted(lambda i=i: slide(i), "slider na pauze"))
        window.notes_area.settle()
        app.processEvents()
        samples["vinkje na pauze"].append(painted(lambda i=i: tick(i), "vinkje na pauze"))
    for word in prefixes[: max(4, runs // 3)]:
        window.search_box.clear()
        app.processEvents()
        for letter in word:
            QTest.keyClick(window.search_box, letter)  # starts the debounce timer; its delay is not timed
            samples["toets"].append(painted(window.search_box.flush, "toets"))
    window.search_box.setText("")
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    memory = memory_mb()
    window.hide()  # not close(): it would ask whether to keep the changed situation as a case, and wait
    window.tasks.wait()
    return {"size": size, "ready_s": ready_s, "settled_s": settled_s, "debounce_ms": DEBOUNCE_MS,
            "memory_mb": memory, "moved": moved, "screens": screens, **samples}


def screen_of(window, kind: str) -> dict:  # noqa: ANN001 - the MainWindow
    """What the window shows after a step: the list's cells as text (a found text only as "shown": asking for
    every row's would make snippets the window never painted), hidden columns, row height, the page's method."""
    from ui.advice_model import SNIPPET

    proxy, table = window.proxy, window.table
    cells = [["x" if c == SNIPPET and not table.isColumnHidden(SNIPPET) else
              "" if c == SNIPPET else str(proxy.index(r, c).data() or "") for c in range(proxy.columnCount())]
             for r in range(proxy.rowCount())]
    return {"kind": kind, "cells": cells, "query": window.search_box.text(),
            "hidden": [c for c in range(proxy.columnCount()) if table.isColumnHidden(c)],
            "row_height": table.verticalHeader().defaultSectionSize(),
            "page": window._shown.method.name if window._shown else ""}


def memory_mb() -> dict[str, float]:
    """This process's resident memory now and at its peak, and the peak of its children (the index build)."""
    import resource

    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"nu": int(status["VmRSS"].split()[0]) / 1024, "piek": int(status["VmHWM"].split()[0]) / 1024,
            "bouwproces piek": children}


def run_child(size: int, runs: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-window-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": home, "XDG_CONFIG_HOME": home,
               "XDG_CACHE_HOME": home}
        out = subprocess.run([sys.executable, "-m", "bench.window", "--child", str(size), "--runs", str(runs)],
                             env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_shape(screens: list[dict]) -> dict:
    """The same screen changes replayed in plain PySide6, in a process of its own."""
    with tempfile.TemporaryDirectory(prefix="bench-window-shape-") as home:
        steps = Path(home) / "steps.json"
        steps.write_text(json.dumps(screens), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": home, "XDG_CONFIG_HOME": home,
               "XDG_CACHE_HOME": home}
        out = subprocess.run([sys.executable, "-m", "bench.window", "--shape", str(steps)],
                             env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def table(results: list[dict]) -> str:
    lines = [f"{'methoden':>9} {'handeling':<15} {'p50':>8} {'p95':>8} {'herteken':>9} {'p50/basis':>9}  doel",
             "-" * 100]
    for r in results:
        base = statistics.median(r["baseline"])
        goal = GOALS_MS.get(r["size"])
        for name in (*ACTIONS, *AFTER_PAUSE):
            if not r.get(name):
                continue
            p50, p95 = statistics.median(r[name]), percentile(r[name], 0.95)
            verdict = "" if goal is None else f"p95 ≤ {goal:g} ms: {'gehaald' if p95 <= goal else 'NEE'}"
            shifted = r.get("moved", {}).get(name)
            shifted = "" if shifted is None else f"; lijst verschoven bij {shifted} van {len(r[name])}"
            lines.append(f"{r['size']:>9} {name:<15} {p50:>6.1f}ms {p95:>6.1f}ms {base:>7.1f}ms "
                         f"{p50 / base:>8.1f}x  {verdict}{shifted}")
        for name, values in r.get("vorm", {}).items():
            if name in ACTIONS:
                p50, p95 = statistics.median(values), percentile(values, 0.95)
                shape_base = statistics.median(r["vorm"]["baseline"])
                lines.append(f"{r['size']:>9} {'vorm: ' + name:<15} {p50:>6.1f}ms {p95:>6.1f}ms {shape_base:>7.1f}ms "
                             f"{p50 / shape_base:>8.1f}x  kaal PySide6, dezelfde schermwijzigingen (geen doel)")
        lines.append(f"{r['size']:>9} (catalogus en zoekindex klaar na {r['ready_s']:.1f} s, achtergrondwerk "
                     f"na {r['settled_s']:.1f} s; "
                     f"wachttijd na een toets {r['debounce_ms']} ms, niet meegeteld)")
        if "memory_mb" in r:
            said = ", ".join(f"{k} {v:.0f}" for k, v in r["memory_mb"].items())
            lines.append(f"{r['size']:>9} geheugen (MB): {said}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[19, 1000, 10_000])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--shape", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.runs)))
        return
    if args.shape is not None:
        from bench.window_shape import replay

        print(json.dumps(replay(json.loads(args.shape.read_text(encoding="utf-8")))))
        return
    results = []
    for size in args.sizes:
        print(f"{size} methoden …", file=sys.stderr, flush=True)
        results.append(run_child(size, args.runs))
        if results[-1]["screens"]:
            results[-1]["vorm"] = run_shape(results[-1]["screens"])
        print(table(results[-1:]), file=sys.stderr, flush=True)  # kept if a later, larger size is cut short
    print(table(results))


if __name__ == "__main__":
    main()
