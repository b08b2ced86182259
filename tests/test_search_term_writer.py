"""The one-pass term writer makes the same files, byte for byte, as Whoosh's own W3 field writer.

If it did not, an index built in bulk would differ from one Whoosh writes, and a reader could
misread it. Random terms go both ways: one or many blocks, weights of one, equal or mixed,
values empty or not, field lengths unknown, small or past the last length byte,, and postings
formats with values of no fixed size, of none and of four bytes, with and without compression.
"""

from __future__ import annotations

from itertools import accumulate

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import ID, TEXT
from whoosh.filedb.filestore import RamStorage
from whoosh.formats import Format

from db.search.leading_letters import LeadingLetters
from db.search.term_writer import write_field


class FourBytes(Format):
    def fixed_value_size(self):  # noqa: ANN201
        return 4


def fields():
    four = TEXT()
    four.format = FourBytes()
    letters = TEXT(phrase=False)
    letters.format = LeadingLetters()
    return {"text": TEXT(), "letters": letters, "id": ID(stored=True), "four": four}


@st.composite
def term_postings(draw, four_bytes: bool):
    gaps = draw(st.lists(st.integers(1, 40), min_size=1, max_size=140))
    docs, count = [g - 1 for g in accumulate(gaps)], len(gaps)
    weight = st.one_of(st.just(1.0), st.integers(1, 9).map(float), st.floats(0.1, 50.0))
    weights = draw(st.one_of(st.just([1.0] * count), st.lists(weight, min_size=count, max_size=count)))
    value = st.binary(min_size=4, max_size=4) if four_bytes else st.binary(max_size=6)
    values = draw(st.lists(value, min_size=count, max_size=count))
    # A field's length is unknown (0) for every document or for none: Whoosh cannot write a mix.
    length = st.one_of(st.integers(1, 300), st.integers(100_000, 300_000))
    lengths = draw(st.one_of(st.just([0] * count), st.lists(length, min_size=count, max_size=count)))
    return docs, weights, values, lengths


@st.composite
def field_terms(draw):
    name = draw(st.sampled_from(sorted(fields())))
    texts = sorted(draw(st.sets(st.binary(min_size=1, max_size=8), min_size=1, max_size=12)))
    return name, [(t, *draw(term_postings(name == "four"))) for t in texts]


def written(codec: W3Codec, by_hand: bool, terms_by_field) -> dict[str, bytes]:  # noqa: ANN001
    storage = RamStorage()
    segment = codec.new_segment(storage, "s")
    writer = codec.field_writer(storage, segment)
    schema = fields()
    for name, terms in terms_by_field:
        field = schema[name]
        if by_hand:
            write_field(writer, name, field, terms)
            continue
        writer.start_field(name, field)
        for tbytes, docs, weights, values, lengths in terms:
            writer.start_term(tbytes)
            for doc, weight, value, length in zip(docs, weights, values, lengths, strict=True):
                writer.add(doc, weight, value, length)
            writer.finish_term()
        writer.finish_field()
    writer.close()
    # a segment is named at random; its files are told apart by their endings
    return {name.rsplit(".", 1)[1]: bytes(storage.files[name]) for name in storage.list()}


@settings(max_examples=80, deadline=None)
@given(st.lists(field_terms(), min_size=1, max_size=4, unique_by=lambda f: f[0]), st.sampled_from([0, 3]),
       st.sampled_from([128, 5]))
def test_terms_written_in_one_pass_are_the_bytes_whoosh_writes(terms_by_field, compression, block_limit):
    codec = W3Codec(blocklimit=block_limit, compression=compression)
    ours, whooshs = written(codec, True, terms_by_field), written(codec, False, terms_by_field)
    assert ours.keys() == whooshs.keys()
    for name in ours:
        assert ours[name] == whooshs[name], name


def test_a_term_whose_postings_span_blocks_reads_back_whole():
    codec = W3Codec(blocklimit=4, compression=0)
    docs = list(range(0, 30, 3))
    terms = [("text", [(b"buurt", docs, [2.0] * 10, [b"x"] * 10, [7] * 10)])]
    storage = RamStorage()
    segment = codec.new_segment(storage, "s")
    for ending, content in written(codec, True, terms).items():
        storage.files[f"{segment.make_filename('')}.{ending}".replace("..", ".")] = content
    reader = codec.terms_reader(storage, segment)
    matcher = reader.matcher("text", b"buurt", fields()["text"].format)
    assert list(matcher.all_ids()) == docs
    assert reader.term_info("text", b"buurt").doc_frequency() == 10
