"""Small helpers the CLI tests share: run a command and insist on its exit code."""


def ok(run, *args):
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result


def fails(run, *args, code=5):
    result = run(*args)
    assert result.exit_code == code, result.output
    return result.stderr
