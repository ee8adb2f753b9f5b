"""Rendering for a terminal: rich tables and panels, plain-text cells and columns fitted to the width,
the pager and the progress bar. Used only by accord.cli.
"""
