"""The tracker as loaded: seed files, how each commitment stands after its updates, and what can be asked
of it (queries, summary, changes); authoring users' own seed files.
Imports accord.domain, accord.storage, accord.export.
"""
