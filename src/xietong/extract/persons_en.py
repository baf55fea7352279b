"""English names: pinyin pairs, foreign names with a title, courtesy titles.

A mainland name is a pinyin pair, checked against the surnames and syllables
of pinyin: "Chen Min'er" (surname first) anywhere, "Min'er Chen" (given name
first) where a title, a byline or a speech verb vouches for it.  A spelling
that does not parse as pinyin (a typo such as "Changshong") needs such a cue
or a listed neighbour.  A foreign name ("Jeffrey Sachs") needs a title after
it and a speech verb, a title opening its sentence, or a later mention of its
surname alone with a speech verb ("Rossi said").  "Mr. Wang" stands for a
name where no full name with that surname is in the text.  A name only seen
in an ideology ("Mao Zedong Thought") is no mention.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..lang import names as N
from ..model import PersonMention
from ..patterns import alternation as alt
from .persons_base import Span, inside

_SP = " \u00a0"
# a capitalised word of a foreign name, accented letters and hyphens included ("José", "Chan-o-cha")
_WORD = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+){0,2}"


@cache
def _tables() -> dict[str, Any]:
    from .linking import pinyin_surnames_en, pinyin_syllables

    speech = alt(N.SPEECH_VERBS_EN)
    return {
        "surnames": pinyin_surnames_en(),
        "syllables": pinyin_syllables(),
        # neither ends before more of a hyphenated foreign name ("Chan-o-cha")
        "pair": re.compile(r"(?=\b([A-ZÜ][a-zü]{1,5})[ \u00a0]([A-Z][a-zü]+(?:['’\-](?!s\b)[a-zA-Z][a-z]+)?)\b(?![-'’](?!s\b)\w))"),
        "given_first": re.compile(r"(?=\b([A-Z][a-z]+(?:['’\-][a-z]+)?)[ \u00a0]([A-ZÜ][a-zü]{1,5})\b(?![-'’](?!s\b)\w))"),
        "other_name": re.compile(
            f"\\b({_WORD}(?:[ \u00a0][A-Z]\\.)?(?:[ \u00a0](?:(?:{alt(N.NAME_PARTICLES_EN)})[ \u00a0])?{_WORD}){{1,2}})(?=,)"
        ),
        "honorific": re.compile(
            f"(?<![\\w.])({alt(N.HONORIFICS_EN)}|({alt(t.title() for t in N.TITLES_EN)}))"
            f"[{_SP}]+([A-Z][a-z]{{1,6}})\\b(?![{_SP}]*[A-Z]|['’\\-](?!s\\b))"
        ),
        "editors": re.compile(f"(?:{alt(N.EDITOR_CUES_EN)})[{_SP}]*:[{_SP}]*([^)\\]\\n]+)"),
        "not_name_words": set(N.NOT_NAME_WORDS_EN),
        "said_after": re.compile(f",?\\s*(?:{speech})\\b"),
        "speech": speech,
        "adverbs": alt(N.ADVERBS_EN),
        "org_link": re.compile(f"\\b(?:{alt(N.TITLE_ORG_LINKS_EN)})\\b"),
        "next_word": re.compile(r"[ \u00a0]+[A-Z][a-z]+\b(?!['’\-])"),
        "prev_word": re.compile(r"(?<![\w'’\-])[A-Z][a-z]+[ \u00a0]+$"),
        "not_after": re.compile(f"[{_SP}]+(?:{alt(N.NOT_NAME_AFTER_EN)})\\b"),
        "ideology": re.compile(f"[{_SP}]+(?:{alt(N.IDEOLOGY_AFTER_EN)})\\b"),
        "title_after": re.compile(
            f",\\s*((?:[^,.;:()“”\"\\n]|\\([^()\\n]{{1,40}}\\)|\\.(?=\\S)|,\\s*(?:{alt(N.COMPANY_TAILS_EN)})){{2,220}}?)"
            f"(?=\\s*(?:,|\\.\\s|\\.$|;|\\)|\\n| (?:{alt(N.TITLE_END_VERBS_EN)})\\b|$))"
        ),
        "title_word": re.compile(
            f"^(?:(?:{alt(N.TITLE_INTRO_EN)})\\s+)?(?:(?:{alt(N.TITLE_ARTICLES_EN)})\\s+)?"
            f"(?:[\\w-]+\\s+){{0,3}}(?:{alt(N.TITLES_EN)})\\b",
            re.I,
        ),
        "title_intro": re.compile(f"^(?:{alt(N.TITLE_INTRO_EN)})\\s+"),
        "title_before": re.compile(f"\\b((?:{alt(N.TITLES_EN)}))[{_SP}]+$", re.I),
        "titled_name": re.compile(
            f"\\b(?:{alt([*N.HEAD_TITLES_EN, *(t.title() for t in N.TITLES_EN)])})[{_SP}]+"
            f"(?:(?:{alt(N.NAME_HONORIFICS_EN)})[{_SP}]+)?({_WORD}(?:[{_SP}]{_WORD}){{1,3}})"
            f"(?=[{_SP}]*(?:[,;)]|\\.(?:\\s|$)|and\\b|(?:{speech})\\b))"
        ),
        "byline_before": re.compile(f"(?:{alt(N.BYLINE_CUES_EN)})[{_SP}]*$"),
        "said_before": re.compile(f"\\b(?:{alt(N.SPEECH_VERBS_EN + N.SOURCE_CUES_EN)})[{_SP}]+$"),
        "sentence_start": re.compile(r"(?:^|[.!?”\"\n)])\s*$"),
        "not_names": set(N.NOT_NAMES_EN),
    }


def parses_as_pinyin(word: str, syllables: frozenset[str], most: int = 3) -> bool:
    """One to ``most`` pinyin syllables; inside a part only the first may start with a
    vowel, as pinyin writes Xi'an and Min'er with an apostrophe ("Asia" is no name)."""
    parts = [p for p in re.split(r"['’\-]", word.lower().replace("ü", "v")) if p]
    count = 0
    for part in parts:
        ok: list[int | None] = [0] + [None] * len(part)  # fewest syllables to reach i
        for i in range(len(part)):
            if ok[i] is None:
                continue
            for n in range(1, 7):
                syl = part[i:i + n]
                if i + n <= len(part) and syl in syllables and (i == 0 or syl[0] not in "aeo"):
                    cur = ok[i + n]
                    ok[i + n] = ok[i] + 1 if cur is None else min(cur, ok[i] + 1)  # type: ignore[operator]
        if ok[len(part)] is None:
            return False
        count += ok[len(part)]  # type: ignore[operator]
    return 1 <= count <= most


def en_persons(text: str, blocked: list[Span] | None = None) -> list[PersonMention]:
    """Every mention of a person named in English ``text``."""
    d, blocked = _tables(), blocked or []
    out: list[PersonMention] = []
    cands = _pinyin_pairs(text, d)
    for s, e, ok in cands:
        if inside((s, e), blocked):
            continue
        title, cued = _cues(text, s, e, d)
        listed = any(abs(s - c[1]) <= 6 or abs(c[0] - e) <= 6 for c in cands if c[2] and c[0] != s)
        if ok or cued or listed:  # "Wang Changshong" needs a title, a byline or a listed neighbour
            out.append(PersonMention(s, e, text[s:e], title, _org(title)))
    taken = [(p.start, p.end) for p in out]
    for s, e in _given_first(text, d, taken):
        if not inside((s, e), blocked):
            title, _ = _cues(text, s, e, d)
            out.append(PersonMention(s, e, text[s:e], title, _org(title)))
    out += _other_names(text, d, [(p.start, p.end) for p in out], blocked)
    out += _titled_names(text, d, [(p.start, p.end) for p in out], blocked)
    out += _honorific_names(text, d, out)
    out += _editor_names(text, d, out)
    # an ideology-only name ("Mao Zedong Thought") is no person unless named elsewhere
    named = {p.name for p in out if not d["ideology"].match(text, p.end)}
    found = sorted((p for p in out if p.name in named), key=lambda p: p.start)
    _share_list_titles(text, found)
    return found


def _pinyin_pairs(text: str, d: dict[str, Any]) -> list[tuple[int, int, bool]]:
    """Surname-first pinyin pairs: (start, end, whether the given name parses as pinyin)."""
    cands: list[tuple[int, int, bool]] = []
    for m in d["pair"].finditer(text):
        sur, given = m.group(1), m.group(2)
        if sur.lower().replace("ü", "v") not in d["surnames"] or f"{sur} {given}" in d["not_names"]:
            continue
        end = m.start() + len(sur) + 1 + len(given)
        if _names_a_place(text, m.start(), end, d):
            continue
        ok = parses_as_pinyin(given, d["syllables"])
        if not ok and d["next_word"].match(text, end):
            continue  # "Le May Doan": the start of a longer foreign name, no pinyin pair
        cands.append((m.start(), end, ok))
    return cands


def _names_a_place(text: str, s: int, e: int, d: dict[str, Any]) -> bool:
    """Tong Zhou District, Wang Fu Jing Street, Zhong Guan Cun: syllables spelled
    apart make a place, while a mainland name is two words."""
    if d["not_after"].match(text, e):
        return True
    nxt = d["next_word"].match(text, e)
    if nxt and d["not_after"].match(text, nxt.end()):
        return True
    prev = d["prev_word"].search(text, max(0, s - 12), s)
    if any(w and parses_as_pinyin(w.group().strip(), d["syllables"], 1) for w in (nxt, prev)):
        return True
    return s > 0 and bool(re.match(r"[A-Za-z'’\-]", text[s - 1]))


def _cues(text: str, s: int, e: int, d: dict[str, Any]) -> tuple[str | None, bool]:
    """The title written next to the name, and whether a title, byline or speech verb vouches for it."""
    before = text[max(0, s - 60):s]
    title_m = d["title_after"].match(text, e)
    title = title_m.group(1).strip() if title_m and d["title_word"].match(title_m.group(1).strip()) else None
    tb = d["title_before"].search(before)
    if title is None and tb:
        title = tb.group(1)
    cued = bool(title or d["byline_before"].search(before) or d["said_before"].search(before))
    return title, cued


def _given_first(text: str, d: dict[str, Any], taken: list[Span]) -> list[Span]:
    """"Jinping Xi", "Min'er Chen": given name first, only where a cue vouches for it."""
    out: list[Span] = []
    for m in d["given_first"].finditer(text):
        given, sur = m.group(1), m.group(2)
        s, e = m.start(), m.start() + len(given) + 1 + len(sur)
        if sur.lower() not in d["surnames"] or given.lower() in d["surnames"] or given in d["not_name_words"]:
            continue
        if any(a < e and s < b for a, b in taken) or f"{given} {sur}" in d["not_names"]:
            continue
        if not parses_as_pinyin(given, d["syllables"], 2) or _names_a_place(text, s, e, d):
            continue
        if _cues(text, s, e, d)[1] or _speaks(text, e, d):
            out.append((s, e))
    return out


def _speaks(text: str, e: int, d: dict[str, Any]) -> bool:
    return bool(re.match(f"[{_SP}]+(?:(?:{d['adverbs']})[{_SP}]+)?(?:{d['speech']})\\b", text[e:e + 40]))


def _other_names(text: str, d: dict[str, Any], taken: list[Span], blocked: list[Span]) -> list[PersonMention]:
    """Names that are not pinyin ("Jeffrey Sachs", "Anna Dalle Valle"), where the text
    vouches for a person: 'said Jeffrey Sachs, a professor at ...', 'Marco Rossi,
    director of ...' opening a sentence, or the surname alone later: 'Rossi said'."""
    from .linking import resolve_place

    out: list[PersonMention] = []
    for m in d["other_name"].finditer(text):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken) or inside((s, e), blocked):
            continue
        words = re.split(f"[{_SP}]+", m.group(1))
        if any(w.rstrip(".") in d["not_name_words"] or resolve_place(w, "en") for w in words):
            continue
        if resolve_place(m.group(1), "en"):
            continue
        title_m = d["title_after"].match(text, e)
        raw = title_m.group(1).strip() if title_m else ""
        has_title = bool(raw and d["title_word"].match(raw) and d["org_link"].search(raw))
        before = text[max(0, s - 40):s]
        opens = bool(d["sentence_start"].search(before))
        said = bool(d["said_before"].search(before)) or bool(
            title_m and d["said_after"].match(text, title_m.end()) and opens
        )
        titled = bool(raw and d["title_word"].match(raw))
        if (has_title and (said or opens)) or (titled and _surname_speaks(text, words, e, d)):
            title = d["title_intro"].sub("", raw) if titled else None
            out.append(PersonMention(s, e, m.group(1), title, _org(title)))
    return out


