"""A Chinese text cut by jieba, asked where personal names start and end.

jieba's ``nr`` tag alone is no proof of a name (it tags 养老 or 蓝天 so), but
its cuts are good evidence of where a name ends once a title or a cue says a
name is there.  Everything built from ``lang.names`` is built once per process.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from ..lang import names as N
from ..patterns import alternation as alt

HAN = "\u3400-\u9fff"
IS_HAN = re.compile(f"[{HAN}]")
_SPACE = " \u3000\u00a0"
# tags jieba gives names it does not know as such (钟南山 ns, 郭宗喆 x)
_NAME_TAGS = frozenset({"ns", "nz", "x"})
# jieba tags of conjunctions, prepositions, pronouns, adverbs and particles
_FUNCTION_TAGS = frozenset({"c", "p", "r", "d", "u", "uj", "ul", "uz", "ug", "uv", "ud"})
_PARTICLE_TAGS = frozenset({"u", "uj", "ul", "uz", "ug", "uv", "ud", "y"})
# ... and of verbs, times, numerals and directions: a "given name" that is one
# of these (富|起来, 走|下去) makes no name
_NOT_GIVEN_TAGS = _FUNCTION_TAGS | {"v", "vd", "vg", "t", "tg", "m", "mq", "q", "f", "a", "ad"}


@cache
def tables() -> dict[str, Any]:
    """Sets and regexes of the Chinese rules."""
    titles = (*N.TITLES_ZH, *N.OCCUPATIONS_ZH)
    byline = alt(N.BYLINE_CUES_ZH)
    return {
        "surnames": set(N.SURNAMES_ZH),
        "compound": set(N.COMPOUND_SURNAMES_ZH),
        "title_at": re.compile(f"(?:{alt(N.TITLES_ZH)})"),
        "title_end": re.compile(f"(?:{alt(titles)})$"),
        "title": re.compile(f"(?:{alt(titles)})[{_SPACE}]*[:：]?[{_SPACE}]*(?=[{HAN}])"),
        "occupation": frozenset(N.OCCUPATIONS_ZH) - frozenset(N.TITLES_ZH),
        "after": re.compile(f"(?:{alt(N.AFTER_CUES_ZH)})"),
        "title_after_end": re.compile(f"(?:{alt(N.TITLES_AFTER_ZH)})$"),
        "title_after_at": re.compile(f"(?:{alt(N.TITLES_AFTER_ZH)})"),
        "strong_at": re.compile(f"(?:{alt(N.STRONG_AFTER_ZH)})"),
        "ideology_at": re.compile(f"(?:{alt(N.IDEOLOGY_AFTER_ZH)})"),
        "follower_at": re.compile(f"(?:{alt(N.NAME_FOLLOWERS_ZH)})"),
        "adverb_end": re.compile(f"(?:{alt(N.ADVERBS_BEFORE_CUE_ZH)})$"),
        "honorific": re.compile(f"([{''.join(N.SURNAMES_ZH)}])(?:{alt(N.HONORIFICS_ZH)})(?![{HAN}])"),
        "byline": re.compile(
            f"[（(【\\[][{_SPACE}]*(?:[{HAN}]{{2,16}}(?:{alt(N.NEWSROOM_ENDS_ZH)})[{_SPACE}]+)?"
            f"(?:(?:{byline})[{_SPACE}]*[:：]?[{_SPACE}]*)?"
            f"([{HAN}]{{2,4}}(?:[{_SPACE}、,，]+[{HAN}]{{2,4}})*)[{_SPACE}]*[)）】\\]]"
        ),
        "byline_cue": re.compile(
            f"(?:{byline})[{_SPACE}]*[:：]?[{_SPACE}]*([{HAN}]{{2,4}}(?:[{_SPACE}、]+(?!{byline})[{HAN}]{{2,4}})*)"
        ),
        "byline_has_cue": re.compile(f"(?:{byline})|(?:{alt(N.NEWSROOM_ENDS_ZH)})[{_SPACE}]"),
        "media_byline": re.compile(
            f"^[{_SPACE}]*[{HAN}]{{0,10}}(?:{alt(N.NEWSROOM_ENDS_ZH)})[{_SPACE}]+"
            f"([{HAN}]{{2,4}}(?:[{_SPACE}]+[{HAN}]{{2,4}})*)[{_SPACE}]*$",
            re.M,
        ),
        "name_list": re.compile(f"[{HAN}]{{2,}}(?:、[{HAN}]{{2,4}})+"),
    }


@cache
def tagger() -> Any:
    """A jieba of our own, its dictionary knowing the titles and cues (组长, 到会指导)
    so that it cuts names off them; the shared default instance stays untouched."""
    import rjieba  # imported here: the CLI starts without it

    jieba = rjieba.Jieba()
    for word in (*N.TITLES_ZH, *N.OCCUPATIONS_ZH, *N.AFTER_CUES_ZH, *N.ADVERBS_BEFORE_CUE_ZH):
        if len(word) > 1:
            jieba.add_word(word, None, None)
    return jieba


@lru_cache(maxsize=4096)
def _tag_alone(word: str) -> str | None:
    """jieba's tag of ``word`` read on its own, or None when it cuts it."""
    tagged = tagger().tag(word)
    return tagged[0][1] if len(tagged) == 1 else None


