"""The `accord` command line: parse options, call the core, render the result.

``launcher`` is the entry point (``--version`` before typer is loaded); ``main`` assembles the
commands, one module per group (``browse``, ``recording``, ``reports``, ``team``, ``settings``,
``authoring``, ``extract``, ``overview``) on the application of ``application``; ``session`` and
``output`` are what every command shares; ``render/`` draws for a terminal. The core below
never imports this package; typer and rich are imported only here.
"""
