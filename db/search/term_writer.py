"""A field's terms written into Whoosh's W3 files in one pass, byte for byte as Whoosh writes them.

Whoosh's W3 codec writes each term through several Python objects: a term
info, a postings writer that collects the term's postings one call at a
time, a block writer that pickles them, and a hash-file writer that stores
the term's statistics. At 1,000 methods a build writes ~40,000 terms, most
with a single small block, and that per-term machinery was half of the
time spent writing. Here each term's block bytes, statistics and hash-file
entry are made directly from the posting arrays the bulk writer gathered,
with the same pickles, structs and hash as Whoosh's ``W3FieldWriter``, so
the files are the same bytes (tests/test_search_term_writer.py compares them
with Whoosh's own writer) and every Whoosh reader reads them unchanged.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Sequence
from operator import sub
from pickle import dumps
from struct import Struct

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3FieldWriter
from whoosh.util.numeric import length_to_byte

# One term: its bytes, its postings' document numbers (ascending), weights, encoded values and
# the documents' field lengths (0: not known).
TermPostings = tuple[bytes, Sequence[int], Sequence[float], Sequence[bytes], Sequence[int]]

_TERM_INFO = Struct("!BfIBBfII")  # W3TermInfo._struct: flags, weight, doc count, lengths, max weight, ids
_EXTENT = Struct("!qi")  # where the term's blocks are in the postings file, and how many bytes
_BLOCK_LENGTH = Struct("!i")
_ENTRY_LENGTHS = Struct("!ii")  # HashWriter: key and value length before each entry
_FIELD_NUMBER = Struct("!H")


def write_field(writer: W3FieldWriter, name: str, field, terms: Iterable[TermPostings]) -> None:  # noqa: ANN001
    """Write *terms* (in ascending byte order) of field *name* as ``start_field``, ``start_term``,
    ``add`` for each posting, ``finish_term`` and ``finish_field`` on *writer* would."""
    writer.start_field(name, field)
    codec = writer._codec
    limit, compression = codec._blocklimit, codec._compression
    fixed = field.format.fixed_value_size()
    postings, table = writer._postfile, writer._tindex
    key_start = _FIELD_NUMBER.pack(writer._fieldid)
    hash_of, buckets, positions = table.hashfn, table.buckets, table.index
    post_out, table_out = bytearray(), bytearray()
    post_at, table_at, last_key = postings.tell(), table.dbfile.tell(), table.lastkey
    for tbytes, docs, weights, values, lengths in terms:
        key = key_start + tbytes
        if key <= last_key:
            raise ValueError(f"Keys must increase: {last_key!r}..{key!r}")
        start = post_at + len(post_out)
        info = _write_blocks(post_out, docs, weights, values, lengths, limit, compression, fixed)
        value = info + _EXTENT.pack(start, post_at + len(post_out) - start)
        entry_at = table_at + len(table_out)
        positions.append(entry_at)
        table_out += _ENTRY_LENGTHS.pack(len(key), len(value))
        table_out += key
        table_out += value
        found = hash_of(key)
        buckets[found & 255].append((found, entry_at))
        last_key = key
    postings.write(bytes(post_out))
    table.dbfile.write(bytes(table_out))
    table.lastkey = last_key
    writer.finish_field()


def _write_blocks(out: bytearray, docs, weights, values, lengths, limit: int, compression: int,  # noqa: ANN001, PLR0913
                  fixed: int | None) -> bytes:
    """Append the term's blocks to *out*, as ``W3PostingsWriter`` writes them; its term info bytes."""
    total, low, high, heaviest = 0, None, 0, 0
    out += WHOOSH3_HEADER_MAGIC
    size = len(docs)
    for begin in range(0, size, limit):
        end = min(begin + limit, size)
        if end - begin == size:  # most terms: one block, no slices to make
            ids, given, block_values, block_lengths = docs, weights, values, lengths
        else:
            ids, given = docs[begin:end], weights[begin:end]
            block_values, block_lengths = values[begin:end], lengths[begin:end]
        n = end - begin
        stored = array("f", given)  # Whoosh keeps block weights as 32-bit floats
        if stored.count(1.0) == n:
            mini_weights = None
        elif stored.count(stored[0]) == n:
            mini_weights = stored[0]
        else:
            mini_weights = tuple(stored)
        if fixed == 0:
            mini_values = None
        elif fixed is None or fixed < 0:
            mini_values = tuple(v for v in block_values if v)
        else:
            mini_values = b"".join(v for v in block_values if v)
        data = dumps(((ids[0], *map(sub, ids[1:], ids)), mini_weights, mini_values), 2)
        if compression:
            data = zlib.compress(data, compression)
        known = [k for k in block_lengths if k]
        block_low = min(known) if known else None
        block_high = max(known) if known else 0
        block_heaviest = max(0, *given)
        info = dumps((n, ids[-1], block_heaviest, compression, _length_byte(block_low), _length_byte(block_high)), 2)
        length = len(info) + len(data)
        out += _BLOCK_LENGTH.pack(-length if end == size else length)
        out += info
        out += data
        total += sum(stored)
        low = block_low if low is None else min(low, block_low)
        high = max(high, block_high)
        heaviest = max(heaviest, block_heaviest)
    return _TERM_INFO.pack(False, total, size, 0 if low is None else _length_byte(low), _length_byte(high),
                           heaviest, docs[0], docs[-1])


_LENGTH_BYTES: dict[int | None, int] = {}


def _length_byte(length: int | None) -> int:
    """``length_to_byte``, remembered: a field's lengths take few values once they went through it."""
    found = _LENGTH_BYTES.get(length)
    if found is None:
        found = _LENGTH_BYTES[length] = length_to_byte(length)
    return found
