"""`accord extract`: draft a seed file from a source text.

Imported only by the extract command: nothing here is loaded by other commands.
"""

from accord.extract.draft import Draft, DraftCommitment, Metadata, draft

__all__ = ["Draft", "DraftCommitment", "Metadata", "draft"]
