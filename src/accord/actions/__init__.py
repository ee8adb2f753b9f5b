"""What users do to a tracker: record updates and undo them, import, check, share through git
(team: git init, clone and sync).
Imports every layer below (domain, storage, export, tracker, cache, publish).
"""
