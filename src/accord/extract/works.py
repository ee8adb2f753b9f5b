"""The nouns of the works an undertaking may name: a project, an agreement, a mechanism. A conjunct or a list item
that holds one is "named" (`detect.is_named`, `detect.names_work`), a list of them is a list of projects (`projects`).
Like `cues`, general diplomatic vocabulary (docs/extract.md, "The cue lists")."""

from __future__ import annotations

from accord.extract.grammar import word_list as _words

PROJECT_NOUNS = _words("""
    airport bridge canal centre center corridor dam factory hospital hospitals highway line lines
    mine park pipeline pipelines plant plants port ports railway refinery refineries renovation
    reconstruction road roads station tunnel workshop workshops zone construction project projects
""")
AGREEMENT_NOUNS = _words("""
    agreement agreements memorandum memoranda treaty declaration declarations documents document
    outline plan programme program protocol charter accord contract resolution resolutions
""")
MECHANISM_NOUNS = _words("""
    committee commission mechanism council fund forum platform subcommittee secretariat
""")
