"""Persons: every mention of a named person, with the title written next to it.

Chinese names are found by their cues rather than by jieba's ``nr`` tag
alone, which also marks words such as 养老 or 蓝天: a title before the name
(市委书记陈敏尔), a cue after it (习近平总书记, 张工王常松出席, 戴冰摄) or a
byline ((于春沣 刘国栋), 责任编辑: 金鑫).  jieba only decides where a name
ends when the cue does not.  A name found once is then marked at every
occurrence in the document.

English names are pinyin pairs (Surname Given) checked against a surname list
and the pinyin syllables; a spelling that does not parse as pinyin (a typo
such as "Changshong") needs a title, a byline or a listed neighbour, and a
foreign name ("Jeffrey Sachs") a speech verb and a title.  A name only seen
in an ideology ("Mao Zedong Thought", 毛泽东思想) is no mention.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..lang import names as N
from ..model import Document, EntityMention, PersonMention

_HAN = "\u3400-\u9fff"
# tags jieba gives names it does not know as such (钟南山 ns, 郭宗喆 x)
_NAME_TAGS = frozenset({"ns", "nz", "x"})
# jieba tags of conjunctions, prepositions, pronouns, adverbs and particles
_FUNCTION_TAGS = frozenset({"c", "p", "r", "d", "u", "uj", "ul", "uz", "ug", "uv", "ud"})
_IS_HAN = re.compile(f"[{_HAN}]")


def stage(doc: Document, profile: Any = None) -> Document:
    text = doc.text
    blocked = _blocked_spans(doc.entities)
    found: list[PersonMention] = []
    if _IS_HAN.search(text):
        found += zh_persons(text, blocked, _not_names(profile))
    if re.search(r"[A-Z][a-z]", text):
        found += en_persons(text, blocked)
    found.sort(key=lambda p: (p.start, p.end))
    doc.persons = found
    return doc


def _not_names(profile: Any) -> frozenset[str]:
    """Chinese place names of the profile's gazetteer, with and without their suffix."""
    name = getattr(profile, "name", None) or "jjj"
    return _place_words(name)


@cache
def _place_words(profile_name: str) -> frozenset[str]:
    from ..profiles import load_profile

    try:
        data = load_profile(profile_name).data("places")
    except ValueError:
        return frozenset()
    if not isinstance(data, dict):
        return frozenset()
    suffixes = sorted((data.get("patterns") or {}).get("zh_suffixes", []), key=len, reverse=True)
    strip = re.compile(f"(?:{'|'.join(map(re.escape, suffixes)) or '(?!)'})$")
    out: set[str] = set()
    for item in data.get("items", []):
        for w in [item.get("zh"), *item.get("zh_variants", [])]:
            if w:
                out.update((w, strip.sub("", w)))
    return frozenset(w for w in out if len(w) >= 2)


def _blocked_spans(entities: list[EntityMention]) -> list[tuple[int, int]]:
    # A name inside a known place or platform name (鲁班工坊 "Luban Workshop") is no
    # mention; spans found only by a suffix pattern are too loose to hide a person.
    return [(e.start, e.end) for e in entities if e.type in ("place", "platform") and e.ref]


def _inside(span: tuple[int, int], blocked: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e and (s, e) != span for s, e in blocked)


# ---------------------------------------------------------------- Chinese


@cache
def _zh() -> dict[str, Any]:
    """Regexes and sets built once per process."""
    alt = lambda words: "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))  # noqa: E731
    return {
        "surnames": set(N.SURNAMES_ZH),
        "compound": set(N.COMPOUND_SURNAMES_ZH),
        "title_at": re.compile(f"(?:{alt(N.TITLES_ZH)})"),
        "title_end": re.compile(f"(?:{alt(N.TITLES_ZH)})$"),
        "title": re.compile(f"(?:{alt(N.TITLES_ZH)})[ \u3000\u00a0]*[:：]?[ \u3000\u00a0]*(?=[{_HAN}])"),
        "after": re.compile(f"(?:{alt(N.AFTER_CUES_ZH)})"),
        "strong_at": re.compile(f"(?:{alt(N.STRONG_AFTER_ZH)})"),
        "ideology_at": re.compile(f"(?:{alt(N.IDEOLOGY_AFTER_ZH)})"),
        "byline": re.compile(
            f"[（(【\\[][ \u3000\u00a0]*(?:(?:{alt(N.BYLINE_CUES_ZH)})[ \u3000\u00a0]*[:：]?[ \u3000\u00a0]*)?"
            f"([{_HAN}]{{2,4}}(?:[ \u3000\u00a0、,，]+[{_HAN}]{{2,4}})*)[ \u3000\u00a0]*[)）】\\]]"
        ),
        "byline_cue": re.compile(
            f"(?:{alt(N.BYLINE_CUES_ZH)})[ \u3000\u00a0]*[:：]?[ \u3000\u00a0]*"
            f"([{_HAN}]{{2,4}}(?:[ \u3000\u00a0、]+[{_HAN}]{{2,4}})*)"
        ),
        "byline_has_cue": re.compile(f"(?:{alt(N.BYLINE_CUES_ZH)})"),
    }


