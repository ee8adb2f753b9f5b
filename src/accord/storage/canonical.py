"""An update's block exactly as accord writes it (``canonical_block``), and the pattern that
reads the key of such a block, its recorded time and id, without TOML (``BLOCK``): it accepts
nothing but that layout, where TOML would read exactly the same; any other layout is parsed.
The merge driver (``accord.storage.merge``) reads the blocks the base and a side share by it.
"""

from __future__ import annotations

import re

from accord.domain.model import Update
from accord.storage.blocks import serialize_updates

# A TOML basic string as tomli_w writes it: no control character but tab, escapes of one letter.
_STRING = rb'"[^"\\\x00-\x08\x0a-\x1f\x7f]*(?:\\["\\btnfr][^"\\\x00-\x08\x0a-\x1f\x7f]*)*"'
_PLAIN = rb'"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"'  # a string without escapes: its bytes are its value
_INLINE_EVIDENCE = rb'\nevidence = \[\n(?:    \{ url = <S>(?:, title = <S>)? \},\n)+\]'
_TABLE_EVIDENCE = rb'(?:\n\n\[\[updates\.evidence\]\]\nurl = <S>(?:\ntitle = <S>)?)+'
BLOCK = re.compile((  # group 1: the id, group 2: the recorded time
    rb'\[\[updates\]\]\nid = <P>\ncommitment = <S>\ndate = <S>\nrecorded = <P>\nauthor = <S>'
    rb'(?:\nstatus = <S>)?(?:\nprogress = (?:0|-?[1-9][0-9]*))?(?:\nnote = <S>)?(?:\nparty = <S>)?'
    rb'(?:\nretracts = <S>)?(?:\ncorrects = <S>)?(?:\nreason = <S>)?'
    rb'(?:' + _INLINE_EVIDENCE + rb'|' + _TABLE_EVIDENCE + rb')?'
).replace(b"<S>", _STRING).replace(b"<P>", _PLAIN))
# What a block is matched by: (recorded, id) as UTF-8 bytes, which sort as their text does.
Key = tuple[bytes, bytes]


def update_key(update: Update) -> Key:
    return update.recorded.encode("utf-8"), update.id.encode("utf-8")


def canonical_block(update: Update) -> bytes:
    """An update's block as accord writes it."""
    return serialize_updates([update]).strip().encode("utf-8")
