"""Merging the small segments that edits leave, so that searches do not slow down over a session.

Each edit commits one small segment (see ``db.search.index_update``); a search slows down a little with
each. They are merged when the index is opened and, during a session, every MERGE_FROM edits by the
thread that writes the edits. A search open on the old segments keeps answering meanwhile: Whoosh removes
the merged files, which stay readable while open on POSIX.
"""

from __future__ import annotations

from pathlib import Path

from whoosh import index

from db.search.index import WRITER_MEMORY_MB, Stamp, write_stamp

SMALL_SEGMENT = 50  # documents: an update leaves one a segment; a build's are larger but in small catalogues


def merged_small(ix: index.Index, folder: Path, stamp: Stamp) -> index.Index:
    """*ix* with the small segments that updates left merged into one (searches slow down a little with
    each segment); a build's segments are left as they are from 51 methods on. The caller holds the build lock."""
    if sum(n <= SMALL_SEGMENT for n in segment_sizes(ix)) < 2:
        return ix
    merged = merge_small(ix, folder, stamp)
    ix.close()
    return merged


def merge_small(ix: index.Index, folder: Path, stamp: Stamp) -> index.Index:
    """Merge the small segments of *ix* into one and return the index opened again; *ix* stays open (a search
    on it keeps answering: Whoosh removes the merged files, which stay readable while open on POSIX).
    The caller holds the build lock."""
    schema = ix.schema

    def merge_policy(writer, segments):  # noqa: ANN001, ANN202 - Whoosh's merge policy signature
        from whoosh.reading import SegmentReader

        for segment in segments:
            if segment.doc_count_all() <= SMALL_SEGMENT:
                reader = SegmentReader(writer.storage, writer.schema, segment)
                writer.add_reader(reader)
                reader.close()
        return [s for s in segments if s.doc_count_all() > SMALL_SEGMENT]

    ix.writer(limitmb=WRITER_MEMORY_MB).commit(mergetype=merge_policy)
    write_stamp(folder, stamp, after_edit=True)
    return index.open_dir(str(folder), schema=schema)


def segment_sizes(ix: index.Index) -> list[int]:
    """How many documents (deleted ones too) each segment of *ix* holds, from its table of contents (Whoosh's
    ``TOC``; with the schema *ix* was opened with, nothing is unpickled but the list of segments)."""
    return [s.doc_count_all() for s in index.TOC.read(ix.storage, ix.indexname, schema=ix.schema).segments]