@cache
def _tagger() -> Any:
    """A jieba of our own, its dictionary knowing the titles and cues (组长, 到会指导)
    so that it cuts names off them; the shared default instance stays untouched."""
    import rjieba  # imported here: the CLI starts without it

    jieba = rjieba.Jieba()
    for word in (*N.TITLES_ZH, *N.AFTER_CUES_ZH):
        if len(word) > 1:
            jieba.add_word(word, None, None)
    return jieba


class _ZhDoc:
    """One Chinese text with its jieba tokens, asked where names start and end."""

    def __init__(self, text: str, exclude: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.exclude = exclude  # place names that look like names (武清, 安新)
        self.d = _zh()
        self.starts: set[int] = set()
        self.nr: dict[int, int] = {}  # start -> end of tokens tagged as names
        self.word: dict[int, tuple[int, str]] = {}  # start -> (end, tag)
        pos = 0
        for tok, tag in _tagger().tag(text):
            end = pos + len(tok)
            self.starts.add(pos)
            self.word[pos] = (end, tag)
            if tag.startswith("nr"):
                self.nr[pos] = end
            pos = end
        self.starts.add(pos)

    def han(self, i: int) -> bool:
        return 0 <= i < len(self.text) and bool(_IS_HAN.match(self.text[i]))

    def surname_len(self, s: int) -> int:
        t = self.text
        if t[s:s + 2] in self.d["compound"]:
            return 2
        return 1 if s < len(t) and t[s] in self.d["surnames"] else 0

    def ends(self, s: int) -> list[int]:
        """Possible ends of a name starting at ``s``: a surname and one or two characters."""
        sl = self.surname_len(s)
        if not sl:
            return []
        return [e for e in (s + sl + 1, s + sl + 2) if all(self.han(i) for i in range(s, e))]

    def is_common_word(self, s: int, e: int) -> bool:
        """jieba reads the span as an ordinary word (单位, 党员) or as a function word
        followed by one (和|其他, 向|全会), not as a name."""
        w = self.word.get(s)
        if w is not None and w[0] == e and w[1] not in _NAME_TAGS and not w[1].startswith("nr"):
            return True
        if w is not None and w[0] - s >= 2 and w[0] < e and not w[1].startswith("nr"):
            return True  # 全面|学: the "surname" begins an ordinary word
        if w is not None and w[0] > e and w[1] not in _NAME_TAGS and not w[1].startswith("nr"):
            return True  # 全体出席: the span cuts an ordinary word
        if e - s == 2 and self.text[s] == self.text[s + 1]:
            return True  # 殷殷, 常常: reduplicated words, hardly ever a name
        if w is not None and w[0] == s + 1 and w[1] in _FUNCTION_TAGS:
            rest = self.word.get(s + 1)
            return rest is not None and rest[0] == e and not rest[1].startswith("nr")
        return False

    def is_dict_word(self, s: int, e: int) -> bool:
        """A two-character span jieba's dictionary holds (蓝天, 高峰): doubtful as a name."""
        return e - s == 2 and bool(_tagger().has_word(self.text[s:e]))

    def cuts_word(self, s: int, e: int) -> bool:
        """An ordinary jieba word starts inside ``[s, e)`` and runs past ``e`` (薛祥出|席)."""
        for i in range(s + 1, e):
            w = self.word.get(i)
            if w is not None and w[0] > e and not w[1].startswith("nr"):
                return True
        return False

    def cue_after(self, e: int, strong: bool = False) -> bool:
        return bool(self.d["strong_at" if strong else "after"].match(self.text, e))

    def name_end(self, s: int) -> int | None:
        """Where the name starting at ``s`` ends, or None when it is no name."""
        ends = self.ends(s)
        if not ends:
            return None
        for e in reversed(ends):  # 陈敏尔作说明: the cue decides
            if self.cue_after(e, strong=True) and not self.is_common_word(s, e):
                return e
        if self.surname_len(s) == 2 and len(ends) == 2 and not self.cue_after(ends[0]):
            return ends[1]  # 欧阳明远: compound surnames mostly take two more characters
        if s in self.nr and self.nr[s] in ends and not self.is_common_word(s, self.nr[s]):
            return self.nr[s]
        for e in ends:  # 市长张工, : the punctuation decides (or 等 and punctuation)
            if not self.han(e) or (self.text[e] == N.LIST_END_ZH and not self.han(e + 1)):
                return None if self.is_common_word(s, e) else e
        for e in reversed(ends):  # 区长郭宗喆主持: a title before and a cue after
            if self.cue_after(e) and not self.is_common_word(s, e):
                return e
        return None

    def split_run(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """Cut ``text[start:end]`` into names (张工王常松), preferring jieba's own cuts."""
        best: dict[int, tuple[float, list[tuple[int, int]]]] = {start: (0.0, [])}
        for i in range(start, end):
            if i not in best:
                continue
            score, pieces = best[i]
            for e in self.ends(i):
                if e > end or self.is_common_word(i, e) or (e < end and self.cuts_word(i, e)):
                    continue
                gain = 1.0 + (1.0 if self.nr.get(i) == e else 0.0) + (0.5 if e in self.starts else 0.0)
                cand = (score + gain, pieces + [(i, e)])
                if e not in best or cand[0] > best[e][0]:
                    best[e] = cand
        return best[end][1] if end in best else None


def _names_before(z: _ZhDoc, c: int, strong: bool) -> tuple[list[tuple[int, int]], int] | None:
    """The names written right before ``c`` and where their run starts, or None."""
    text, d = z.text, z.d
    r = c
    while r > 0 and z.han(r - 1) and c - r < 12:
        r -= 1
    for s in range(r, c - 1):
        after_title = bool(d["title_end"].search(text, max(0, s - 8), s))
        # a run starts at a boundary or after a title; else jieba must cut there
        if not (s == r or after_title):
            if not (s in z.starts and (z.nr.get(s) is not None or strong)):
                continue
        pieces = z.split_run(s, c)
        if not pieces:
            continue
        if len(pieces) == 1 and z.nr.get(s) != c:
            if not strong:
                continue  # 说/表示 alone: jieba must agree it is a name
            if s != r and not after_title:
                continue
        if any(text[a:b] in z.exclude for a, b in pieces):
            return None
        return pieces, s
    return None


def zh_persons(
    text: str, blocked: list[tuple[int, int]] | None = None, exclude: frozenset[str] = frozenset()
) -> list[PersonMention]:
    """Every mention of a person named in Chinese ``text``; ``exclude``: words that are no names."""
    z = _ZhDoc(text, exclude)
    d = z.d
    anchors: set[tuple[int, int]] = set()

    # 1. a title right before: 市委书记陈敏尔, 北京市市长 殷勇, 责任编辑: 金鑫
    for m in d["title"].finditer(text):
        s = m.end()
        e = z.name_end(s)
        if e is not None and text[s:e] not in exclude:
            anchors.add((s, e))

    # 2. a cue right after: a run of names ending at it (张工王常松出席, 习近平总书记),
    #    and the names listed before it (李强、赵乐际等出席)
    for m in d["after"].finditer(text):
        c = m.start()
        strong = bool(d["strong_at"].match(text, c))
        if c > 0 and text[c - 1] == N.LIST_END_ZH:
            c -= 1
        whole = False  # after a space only a run made wholly of names goes on the list
        while True:
            got = _names_before(z, c, strong)
            if not got or (whole and (z.han(got[1] - 1) or any(z.is_dict_word(a, b) for a, b in got[0]))):
                break
            pieces, r = got
            anchors.update(pieces)
            if r < 1 or text[r - 1] not in N.NAME_LIST_SEPARATORS_ZH:
                break
            # the list goes on before the 、 (or the space of a headline: 张工 王常松出席)
            c, strong, whole = r - 1, True, text[r - 1] != "、"

    # 3. bylines: (于春沣 刘国栋 马成 许凯), 本报记者 戴冰摄
    for rx in ("byline", "byline_cue"):
        for m in d[rx].finditer(text):
            group = m.group(1)
            has_cue = rx == "byline_cue" or bool(d["byline_has_cue"].search(m.group(0)))
            parts = [(mm.start() + m.start(1), mm.end() + m.start(1)) for mm in re.finditer(f"[{_HAN}]+", group)]
            if not has_cue and len(parts) < 2:
                continue
            for s, e in parts:
                if e - s >= 3 and text[e - 1] == N.PHOTO_BY_ZH:  # 戴冰摄: the photographer
                    e -= 1
                sl = z.surname_len(s)
                if sl and 2 <= e - s <= sl + 2 and not z.is_common_word(s, e):
                    anchors.add((s, e))
                elif rx == "byline_cue":
                    break

    anchors = {a for a in anchors if not _inside(a, blocked or [])}
    names = {text[s:e] for s, e in anchors if not d["ideology_at"].match(text, e)}
    if not names:
        return []
    out: list[PersonMention] = []
    rx = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    for m in rx.finditer(text):
        s, e = m.span()
        if (s, e) not in anchors and z.han(s - 1) and s not in z.starts and not d["title_end"].search(
            text, max(0, s - 8), s
        ):
            continue  # inside another word
        if _inside((s, e), blocked or []):
            continue
        title = _zh_title(text, s, d) or _zh_title_after(text, e, d)
        out.append(PersonMention(s, e, m.group(), title, _zh_org(title, d)))
    return out


_ZH_STOP = re.compile(r"[，,。；;：:\s（）()【】\[\]《》“”\"、]")


def _zh_title(text: str, s: int, d: dict[str, Any]) -> str | None:
    """The title written right before the name: 市委书记, 市委副书记、市长."""
    i = s
    while i > 0 and text[i - 1] in " \u3000\u00a0:：":
        i -= 1
    j = i
    while j > 0 and s - j < 40:
        ch = text[j - 1]
        if ch == "、" and d["title_end"].search(text, max(0, j - 9), j - 1):
            j -= 1  # 市委副书记、市长: both titles
            continue
        if _ZH_STOP.match(ch):
            break
        j -= 1
    # the title ends the stretch; cut anything before its organisation where a verb intervenes
    span = text[j:i]
    if not span or not d["title_end"].search(span):
        return None
    cut = max(span.rfind(v) for v in N.TITLE_BREAKS_ZH)
    return span[cut + 1:] if cut >= 0 and cut + 1 < len(span) else span


def _zh_title_after(text: str, e: int, d: dict[str, Any]) -> str | None:
    """A title written right after the name: 习近平总书记."""
    m = d["title_at"].match(text, e)
    return m.group() if m else None


def _zh_org(title: str | None, d: dict[str, Any]) -> str | None:
    if not title:
        return None
    head = d["title_end"].sub("", title.split("、")[-1])
    return head or None


# ---------------------------------------------------------------- English


@cache
def _en() -> dict[str, Any]:
    from .linking import pinyin_surnames_en, pinyin_syllables

    alt = lambda words: "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))  # noqa: E731
    return {
        "surnames": pinyin_surnames_en(),
        "syllables": pinyin_syllables(),
        "pair": re.compile(r"(?=\b([A-ZÜ][a-zü]{1,5})[ \u00a0]([A-Z][a-zü]+(?:['’\-](?!s\b)[a-zA-Z][a-z]+)?)\b)"),
        "other_name": re.compile(
            r"\b([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:[ \u00a0][A-Z]\.)?(?:[ \u00a0][A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2})(?=,)"
        ),
        "not_name_words": set(N.NOT_NAME_WORDS_EN),
        "said_after": re.compile(f",?\\s*(?:{alt(N.SPEECH_VERBS_EN)})\\b"),
        "org_link": re.compile(f"\\b(?:{alt(N.TITLE_ORG_LINKS_EN)})\\b"),
        "next_word": re.compile(r"[ \u00a0]+[A-Z][a-z]+\b(?!['’\-])"),
        "prev_word": re.compile(r"(?<![\w'’\-])[A-Z][a-z]+[ \u00a0]+$"),
        "not_after": re.compile(f"[ \u00a0]+(?:{alt(N.NOT_NAME_AFTER_EN)})\\b"),
        "ideology": re.compile(f"[ \u00a0]+(?:{alt(N.IDEOLOGY_AFTER_EN)})\\b"),
        "title_after": re.compile(
            f",\\s*((?:[^,.;:()“”\"\\n]|\\.(?=\\S)|,\\s*(?:{alt(N.COMPANY_TAILS_EN)})){{2,220}}?)"
            f"(?=\\s*(?:,|\\.\\s|\\.$|;|\\)|\\n| (?:{alt(N.TITLE_END_VERBS_EN)})\\b|$))"
        ),
        "title_word": re.compile(
            f"^(?:(?:{alt(N.TITLE_ARTICLES_EN)})\\s+)?(?:[\\w-]+\\s+){{0,3}}(?:{alt(N.TITLES_EN)})\\b", re.I),
        "title_before": re.compile(f"\\b((?:{alt(N.TITLES_EN)}))[ \u00a0]+$", re.I),
        "byline_before": re.compile(f"(?:{alt(N.BYLINE_CUES_EN)})[ \u00a0]*$"),
        "said_before": re.compile(f"\\b(?:{alt(N.SPEECH_VERBS_EN + N.SOURCE_CUES_EN)})[ \u00a0]+$"),
        "not_names": set(N.NOT_NAMES_EN),
    }


def _parses_as_pinyin(word: str, syllables: frozenset[str], most: int = 3) -> bool:
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


def en_persons(text: str, blocked: list[tuple[int, int]] | None = None) -> list[PersonMention]:
    """Every mention of a person named in English ``text``: pinyin names anywhere,
    other names where a speech verb and a title vouch for them."""
    d = _en()
    cands: list[tuple[int, int, bool]] = []  # start, end, strong
    for m in d["pair"].finditer(text):
        sur, given = m.group(1), m.group(2)
        if sur.lower().replace("ü", "v") not in d["surnames"] or f"{sur} {given}" in d["not_names"]:
            continue
        end = m.start() + len(sur) + 1 + len(given)
        if d["not_after"].match(text, end):
            continue
        nxt = d["next_word"].match(text, end)  # Wang Fu Jing Street: a three-word place
        if nxt and d["not_after"].match(text, nxt.end()):
            continue
        # Zhong Guan Cun, Jing Jin Ji: syllables spelled apart make a place, while a
        # mainland name is two words
        prev = d["prev_word"].search(text, max(0, m.start() - 12), m.start())
        if any(w and _parses_as_pinyin(w.group().strip(), d["syllables"], 1) for w in (nxt, prev)):
            continue
        if m.start() > 0 and re.match(r"[A-Za-z'’\-]", text[m.start() - 1]):
            continue
        cands.append((m.start(), end, _parses_as_pinyin(given, d["syllables"])))

    out: list[PersonMention] = []
    for s, e, ok in cands:
        if _inside((s, e), blocked or []):
            continue
        before = text[max(0, s - 60):s]
        title_m = d["title_after"].match(text, e)
        title = title_m.group(1).strip() if title_m and d["title_word"].match(title_m.group(1).strip()) else None
        tb = d["title_before"].search(before)
        if title is None and tb:
            title = tb.group(1)
        listed = any(abs(s - c[1]) <= 6 or abs(c[0] - e) <= 6 for c in cands if c[2] and c[0] != s)
        cued = bool(title or d["byline_before"].search(before) or d["said_before"].search(before))
        if not (ok or cued or listed):
            continue  # "Wang Changshong" needs a title, a byline or a listed neighbour
        out.append(PersonMention(s, e, text[s:e], title, _en_org(title)))
    out += _en_other_names(text, d, [(p.start, p.end) for p in out], blocked or [])
    # an ideology-only name ("Mao Zedong Thought") is no person unless named elsewhere
    named = {p.name for p in out if not d["ideology"].match(text, p.end)}
    return sorted((p for p in out if p.name in named), key=lambda p: p.start)


def _en_other_names(
    text: str, d: dict[str, Any], taken: list[tuple[int, int]], blocked: list[tuple[int, int]]
) -> list[PersonMention]:
    """Names that are not pinyin ("Jeffrey Sachs"), only where a speech verb and a
    title vouch for them: 'said Jeffrey Sachs, a professor at ...' or
    'Jeffrey Sachs, a professor at ..., said'."""
    from .linking import resolve_place

    out: list[PersonMention] = []
    for m in d["other_name"].finditer(text):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken) or _inside((s, e), blocked):
            continue
        words = re.split(r"[ \u00a0]+", m.group(1))
        if any(w.rstrip(".") in d["not_name_words"] or resolve_place(w, "en") for w in words):
            continue
        if resolve_place(m.group(1), "en"):
            continue
        title_m = d["title_after"].match(text, e)
        title = title_m.group(1).strip() if title_m else ""
        if not title or not d["title_word"].match(title) or not d["org_link"].search(title):
            continue
        before = text[max(0, s - 40):s]
        said_before = bool(d["said_before"].search(before))
        said_after = bool(d["said_after"].match(text, title_m.end())) if title_m else False
        if said_before or (said_after and re.search(r"(?:^|[.!?”\"\n])\s*$", before)):
            out.append(PersonMention(s, e, m.group(1), title, _en_org(title)))
    return out


def _en_org(title: str | None) -> str | None:
    if not title or " of " not in title:
        return None
    return title.split(" of ", 1)[1].strip() or None