class ZhDoc:
    """One Chinese text with its jieba tokens."""

    def __init__(self, text: str, exclude: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.exclude = exclude  # place names that look like names (武清, 安新)
        self.d = tables()
        self.starts: set[int] = set()
        self.nr: dict[int, int] = {}  # start -> end of tokens tagged as names
        self.word: dict[int, tuple[int, str]] = {}  # start -> (end, tag)
        pos = 0
        for tok, tag in tagger().tag(text):
            end = pos + len(tok)
            self.starts.add(pos)
            self.word[pos] = (end, tag)
            if tag.startswith("nr"):
                self.nr[pos] = end
            pos = end
        self.starts.add(pos)

    def han(self, i: int) -> bool:
        return 0 <= i < len(self.text) and bool(IS_HAN.match(self.text[i]))

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

    def is_common_word(self, s: int, e: int, function_first: bool = True) -> bool:
        """jieba reads the span as an ordinary word (单位, 党员) or, with ``function_first``,
        as a function word followed by one (和|其他, 向|全会), not as a name."""
        w = self.word.get(s)
        if w is not None and w[0] == e and w[1] not in _NAME_TAGS and not w[1].startswith("nr"):
            return True
        if w is not None and w[0] - s >= 2 and w[0] < e and not w[1].startswith("nr"):
            return True  # 全面|学: the "surname" begins an ordinary word
        if w is not None and w[0] > e and w[1] not in _NAME_TAGS and not w[1].startswith("nr"):
            return True  # 全体出席: the span cuts an ordinary word
        if e - s == 2 and self.text[s] == self.text[s + 1]:
            return True  # 殷殷, 常常: reduplicated words, hardly ever a name
        last = self.word.get(e - 1)
        if last is not None and last[0] == e and last[1] in _PARTICLE_TAGS:
            return True  # 来|了, 高|的: a particle ends no name
        if w is not None and w[0] == s + 1 and w[1] in _FUNCTION_TAGS:
            rest = self.word.get(s + 1)
            if rest is None or rest[0] != e or rest[1].startswith("nr"):
                return False
            # after a title, a surname that is also a pronoun stays a surname before a
            # name-like word (任|长春), never before an ordinary one (和|其他)
            return function_first or rest[1] not in _NAME_TAGS
        return False

    def is_dict_word(self, s: int, e: int) -> bool:
        """A two-character span jieba's dictionary holds (蓝天, 高峰): doubtful as a name."""
        return e - s == 2 and bool(tagger().has_word(self.text[s:e]))

    def is_known_word(self, s: int, e: int) -> bool:
        """jieba's dictionary holds the span (王府, 张家口)."""
        return bool(tagger().has_word(self.text[s:e]))

    def cuts_word(self, s: int, e: int, but: int = -1) -> bool:
        """An ordinary jieba word starts inside ``[s, e)`` and runs past ``e`` (薛祥出|席),
        though not one that ends at ``but``."""
        for i in range(s + 1, e):
            w = self.word.get(i)
            if w is not None and w[0] > e and w[0] != but and not w[1].startswith("nr"):
                return True
        return False

    def ends_in_word(self, s: int, e: int) -> bool:
        """The span ends in an adverb or a time word of two or more characters (林|先后)."""
        for i in range(s + 1, e - 1):
            w = self.word.get(i)
            if w is not None and w[0] == e and w[1] in _FUNCTION_TAGS | {"t", "f", "m"}:
                return True
        return False

    def given_is_word(self, s: int, e: int) -> bool:
        """What follows the surname is a verb, an adverb or a time word (富|起来): no given name."""
        start = s + self.surname_len(s)
        if e - start < 2:
            return False  # 王刚: one character says too little (刚 is also an adverb)
        return _tag_alone(self.text[start:e]) in _NOT_GIVEN_TAGS

    def cue_after(self, e: int, strong: bool = False) -> bool:
        return bool(self.d["strong_at" if strong else "after"].match(self.text, e))

    def follower_after(self, e: int) -> bool:
        return not self.han(e) or bool(self.d["follower_at"].match(self.text, e)) or self.cue_after(e)

    def name_end(self, s: int) -> int | None:
        """Where the name starting at ``s`` (right after a title) ends, or None when it is no name."""
        ends = self.ends(s)
        if not ends:
            return None
        for e in reversed(ends):  # 陈敏尔作说明: the cue decides
            if self.cue_after(e, strong=True) and not self.is_common_word(s, e):
                return e
        if self.d["title_after_at"].match(self.text, ends[0]):
            return ends[0]  # 校长常进院士: a title on both sides outweighs jieba's word (常|进)

        if self.surname_len(s) == 2 and len(ends) == 2 and not self.cue_after(ends[0]):
            return ends[1]  # 欧阳明远: compound surnames mostly take two more characters
        for e in reversed(ends):  # 经理李家辉、: punctuation right after decides before jieba's cut
            if not self.han(e):
                return None if self.is_common_word(s, e) else e
        if self._follows_name(s, ends[-1]):  # 书记舒雅群在…: jieba may cut the name short
            return ends[-1]
        nr = self.nr.get(s)
        if nr == ends[-1] and len(ends) == 2 and self.text[nr - 1] in N.PREPOSITIONS_AFTER_NAME_ZH:
            nr = ends[0]  # 鞠丽|向采访团: jieba glued the preposition on
        if nr in ends and not self.is_common_word(s, nr) and nr not in self.nr:
            return nr  # (not when jieba cuts it into two name-like halves)
        for e in ends:  # 市长张工等 (the list end before punctuation)
            if self.text[e] == N.LIST_END_ZH and not self.han(e + 1):
                return None if self.is_common_word(s, e) else e
        for e in reversed(ends):  # 区长郭宗喆主持: a title before and a cue after
            if self.cue_after(e) and not self.is_common_word(s, e):
                return e
        for e in reversed(ends):  # 主席覃明远及…, 技师王刚被授予…: a word that follows names
            if self._follows_name(s, e):
                return e
        return None

    def _follows_name(self, s: int, e: int) -> bool:
        if e - s > 2 and self.d["follower_at"].fullmatch(self.text, e - 1, e):
            return False  # 罗辉等|致辞: the follower is no part of the name
        follower = self.d["follower_at"].match(self.text, e)
        but = follower.end() if follower else -1  # 崔述|强率: jieba glued the follower (率) on
        return self.follower_after(e) and not self.is_common_word(s, e, False) and not self.cuts_word(s, e, but)

    def split_run(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """Cut ``text[start:end]`` into names (张工王常松), preferring jieba's own cuts."""
        best: dict[int, tuple[float, list[tuple[int, int]]]] = {start: (0.0, [])}
        for i in range(start, end):
            if i not in best:
                continue
            score, pieces = best[i]
            if pieces and self.text[i] in N.PREPOSITIONS_AFTER_NAME_ZH:
                continue  # 郑丽|向来宾: a preposition after a name starts no second one
            for e in self.ends(i):
                if e > end or self.is_common_word(i, e) or self.ends_in_word(i, e):
                    continue
                if e < end and self.cuts_word(i, e):
                    continue
                gain = 1.0 + (1.0 if self.nr.get(i) == e else 0.0) + (0.5 if e in self.starts else 0.0)
                cand = (score + gain, pieces + [(i, e)])
                if e not in best or cand[0] > best[e][0]:
                    best[e] = cand
        return best[end][1] if end in best else None

    def unknown_name_at(self, s: int) -> int | None:
        """The end of a name jieba found by itself, with no cue at all (孔祥瑞在会上发言).

        Only three characters that jieba tags as a name without holding them in
        its dictionary: its dictionary's "names" are mostly words (高水平, 幸福感).
        """
        w = self.word.get(s)
        if w is None or not w[1].startswith("nr") or w[0] - s != 3 + (self.surname_len(s) == 2):
            return None
        e, text = w[0], self.text
        if not self.surname_len(s) or text[s] in N.WEAK_SURNAMES_ZH or text[e - 1] in N.NOT_NAME_LAST_ZH:
            return None
        if tagger().has_word(text[s:e]) or self.d["after"].match(text, e - 1):
            return None  # 王芳说, 韩雪摄: the cue rules read these
        if self.given_is_word(s, e):
            return None
        if any(text[i:j] in self.exclude for i in range(s, e) for j in range(i + 2, e + 1)):
            return None  # 向雄安: a place inside
        return e
