"""Small helpers the CLI tests share: run a command and insist on its exit code."""


def ok(run, *args, **options):
    result = run(*args, **options)
    assert result.exit_code == 0, result.output
    return result


def fails(run, *args, code=5):
    result = run(*args)
    assert result.exit_code == code, result.output
    return result.stderr


class Lines:
    """The lines a child process writes to a pipe, each awaited for at most ``seconds``: a line
    that never comes fails the test instead of hanging the run."""

    def __init__(self, stream, seconds: float = 60):
        import queue
        import threading

        self.seconds = seconds
        self._lines = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put("")  # the pipe closed

    def next(self) -> str:
        import queue

        try:
            return self._lines.get(timeout=self.seconds)
        except queue.Empty:
            raise AssertionError(f"no line from the process in {self.seconds} s") from None


def interrupted(process, heard: Lines, seconds: float = 20) -> str:
    """What ``process`` (started with `FAULT_STACKS` in its environment) writes on ``heard`` after a SIGINT, once it
    has exited. One that has not exited ``seconds`` later is aborted, and the test fails with every thread's stack as
    it stood (`faulthandler` prints them on SIGABRT): a hang that shows once says where it was."""
    import signal
    import subprocess

    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)
        process.wait(timeout=seconds)
        raise AssertionError(f"no exit {seconds} s after SIGINT; where it was:\n{''.join(iter(heard.next, ''))}") from None
    return "".join(iter(heard.next, ""))


FAULT_STACKS = {"PYTHONFAULTHANDLER": "1"}  # a Python process prints its threads' stacks on a fatal signal


def drafted(text: str, parties: tuple[str, ...] = ("CN", "KZ"), grain: str = "aim", kind: str = "joint-statement"):
    """The candidates the extraction rules draft from ``text``, a statement of ``parties``, at ``grain``: the rules'
    tests read the rules alone (`accord extract --no-model`); the sentence model beside them has its own
    (test_extract_sentence_model.py)."""
    from accord.extract import Metadata, draft

    meta = Metadata(id="class-2025", title="A statement", date="2025-05-04", place="", parties=list(parties), kind=kind)
    return draft(text, meta, grain=grain, model=False).commitments


def drafted_quotes(text: str, parties: tuple[str, ...] = ("CN", "KZ"), grain: str = "aim") -> list[str]:
    """The quotes of the candidates `drafted` from ``text``."""
    return [c.quote for c in drafted(text, parties, grain)]


def drafted_with_titles(text: str) -> list[tuple[str, str]]:
    """The quotes and titles of the candidates `drafted` from ``text``."""
    return [(c.quote, c.title) for c in drafted(text)]


def titles(text: str) -> list[str]:
    """The titles of the candidates `drafted` from ``text``."""
    return [c.title for c in drafted(text)]
