"""The main window's menus' actions, made just after its first frame (the titles are in that frame).

Texts are asked through the window (``window.tr``), so they keep the window's translation context.
"""

from __future__ import annotations


def fill_menus(window) -> None:  # noqa: ANN001 - the MainWindow
    """Bestand, Bewerken, Catalogus and Help: the actions under the titles the first frame showed."""
    from PySide6.QtGui import QAction, QKeySequence  # each Qt class builds its enums when first imported

    file_menu = window._file_menu
    from ui.case_actions import CaseActions

    window.case_actions = CaseActions(window, file_menu)  # Nieuw … Afdrukken; title bar and unsaved mark
    window.quit_action = QAction(window.tr("&Afsluiten"), window, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
    window.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
    window.quit_action.triggered.connect(window.close)
    file_menu.addAction(window.quit_action)
    edit = window._edit_menu
    window.find_action = QAction(window.tr("&Zoeken in methoden"), window)
    window.find_action.setShortcuts([QKeySequence("Ctrl+F")])
    window.find_action.triggered.connect(window.search_box.focus_and_select)
    edit.addAction(window.find_action)
    from PySide6.QtGui import QUndoStack  # each Qt class builds its enums when first imported

    from ui.undo_commands import undo_actions

    window.undo_stack = QUndoStack(window)  # every edit of this session: situation reset, catalogue changes
    window.undo_action, window.redo_action = undo_actions(window.undo_stack, window)
    reset = QAction(window.tr("Situatie &terugzetten naar standaard"), window)
    reset.triggered.connect(window.reset_context)
    edit.insertActions(window.find_action, [window.undo_action, window.redo_action])
    edit.insertSeparator(window.find_action)
    edit.addAction(reset)
    from ui.catalogue_actions import CatalogueActions

    window.catalogue_actions = CatalogueActions(window, window._catalogue_menu)  # own methods, hiding
    help_menu = window._help_menu
    window.help_action = QAction(window.tr("&Help"), window)
    window.help_action.setShortcuts([QKeySequence("F1")])
    window.help_action.triggered.connect(window.show_help)
    knowledge = QAction(window.tr("&Achtergrondkennis…"), window)
    knowledge.triggered.connect(lambda: window.show_knowledge(""))
    about = QAction(window.tr("&Over Methodewijzer"), window)
    about.triggered.connect(window.show_about)
    help_menu.addActions([window.help_action, knowledge, about])
    _view_menu(window)


def _view_menu(window) -> None:  # noqa: ANN001
    """Beeld: move between panes (F6), the language, and the workshop's presentation, zoom and tools."""
    from PySide6.QtGui import QAction, QKeySequence

    from ui.language_menu import language_menu

    view = window._view
    for text, keys, step in ((window.tr("&Volgend paneel"), "F6", 1), (window.tr("V&orig paneel"), "Shift+F6", -1)):
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(keys, QKeySequence.SequenceFormat.PortableText)])
        action.triggered.connect(lambda _checked=False, step=step: window.panes.move(step))
        view.addAction(action)
    view.addMenu(language_menu(window, window.settings))
    from ui.workshop import Workshop

    window.workshop = Workshop(window, view, window._presentation)  # presentation, zoom, Vergelijken…, Groepsweging…
