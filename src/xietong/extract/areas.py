"""Which areas of the strategy a sentence is about, with the words that say so.

Each area of the profile (``profiles/<name>/areas.json``) carries a lexicon
per language: keyword -> weight.  A sentence scores the weights of the
keywords it contains; its areas are the best one and those close behind it
(1-3).  Context (the heading of the subsection, the paragraph's first
sentence) is added with a smaller weight, so a short sentence such as
"推进移风易俗。" inherits the area of its section.  ``coordination`` is for the
strategy as a whole: it is chosen only when no specific area says more.

>>> explain("加快建设雄安新区", "zh", load_profile())
{'two_wings': ['雄安新区']}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..profiles import Profile

COORDINATION = "coordination"
RUNNER_UP = 0.65  # a second or third area must score this share of the best one: a passing mention is no topic
MIN_SCORE = 2.0  # below this the sentence's own words say too little
MAX_AREAS = 3
COORDINATION_OWN = 3.0  # own evidence needed for coordination as a second or third area


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """One language's keywords of every area, ready for a single pass over a sentence."""

    order: dict[str, int]  # keyword -> rank: longer keywords claim their characters first
    targets: dict[str, tuple[tuple[str, float], ...]]  # keyword -> ((area, weight), ...)
    prefixes: dict[str, tuple[str, ...]]  # keyword -> the keywords it starts with, itself included
    pattern: re.Pattern[str]  # at each position, the longest keyword starting there


_CACHE: dict[tuple[str, str], _Lexicon] = {}


def _lexicon(profile: Profile, lang: str) -> _Lexicon:
    key = (str(profile.path), lang)
    if key not in _CACHE:
        _CACHE[key] = _build(profile, lang)
    return _CACHE[key]


def _build(profile: Profile, lang: str) -> _Lexicon:
    by_keyword: dict[str, list[tuple[str, float]]] = {}
    for area in profile.areas:
        for kw, weight in (area.get("lexicon", {}).get(lang) or {}).items():
            by_keyword.setdefault(kw.lower() if lang == "en" else kw, []).append((area["id"], float(weight)))
    ordered = sorted(by_keyword, key=len, reverse=True)
    prefixes = {kw: tuple(kw[:n] for n in range(len(kw), 0, -1) if kw[:n] in by_keyword) for kw in ordered}
    return _Lexicon({kw: i for i, kw in enumerate(ordered)}, {kw: tuple(v) for kw, v in by_keyword.items()},
                    prefixes, re.compile(f"(?=({_trie_pattern(ordered)}))"))


def _trie_pattern(words: Sequence[str]) -> str:
    """A regex matching any of ``words``, longest first, as a trie (fast with thousands of words)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _matches(text: str, lang: str, profile: Profile) -> list[tuple[str, str, float]]:
    """(area, keyword, weight) hits; a keyword inside a longer hit (京津冀 in 京津冀医联体) does not count.

    Longer keywords claim their characters first; among keywords of one
    length, and along the sentence, the earlier one wins.
    """
    lex = _lexicon(profile, lang)
    hay = text.lower() if lang == "en" else text
    found = sorted((lex.order[kw], m.start(), kw)
                   for m in lex.pattern.finditer(hay) for kw in lex.prefixes[m.group(1)])
    taken = [False] * len(hay)
    resume: dict[str, int] = {}  # occurrences of one keyword do not overlap each other
    hits: list[tuple[str, str, float]] = []
    for _, start, kw in found:
        if start < resume.get(kw, 0):
            continue
        end = resume[kw] = start + len(kw)
        if not any(taken[start:end]) and (lang != "en" or _word_bounded(hay, start, end)):
            taken[start:end] = [True] * (end - start)
            hits.extend((area, kw, weight) for area, weight in lex.targets[kw])
    return hits


SHORT_WORD = 4  # English keywords this short are whole words, or plurals: "ai" is not "aim", "road" not "roadmap"


def _word_bounded(hay: str, start: int, end: int) -> bool:
    before = hay[start - 1] if start else " "
    if end - start <= SHORT_WORD:
        end += hay.startswith("s", end)
        if end < len(hay) and hay[end].isalpha():
            return False
    return not before.isalnum()  # a longer keyword's end may run on: "industr" matches "industrial"


def explain(text: str, lang: str, profile: Profile) -> dict[str, list[str]]:
    """The keywords of ``text`` that point to each area."""
    out: dict[str, list[str]] = {}
    for area, kw, _ in _matches(text, lang, profile):
        if kw not in out.setdefault(area, []):
            out[area].append(kw)
    return out


def scores(text: str, lang: str, profile: Profile) -> dict[str, float]:
    """Summed keyword weights per area; repeated keywords count with diminishing weight."""
    out: dict[str, float] = {}
    seen: dict[str, int] = {}
    for area, kw, weight in _matches(text, lang, profile):
        seen[kw] = seen.get(kw, 0) + 1
        out[area] = out.get(area, 0.0) + weight / seen[kw]
    return out


def _normalised(scores: Mapping[str, float]) -> dict[str, float]:
    top = max(scores.values(), default=0.0)
    return {a: v / top for a, v in scores.items()} if top > 0 else {}


def choose(own: Mapping[str, float], context: Sequence[tuple[Mapping[str, float], float]] = ()) -> list[str]:
    """1-3 areas from a sentence's own scores, helped by weighted context scores.

    Each score vector is scaled to its best area first, so that a long
    paragraph does not outweigh the sentence itself.  A sentence without a
    keyword of its own ("全力释放潜能。") takes only the context's leading area.
    """
    total = _normalised(own)
    if max(own.values(), default=0.0) < MIN_SCORE:
        total = {a: v * max(own.values(), default=0.0) / MIN_SCORE for a, v in total.items()}
    for scores_, weight in context:
        for area, v in _normalised(scores_).items():
            total[area] = total.get(area, 0.0) + weight * v
    if not total:
        return [COORDINATION]
    ranked = sorted(total.items(), key=lambda kv: -kv[1])
    best = ranked[0][1]
    picked = [a for a, v in ranked[:MAX_AREAS] if v >= RUNNER_UP * best and v > 0]
    if max(own.values(), default=0.0) <= 0:
        return picked[:1]  # with no word of its own a sentence inherits only its context's leading area
    if COORDINATION in picked and picked[0] != COORDINATION and own.get(COORDINATION, 0.0) < COORDINATION_OWN:
        picked.remove(COORDINATION)  # the strategy as a whole only when the sentence itself says so
    return picked


CONTEXT_EVIDENCE = "(context)"  # an area the sentence inherits from its heading or paragraph


def justify(text: str, lang: str, profile: Profile,
            context: Sequence[tuple[Mapping[str, float], float]] = ()) -> dict[str, list[str]]:
    """The areas ``classify`` picks for ``text``, each with the keywords that chose it.

    An area that none of the sentence's own words names came from its context
    and is marked ``(context)``.

    >>> justify("全力释放潜能。", "zh", load_profile(), [({"industry": 3.0}, 0.5)])
    {'industry': ['(context)']}
    """
    found = explain(text, lang, profile)
    return {a: found.get(a) or [CONTEXT_EVIDENCE] for a in classify(text, lang, profile, context)}


def classify(text: str, lang: str, profile: Profile,
             context: Sequence[tuple[Mapping[str, float], float]] = ()) -> list[str]:
    """The 1-3 areas of one sentence, optionally with weighted context scores."""
    return choose(scores(text, lang, profile), context)