def _titled_names(text: str, d: dict[str, Any], taken: list[Span], blocked: list[Span]) -> list[PersonMention]:
    """A foreign name of two to four words after a capitalised title, ending where the
    clause does: "Prime Minister Maria Lopez, President Omar Ali and ..."."""
    out: list[PersonMention] = []
    for m in d["titled_name"].finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()
        if any(a < e and s < b for a, b in taken) or inside((s, e), blocked):
            continue
        if any(m.group(1) in text[a:b] for a, b in taken):
            continue  # "Professor José Medeiros": a short form of a name found in full
        if any(w in d["not_name_words"] for w in words) or d["not_after"].match(text, e - len(words[-1]) - 1):
            continue
        title = text[m.start():s].strip()
        out.append(PersonMention(s, e, m.group(1), title, None))
    return out


def _surname_speaks(text: str, words: list[str], after: int, d: dict[str, Any]) -> bool:
    """The name's last word(s) come back alone next to a speech verb: "Rossi said"."""
    for n in (1, 2):
        if len(words) <= n:
            continue
        tail = re.escape(" ".join(words[-n:]))
        rx = (
            f"(?<![\\w-]){tail}[{_SP}]+(?:(?:{d['adverbs']})[{_SP}]+)?(?:{d['speech']})\\b"
            f"|\\b(?:{d['speech']})[{_SP}]+{tail}\\b"
        )
        if re.search(rx, text[after:]):
            return True
    return False


