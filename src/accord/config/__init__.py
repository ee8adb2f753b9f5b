"""Settings, resolved from command-line options, environment, config file and defaults.

Precedence, highest first: an option given on the command line, an environment
variable, the config file (``config.toml`` in the user config directory), a
built-in default. ``ACCORD_HOME`` moves the config file, state file and cache
into one folder (the tests use it to stay out of the user's own files).

The package: ``paths`` (where the config file, the state and the cache are), ``schema`` (the
settings accord knows, and the checks of their values), ``file`` (the config file read and
edited), ``settings`` (``Settings``: each setting resolved, with where it came from). Imports
only accord.domain and accord.storage.
"""
