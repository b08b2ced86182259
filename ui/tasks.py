"""Long work off the UI thread, with results and progress back on the main thread.

One small QRunnable runs a plain callable in the global thread pool; its
signals are delivered to the main thread by Qt's queued connections, so slots
may touch widgets. A failure reaches the window as the exception itself, so
it can tell a damaged database from a bug (see ``app.failures``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, work: Callable[..., Any], wants_progress: bool):
        super().__init__()
        self.signals = _Signals()
        self._work, self._wants_progress = work, wants_progress

    def run(self) -> None:
        try:
            if self._wants_progress:
                result = self._work(self._progress)
            else:
                result = self._work()
        except Exception as error:  # every failure reaches the window, none is lost
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.succeeded, result)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.signals.progressed, done, total)

    @staticmethod
    def _emit(signal, *args) -> None:  # noqa: ANN001, ANN002
        try:
            signal.emit(*args)
        except RuntimeError:  # the window closed while the work ran: nobody is waiting for the answer
            log.info("Resultaat van een taak na het sluiten genegeerd")


class _Relay(QObject):
    """Lives on the main thread; its slots are where a task's signals arrive, queued."""

    def __init__(self, runner: TaskRunner, task: _Task, on_success, on_failure, on_progress):  # noqa: ANN001
        super().__init__(runner)
        self._runner, self._task = runner, task
        self._on_success, self._on_failure, self._on_progress = on_success, on_failure, on_progress

    @Slot(object)
    def succeeded(self, result: object) -> None:
        try:
            self._on_success(result)
        finally:
            self._finish()

    @Slot(object)
    def failed(self, error: BaseException) -> None:
        try:
            self._on_failure(error)
        finally:
            self._finish()

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    def _finish(self) -> None:
        self._runner._running.discard(self._task)
        self.deleteLater()


class TaskRunner(QObject):
    """Starts background tasks; keeps them alive until they report back."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._running: set[_Task] = set()

    def run(self, work: Callable[..., Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None],
            on_progress: Callable[[int, int], None] | None = None) -> None:
        task = _Task(work, on_progress is not None)
        task.setAutoDelete(False)
        self._running.add(task)
        relay = _Relay(self, task, on_success, on_failure, on_progress)
        task.signals.succeeded.connect(relay.succeeded)
        task.signals.failed.connect(relay.failed)
        task.signals.progressed.connect(relay.progressed)
        self._pool.start(task)

    def busy(self) -> bool:
        """Whether a task has yet to report back."""
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
