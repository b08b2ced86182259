"""From what a user types to a Whoosh query, without ever failing on the input.

The syntax is the one people know from web search: words (all must match),
"quoted phrases", a trailing * for "starts with", and ``doelgroep:ouderen``
to look in one field. Anything that does not fit (an unmatched quote, a lone
*, an unknown or empty field, HTML) is read as plain words. Whoosh's own
query parser is not used: it stems prefixes ('coop*' then finds nothing) and
expands them over every term, and its errors are for programmers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from db.search.analysis import MAX_GRAM, MIN_GRAM, RANKED_GRAM, STOP_WORDS, WORD, dutch_stem, fold, query_words
from db.search.index import NAME_PREFIX_FIELD, PREFIX_FIELD, TEXT_FIELDS
from db.search.prefix_query import RankedPrefix

# Query-time boosts per text field (Method.texts()). The name says what the
# method is; the summary is the report's own short description; target group
# and goal are what professionals look for; the long approach text counts
# normally; developer, materials and research mostly name organisations and
# publications, so a match there says least about what the method does.
FIELD_BOOSTS = {
    "name": 4.0,
    "summary": 2.0,
    "target_group": 1.5,
    "goal": 1.5,
    "approach": 1.0,
    "developer": 0.6,
    "materials": 0.6,
    "research": 0.6,
}
assert set(FIELD_BOOSTS) == set(TEXT_FIELDS), "every indexed text field needs a boost"
FIELD_ALIASES = {
    "naam": "name",
    "samenvatting": "summary",
    "doelgroep": "target_group",
    "doel": "goal",
    "aanpak": "approach",
    "ontwikkelaar": "developer",
    "materiaal": "materials",
    "onderzoek": "research",
}
NAME_PREFIX_BOOST = 3.0
PIECE = re.compile(r'(?P<field>\w+):(?:"(?P<fphrase>[^"]*)"|(?P<fword>[^\s"]+))|"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+)')


@dataclass(frozen=True)
class Clause:
    """One thing every hit must contain: a word, a phrase or a prefix, in one field or any."""

    words: tuple[str, ...]
    field: str | None = None
    prefix: bool = False
    skipped: int = 0  # stop words left out between the words of a phrase

    @property
    def fields(self) -> tuple[str, ...]:
        return (self.field,) if self.field else TEXT_FIELDS


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...]
    corrections: dict[str, tuple[str, ...]] = field(default_factory=dict)  # stem → stems to accept too

    def stems(self) -> frozenset[str]:
        found = {dutch_stem(w) for c in self.clauses if not c.prefix for w in c.words}
        return frozenset(found.union(*self.corrections.values()))

    def prefixes(self) -> tuple[str, ...]:
        return tuple(c.words[0] for c in self.clauses if c.prefix)


def parse(text: str, as_you_type: bool = False) -> ParsedQuery:
    """The clauses of *text*; with *as_you_type* the last word, if still being typed, is a prefix."""
    if text.count('"') % 2:
        text = text.replace('"', " ")
    clauses: list[Clause] = []
    for piece in PIECE.finditer(text):
        alias = piece["field"]
        target = FIELD_ALIASES.get(fold(alias)) if alias else None
        if alias and target is None:
            clauses.extend(_words(piece[0].replace(":", " "), None))
        elif piece["fphrase"] is not None or piece["phrase"] is not None:
            clauses.extend(_phrase(piece["fphrase"] if alias else piece["phrase"], target))
        else:
            clauses.extend(_words(piece["fword"] if alias else piece["word"], target))
    still_typing = as_you_type and text[-1:].strip() not in ("", '"')
    last = [fold(w) for w in WORD.findall(text)][-1:] if still_typing else []
    if last and clauses and clauses[-1].words == (last[0],) and not clauses[-1].prefix:
        clauses[-1] = Clause(clauses[-1].words, clauses[-1].field, prefix=True)
    elif last and last[0] in STOP_WORDS:  # 'van' may be the start of 'vanuit'
        clauses.append(Clause((last[0],), None, prefix=True))
    return ParsedQuery(tuple(c for c in clauses if not c.prefix or len(c.words[0]) >= MIN_GRAM))


def _words(raw: str, target: str | None) -> list[Clause]:
    starred = raw.endswith("*")
    words = query_words(raw)
    clauses = [Clause((w,), target) for w in words]
    if starred:
        last = [fold(w) for w in WORD.findall(raw)][-1:]
        if last:
            if clauses and clauses[-1].words[0] == last[0]:
                clauses.pop()
            clauses.append(Clause((last[0],), target, prefix=True))
    return clauses


def _phrase(raw: str, target: str | None) -> list[Clause]:
    words = query_words(raw)
    if len(words) <= 1:
        return [Clause((w,), target) for w in words]
    return [Clause(tuple(words), target, skipped=len(WORD.findall(raw)) - len(words))]


def to_whoosh(parsed: ParsedQuery) -> wq.Query | None:
    """All clauses must match; None when nothing searchable is left."""
    parts = [_clause_query(c, parsed.corrections) for c in parsed.clauses]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _clause_query(clause: Clause, corrections: dict[str, tuple[str, ...]]) -> wq.Query:
    if clause.prefix:
        # A word being typed may already be whole: it then finds what the finished word finds
        # (stems, compound parts) as well as the longer words it begins.
        whole = Clause(clause.words, clause.field)
        return wq.Or([_prefix_query(clause), _clause_query(whole, corrections)])
    if len(clause.words) > 1:
        stems = [dutch_stem(w) for w in clause.words]
        return _any_field(clause, lambda f, b: wq.Phrase(f, stems, slop=1 + clause.skipped, boost=b))
    stem = dutch_stem(clause.words[0])
    accepted = (stem, *corrections.get(stem, ()))
    return _any_field(clause, lambda f, b: _one_of([wq.Term(f, s, boost=b) for s in accepted]))


def _prefix_query(clause: Clause) -> wq.Query:
    start = clause.words[0]
    if clause.field:  # stems start like their words, except where the stemmer cut into the prefix
        return wq.Or([wq.Prefix(clause.field, start), wq.Term(clause.field, dutch_stem(start))])
    if len(start) <= MAX_GRAM:
        return wq.Or([wq.Term(PREFIX_FIELD, start), wq.Term(NAME_PREFIX_FIELD, start, boost=NAME_PREFIX_BOOST)])
    kind = RankedPrefix if len(start) <= RANKED_GRAM else wq.Prefix
    return wq.Or([kind(PREFIX_FIELD, start), kind(NAME_PREFIX_FIELD, start, boost=NAME_PREFIX_BOOST)])


def _any_field(clause: Clause, make) -> wq.Query:  # noqa: ANN001 - (field, boost) → query
    return _one_of([make(f, FIELD_BOOSTS[f]) for f in clause.fields])


def _one_of(queries: list[wq.Query]) -> wq.Query:
    return queries[0] if len(queries) == 1 else wq.Or(queries)