def _honorific_names(text: str, d: dict[str, Any], found: list[PersonMention]) -> list[PersonMention]:
    """"Mr. Wang", "President Xi": the bare surname names a person where no full name
    with that surname is in the text; after a title it must be a pinyin surname."""
    surnames = {w for p in found for w in p.name.split()}
    out: list[PersonMention] = []
    for m in d["honorific"].finditer(text):
        name = m.group(3)
        if name in surnames or name in d["not_name_words"]:
            continue
        if m.group(2) and name.lower() not in d["surnames"]:
            continue
        out.append(PersonMention(m.start(3), m.end(3), name, m.group(1), None))
    return out


def _editor_names(text: str, d: dict[str, Any], found: list[PersonMention]) -> list[PersonMention]:
    """One-word names in an editors' byline: "(Web editor: Xiaoyu, Li Ming)"."""
    taken = [(p.start, p.end) for p in found]
    out: list[PersonMention] = []
    for m in d["editors"].finditer(text):
        for w in re.finditer(r"\b[A-Z][a-z]+\b", m.group(1)):
            s, e = w.start() + m.start(1), w.end() + m.start(1)
            if any(a <= s < b for a, b in taken) or w.group() in d["not_names"]:
                continue
            if text[e:e + 2].strip()[:1] not in ("", ",", ")") or not parses_as_pinyin(w.group(), d["syllables"]):
                continue  # a one-word item only: "Liang Jun" is read as a pair
            out.append(PersonMention(s, e, w.group(), None, None))
    return out


def _share_list_titles(text: str, found: list[PersonMention]) -> None:
    """"Reporters Wang Wei and Li Ming": the title before a list belongs to every name in it."""
    for prev, cur in zip(found, found[1:], strict=False):
        if cur.title is None and prev.title and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[prev.end:cur.start]):
            if text[max(0, prev.start - len(prev.title) - 2):prev.start].strip().endswith(prev.title):
                cur.title = prev.title


def _org(title: str | None) -> str | None:
    if not title or " of " not in title:
        return None
    return title.split(" of ", 1)[1].strip() or None
