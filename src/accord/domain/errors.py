"""The errors a user can cause, each with its own exit code.

The command line turns every one of them into a one-line message on stderr;
no traceback reaches a user. Exit codes are documented in README.md.
"""


class AccordError(Exception):
    """Base of every error a user can cause."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint


class Aborted(AccordError):
    """The user declined a confirmation."""

    exit_code = 1


class SeedError(AccordError):
    """A seed file is missing, malformed or inconsistent."""

    exit_code = 3


class NotFoundError(AccordError):
    """An id (commitment, document, update) matches nothing, or more than one thing."""

    exit_code = 4


class InputError(AccordError):
    """A value given on the command line or in an imported file is invalid."""

    exit_code = 5


class StateError(AccordError):
    """The state file cannot be read, parsed or written."""

    exit_code = 6


class LockError(StateError):
    """Another accord process held the state lock for too long."""

    exit_code = 7


class CheckFailed(AccordError):
    """`accord check` found problems (each already reported)."""

    exit_code = 8


class GitError(AccordError):
    """A git operation behind `accord git`/`sync`/`merge-driver` failed."""

    exit_code = 9


class ConfigError(AccordError):
    """The config file cannot be read or holds a bad value."""

    exit_code = 10
