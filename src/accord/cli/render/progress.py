"""Progress drawn on stderr while the core works: set as the core's progress listener when
stderr is a terminal. A task appears only once it has run for ``delay`` seconds (quick work
stays silent), and is erased when it ends. rich is imported only when one appears."""

from __future__ import annotations

import os
import threading

DEFAULT_DELAY = 0.5


def delay_from_environment() -> float:
    """``ACCORD_PROGRESS_DELAY`` seconds, else half a second."""
    try:
        return max(0.0, float(os.environ.get("ACCORD_PROGRESS_DELAY", DEFAULT_DELAY)))
    except ValueError:
        return DEFAULT_DELAY


class StderrProgress:
    def __init__(self, delay: float = DEFAULT_DELAY, color: str | None = None):
        self.delay, self._color = delay, color

    @property
    def color(self) -> str:
        """--color, else NO_COLOR, FORCE_COLOR, $ACCORD_COLOR and the config, as for stdout."""
        from accord.config.settings import Settings
        from accord.domain.errors import AccordError

        try:
            return Settings(color=self._color).color.value
        except AccordError:  # a broken config file is another command's message to give
            return "never"

    def start(self, description: str, total: int | None) -> "ShownTask":
        return ShownTask(self, description, total)


class ShownTask:
    def __init__(self, owner: StderrProgress, description: str, total: int | None):
        self.description, self.total, self.completed = description, total, 0
        self._owner, self._lock, self._display, self._closed = owner, threading.Lock(), None, False
        if owner.delay <= 0:
            self._show()
        else:
            self._timer = threading.Timer(owner.delay, self._show)
            self._timer.daemon = True
            self._timer.start()

    def advance(self, amount: int = 1) -> None:
        self.completed += amount
        display = self._display
        if display is not None:
            display[0].update(display[1], completed=self.completed)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._display is None:
                self._timer.cancel()
                return
            self._display[0].stop()

    def _show(self) -> None:
        with self._lock:
            if self._closed or self._display is not None:
                return
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                       TimeElapsedColumn)

            from accord.cli.render.console import console

            columns = [SpinnerColumn(), TextColumn("{task.description}")]
            if self.total is not None:
                columns += [BarColumn(), MofNCompleteColumn()]
            columns.append(TimeElapsedColumn())
            shown = Progress(*columns, console=console(self._owner.color, stderr=True), transient=True)
            task_id = shown.add_task(self.description, total=self.total, completed=self.completed)
            shown.start()
            self._display = (shown, task_id)
