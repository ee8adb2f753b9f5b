"""A derived cache of the tracker (SQLite) for speed: verified, rebuilt from the files when in doubt,
never the source of truth. Imports the layers below it (domain, storage, export, tracker).
"""
