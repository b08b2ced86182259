"""Generated catalogues for the benches, whose vocabulary grows with their size.

Reusing the 19 real methods' sentences keeps the vocabulary at about 1,500
words at every size, so the lexicon, the typo scan and every cache stay
small and the benches flatter large catalogues. Here each generated method
mixes real sentences with made-up Dutch-looking words (about four new words
per method) and compounds of those with real words, and its attributes are
drawn at random, as organisations' own methods would be. Queries are drawn
from the same vocabulary: whole words, compounds, prefixes while typing, and
words with a typing error. Everything is seeded, so each run measures the same corpus.
"""

from __future__ import annotations

import dataclasses
import random
import re

import resources
from advisor import vocabulary as voc
from advisor.catalogue_reader import read_catalogue
from advisor.model import Amount, Basis, Budget, Duration, Method, Study, TermSet

SEED = 20110
SENTENCE = re.compile(r"(?<=[.!?])\s+")
ONSETS = ("b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "st", "sl", "gr", "kl", "tr")
VOWELS = ("a", "e", "i", "o", "u", "aa", "ee", "oo", "ui", "ij", "ou", "ie")
CODAS = ("", "n", "r", "l", "s", "t", "k", "m", "ng", "rt", "nd")
NEW_WORDS_PER_METHOD = 4
TEXT_FIELDS = ("summary", "target_group", "goal", "approach", "developer", "handbook_note")


def made_up_words(count: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
                          for _ in range(rng.randint(2, 4))))
    return sorted(words)


def real_methods() -> list[Method]:
    return read_catalogue(resources.CATALOGUE)


def generated_methods(count: int, seed: int = SEED) -> list[Method]:
    """The 19 real methods, then *count* − 19 generated ones (ids ``gen-00000`` …)."""
    real = real_methods()
    if count <= len(real):
        return real[:count]
    rng = random.Random(seed)
    extra = count - len(real)
    new = made_up_words(max(50, extra * NEW_WORDS_PER_METHOD), rng)
    known = sorted({w.lower() for m in real for w in re.findall(r"[^\W\d_]{5,}", m.summary)})
    sentences = {f: [s for m in real for s in SENTENCE.split(" ".join(getattr(m, f).split())) if s]
                 for f in TEXT_FIELDS}

    def text(field: str, words: list[str]) -> str:
        picked = [rng.choice(sentences[field]) for _ in range(rng.randint(1, 3))] if sentences[field] else []
        picked.append(" ".join(words).capitalize() + ".")
        return " ".join(picked)

    out = list(real)
    for i in range(extra):
        own = new[i * NEW_WORDS_PER_METHOD:(i + 1) * NEW_WORDS_PER_METHOD] or rng.sample(new, NEW_WORDS_PER_METHOD)
        mixed = own + [rng.choice(new) for _ in range(3)] + [rng.choice(own) + rng.choice(known)]
        base = real[i % len(real)]
        out.append(dataclasses.replace(
            base, id=f"gen-{i:05d}", section=f"9.{i}", name=f"{own[0].capitalize()} {rng.choice(known)}",
            summary=text("summary", mixed[:3]), target_group=text("target_group", mixed[3:5]),
            goal=text("goal", mixed[5:]), approach=text("approach", rng.sample(mixed, 3)),
            approach_steps=(), developer=text("developer", own[:1]), organisations=(),
            handbook_note=text("handbook_note", own[1:2]), publications=(),
            studies=(Study(reference="", findings=" ".join(rng.sample(mixed, 2))),), **random_attributes(rng),
        ))
    return out


def random_attributes(rng: random.Random) -> dict:
    """What the matcher scores, drawn at random: almost every method gets its own score pattern."""
    return {
        "settings": TermSet(tuple(rng.sample(list(voc.SETTINGS), rng.randint(0, 2)))),
        "target_groups": TermSet(tuple(rng.sample(list(voc.TARGET_GROUPS), rng.randint(1, 3)))),
        "goals": TermSet(tuple(rng.sample(list(voc.GOALS), rng.randint(1, 4)))),
        "production_power": rng.choice(list(voc.PRODUCTION_POWER)),
        "handbook": rng.choice(list(voc.HANDBOOK)),
        "evidence": rng.choice(list(voc.EVIDENCE)),
        "budget": Budget(rng.choice(list(voc.BUDGET_CLASSES)), Basis(),
                         (Amount("x", "hands_out", rng.randint(100, 60_000)),) if rng.random() < 0.3 else ()),
        "duration": Duration(rng.choice([None, 6, 12, 24, 48])),
    }


def misspelt(word: str, rng: random.Random) -> str:
    """*word* with two neighbouring letters swapped, or one letter dropped."""
    i = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i + 1:]


def query_sets(methods: list[Method], seed: int = SEED) -> dict[str, list[str]]:
    """Whole words, misspelt words and as-you-type prefixes drawn from *methods*' own vocabulary."""
    rng = random.Random(seed)
    vocabulary = sorted({w.lower() for m in methods for t in m.texts().values()
                         for w in re.findall(r"[^\W\d_]{6,}", t)})
    words = rng.sample(vocabulary, min(40, len(vocabulary)))
    return {
        "woorden": words,
        "typefouten": [misspelt(w, rng) for w in rng.sample(vocabulary, min(30, len(vocabulary)))],
        "as-you-type": [w[:n] for n in range(2, 7) for w in rng.sample(vocabulary, min(16, len(vocabulary)))],
    }
