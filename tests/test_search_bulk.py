"""A full build written by ``db.search.bulk`` holds exactly what Whoosh's own writer would write.

The same documents (the real catalogue, generated methods with made-up words and compounds, and
texts with stop words, accents and repeated words) go through Whoosh's ``add_document`` with the
schema's analyzers and through the bulk writer; every term of every field must have the same
documents, weights, positions and statistics, every document the same field lengths and stored id.
"""

from __future__ import annotations

import dataclasses

import pytest
from whoosh import index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage

from bench.corpus import generated_methods
from db.search.analysis import Lexicon, WordTerms
from db.search.bulk import BULK_CODEC_OPTIONS, BulkWriter
from db.search.index import NAME_PREFIX_FIELD, PREFIX_FIELD, TEXT_FIELDS, _prefix_fields, make_schema


def documents(methods):
    odd = dataclasses.replace(
        methods[0], id="vreemd", name="De Coöperatie van de coöperatie",
        summary="de de het Bewonersinitiatieven, bewonersinitiatief; en   zo verder: 'cliënt' CLIËNT a b",
        target_group="",
        handbook_note="Het het het handboek handboek over vrijwilligerswerk en vrijwilligersorganisaties.")
    out = []
    for method in [*methods, odd]:
        fields = method.texts()
        out.append({"id": method.id, **fields, **_prefix_fields(fields)})
    return out


def contents(ix):
    with ix.reader() as reader:
        terms = {}
        for field, text in reader.all_terms():
            info = reader.term_info(field, text)
            matcher = reader.postings(field, text)
            postings = []
            while matcher.is_active():
                postings.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            terms[field, text] = (postings, info.weight(), info.doc_frequency(), info.min_length(),
                                  info.max_length(), info.max_weight(), info.min_id(), info.max_id())
        fields = [*TEXT_FIELDS, PREFIX_FIELD, NAME_PREFIX_FIELD]
        lengths = [[reader.doc_field_length(n, f) for f in fields] for n in range(reader.doc_count_all())]
        totals = [reader.field_length(f) for f in fields]
        stored = list(reader.all_stored_fields())
    return terms, lengths, totals, stored


def written_both_ways(folder, methods, codec=None) -> None:  # noqa: ANN001
    """*methods* indexed by Whoosh's own writer in folder/whoosh and by the bulk writer in folder/bulk."""
    docs = documents(methods)
    lexicon = Lexicon.from_texts(text for d in docs for f, text in d.items() if f in TEXT_FIELDS)
    for name in ("whoosh", "bulk"):
        (folder / name).mkdir()
    plain = index.create_in(str(folder / "whoosh"), make_schema(lexicon))
    writer = plain.writer(**({} if codec is None else {"codec": codec}))
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    bulk = index.create_in(str(folder / "bulk"), make_schema(lexicon))
    writer = BulkWriter(bulk, WordTerms(lexicon), TEXT_FIELDS, (PREFIX_FIELD, NAME_PREFIX_FIELD))
    writer.add_all(docs)
    writer.commit()


@pytest.mark.parametrize("size", [19, 120])
def test_the_bulk_writer_writes_what_whoosh_writes(tmp_path, size):
    written_both_ways(tmp_path, generated_methods(size))
    expected, got = contents(index.open_dir(str(tmp_path / "whoosh"))), contents(index.open_dir(str(tmp_path / "bulk")))
    assert len(expected[0]) > 1000
    assert got[0].keys() == expected[0].keys()
    assert [k for k in expected[0] if got[0][k] != expected[0][k]] == []
    assert got[1:] == expected[1:]


def _segment_files(folder) -> list[tuple[str, bytes]]:
    """Every file inside the index's compound segment files, by kind, in order of content (names are random)."""
    storage, out = FileStorage(str(folder)), []
    for name in storage.list():
        if name.endswith(".seg"):
            inner = CompoundStorage(storage.open_file(name))
            out += [(sub.rsplit(".", 1)[-1], inner.open_file(sub).read()) for sub in inner.list()]
    return sorted(out)


def test_the_bulk_writer_writes_the_very_bytes_whoosh_writes(tmp_path):
    """Same codec options, same documents: the postings, term and column files are byte for byte Whoosh's."""
    written_both_ways(tmp_path, generated_methods(120), codec=W3Codec(**BULK_CODEC_OPTIONS))
    expected, got = _segment_files(tmp_path / "whoosh"), _segment_files(tmp_path / "bulk")
    assert [kind for kind, _ in expected].count("pst") == 1
    assert got == expected
