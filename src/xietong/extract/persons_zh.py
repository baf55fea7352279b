"""Chinese names, found by what surrounds them.

A name is anchored by a title before it (市委书记陈敏尔, 高级技师王刚), a cue
after it (习近平总书记, 张工王常松出席, 戴冰摄), a byline ((于春沣 刘国栋),
责任编辑: 金鑫), a courtesy title (张女士), a 、-list it shares with an anchored
name (市领导张立伟、王文华), or jieba alone when it finds a three-character name
its dictionary does not hold (孔祥瑞在会上发言).  Where two anchors overlap, the
more reliable rule wins.  A name anchored once is then marked at every
occurrence in the document; a name seen only in an ideology (毛泽东思想) is no mention.
"""

from __future__ import annotations

import re

from ..lang import names as N
from ..model import PersonMention
from ..patterns import alternation
from .persons_base import Span, inside, overlaps
from .persons_zh_doc import HAN, ZhDoc, tables

# rules in the order of their reliability: an earlier one wins an overlap
_TITLE, _BYLINE, _CUE, _JIEBA, _LIST = range(5)


def zh_persons(
    text: str, blocked: list[Span] | None = None, exclude: frozenset[str] = frozenset()
) -> list[PersonMention]:
    """Every mention of a person named in Chinese ``text``; ``exclude``: words that are no names."""
    z = ZhDoc(text, exclude)
    found: dict[Span, int] = {}

    def add(spans: list[Span] | set[Span], rule: int) -> None:
        for span in spans:
            word = text[span[0]:span[1]]
            if word not in exclude and word not in N.ADVERBS_BEFORE_CUE_ZH and not inside(span, blocked or []):
                found[span] = min(rule, found.get(span, rule))

    add(_after_titles(z), _TITLE)
    add(_in_bylines(z), _BYLINE)
    add(_before_cues(z), _CUE)
    add(_unknown_to_jieba(z), _JIEBA)
    add(_with_honorifics(z, {text[s] for s, _ in found}), _JIEBA)
    add(_listed_with(z, set(found)), _LIST)
    anchors: set[Span] = set()
    for span, _ in sorted(found.items(), key=lambda kv: (kv[1], kv[0])):
        if not overlaps(span, anchors):
            anchors.add(span)
    return _mentions(z, anchors, blocked or [])


def _after_titles(z: ZhDoc) -> set[Span]:
    """市委书记陈敏尔, 北京市市长 殷勇, 责任编辑: 金鑫, 天津港工人孔祥瑞."""
    out: set[Span] = set()
    for m in z.d["title"].finditer(z.text):
        e = z.name_end(m.end())
        if e is None:
            continue
        # an occupation is a weaker cue than a title: 农民|富起来 is no name
        if m.group().rstrip(" \u3000\u00a0:：") in z.d["occupation"] and z.given_is_word(m.end(), e):
            continue
        out.add((m.end(), e))
    return out


def _before_cues(z: ZhDoc) -> set[Span]:
    """A run of names ending at a cue (张工王常松出席, 习近平总书记, 曹文林先后介绍) and the
    names listed before it (李强、赵乐际等出席)."""
    text, d = z.text, z.d
    out: set[Span] = set()
    for m in d["after"].finditer(text):
        c = m.start()
        strong = bool(d["strong_at"].match(text, c))
        for rx in ("adverb_end", "title_after_end"):  # 曹文林先后|介绍, 王春海博士|出席
            skip = d[rx].search(text, max(0, c - 5), c)
            if skip and skip.start() - 2 >= 0 and z.han(skip.start() - 1):
                c = skip.start()
        if c > 0 and text[c - 1] == N.LIST_END_ZH:
            c -= 1
        whole = False  # after a space only a run made wholly of names goes on the list
        while True:
            got = _names_before(z, c, strong)
            if not got or (whole and (z.han(got[1] - 1) or any(z.is_dict_word(a, b) for a, b in got[0]))):
                break
            pieces, r = got
            out.update(pieces)
            if r < 1 or text[r - 1] not in N.NAME_LIST_SEPARATORS_ZH:
                break
            # the list goes on before the 、 (or the space of a headline: 张工 王常松出席),
            # its next name maybe with a title of its own (廖东博士、潘秀云教授出席)
            c, strong, whole = r - 1, True, text[r - 1] != "、"
            title = d["title_after_end"].search(text, max(0, c - 5), c)
            c = title.start() if title else c
    return out


def _names_before(z: ZhDoc, c: int, strong: bool) -> tuple[list[Span], int] | None:
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


def _in_bylines(z: ZhDoc) -> set[Span]:
    """(于春沣 刘国栋 马成 许凯), 本报记者 戴冰摄, 编辑：罗明, and a line of its own
    naming a newsroom and its writer (某某融媒 张三)."""
    text, d = z.text, z.d
    out: set[Span] = set()
    for rx in ("byline", "byline_cue", "media_byline"):
        for m in d[rx].finditer(text):
            has_cue = rx != "byline" or bool(d["byline_has_cue"].search(m.group(0)))
            parts = [(p.start() + m.start(1), p.end() + m.start(1)) for p in re.finditer(f"[{HAN}]+", m.group(1))]
            if not has_cue and len(parts) < 2:
                continue
            for s, e in parts:
                if e - s >= 3 and text[e - 1] == N.PHOTO_BY_ZH:  # 戴冰摄: the photographer
                    e -= 1
                sl = z.surname_len(s)
                if sl and 2 <= e - s <= sl + 2 and not z.is_common_word(s, e):
                    out.add((s, e))
                elif rx != "byline":
                    break
    return out


def _unknown_to_jieba(z: ZhDoc) -> set[Span]:
    out: set[Span] = set()
    for s in sorted(z.starts):
        e = z.unknown_name_at(s)
        if e is not None:
            out.add((s, e))
    return out


def _with_honorifics(z: ZhDoc, surnames_named: set[str]) -> set[Span]:
    """张女士, 王先生: a surname with a courtesy title stands for a name, unless a
    full name with that surname is in the text (the same person, most likely)."""
    out: set[Span] = set()
    for m in z.d["honorific"].finditer(z.text):
        s = m.start()
        if m.group(1) not in surnames_named and (s == 0 or not z.han(s - 1) or s in z.starts):
            if not z.is_common_word(s, m.end()):
                out.add((s, m.end()))
    return out


def _listed_with(z: ZhDoc, named: set[Span]) -> set[Span]:
    """Names of a 、-list: all of them where the list looks like names throughout
    (``_all_names``), else those sharing the list with a name found otherwise
    (市领导张立伟、王文华、刁志武)."""
    text = z.text
    known = {text[s:e] for s, e in named}
    out: set[Span] = set()
    for m in z.d["name_list"].finditer(text):
        items: list[Span] = []
        pos = m.start()
        for part in m.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        loose = [_list_item(z, s, e, i == 0, i == len(items) - 1, False) for i, (s, e) in enumerate(items)]
        if _all_names(z, loose):
            out.update(c for c in loose if c is not None)
            continue
        cands = [_list_item(z, s, e, i == 0, i == len(items) - 1) for i, (s, e) in enumerate(items)]
        if _titled_list(z, cands):  # 市领导卢芬、…、代军、高利: a title vouches for every item
            cands = [c or _bare_name(z, s, e) for c, (s, e) in zip(cands, items, strict=True)]
        if any(c is not None and text[c[0]:c[1]] in known for c in cands):
            if sum(c is None for c in cands) <= len(cands) // 2:  # else a list of things
                out.update(c for c in cands if c is not None)
    return out


def _all_names(z: ZhDoc, cands: list[Span | None]) -> bool:
    """A list with no name found otherwise (钱立、孙广、周觉、吴建徽): three or more items,
    no two-character word of jieba's dictionary among them (王府、蓝天; ``_list_item``
    drops those) and no place (武清), two thirds of them tagged as names, and one
    at least unknown to the dictionary (张家口、承德 are known)."""
    if len(cands) < 3 or any(c is None for c in cands):
        return False
    spans = [c for c in cands if c is not None]
    if any(z.text[a:b] in z.exclude for a, b in spans):
        return False
    if all(z.is_known_word(a, b) for a, b in spans):
        return False
    return 3 * sum(z.nr.get(a) == b for a, b in spans) >= 2 * len(spans)


def _titled_list(z: ZhDoc, cands: list[Span | None]) -> bool:
    """A 、-list of four or more items opened by a title (市领导, 出席的有副市长), three
    fifths of them names by their own looks."""
    first = cands[0]
    if first is None or len(cands) < 4 or not z.d["title_end"].search(z.text, max(0, first[0] - 8), first[0]):
        return False
    return 5 * sum(c is not None for c in cands) >= 3 * len(cands)


def _bare_name(z: ZhDoc, s: int, e: int) -> Span | None:
    """A whole item of a titled list that reads as a name even where it is also a word
    (高利, 代军): a surname and one or two more characters, no place, no thing suffix."""
    if not z.surname_len(s) or not 2 <= e - s <= 3 or z.text[e - 1] in N.NOT_NAME_LAST_ZH:
        return None
    return None if z.text[s:e] in z.exclude else (s, e)


def _list_item(z: ZhDoc, s: int, e: int, first: bool, last: bool, strict: bool = True) -> Span | None:
    """The name an item of a 、-list holds: all of it, its tail (市领导|张立伟) when first,
    its head (沈立平|以及…) when last.  Not ``strict``: jieba's tag of the item does not count
    (周觉 is an "n"), the caller weighs the whole list."""
    title = z.d["title_after_end"].search(z.text, s, e)
    if title and title.start() - s >= 2:
        e = title.start()  # 潘秀云教授: the title written after the name
    starts = [e - n for n in (3, 2, 4) if e - n >= s] if first else [s]
    for a in starts:
        ends = [b for b in reversed(z.ends(a)) if b <= e] if last else [e]
        for b in ends:
            if b not in z.ends(a) or z.is_dict_word(a, b) or (strict and z.is_common_word(a, b)):
                continue
            if b < e and not z.follower_after(b):
                continue
            return (a, b)
    return None


def _mentions(z: ZhDoc, anchors: set[Span], blocked: list[Span]) -> list[PersonMention]:
    """Every occurrence of an anchored name, with the title written next to it."""
    text, d = z.text, z.d
    names = {text[s:e] for s, e in anchors if not d["ideology_at"].match(text, e)}
    if not names:
        return []
    out: list[PersonMention] = []
    rx = re.compile(alternation(names))
    for m in rx.finditer(text):
        s, e = m.span()
        if (s, e) not in anchors and z.han(s - 1) and s not in z.starts and not d["title_end"].search(
            text, max(0, s - 8), s
        ):
            continue  # inside another word
        if inside((s, e), blocked):
            continue
        title = _title_before(text, s) or _title_after(text, e)
        out.append(PersonMention(s, e, m.group(), title, _org(title)))
    return out


_STOP = re.compile(r"[，,。；;：:\s（）()【】\[\]《》“”\"、]")


def _title_before(text: str, s: int) -> str | None:
    """The title written right before the name: 市委书记, 市委副书记、市长."""
    title_end = tables()["title_end"]
    i = s
    while i > 0 and text[i - 1] in " \u3000\u00a0:：":
        i -= 1
    j = i
    while j > 0 and s - j < 40:
        ch = text[j - 1]
        if ch == "、" and title_end.search(text, max(0, j - 9), j - 1):
            j -= 1  # 市委副书记、市长: both titles
            continue
        if _STOP.match(ch):
            break
        j -= 1
    # the title ends the stretch; cut anything before its organisation where a verb intervenes
    span = text[j:i]
    if not span or not title_end.search(span):
        return None
    cut = max(span.rfind(v) for v in N.TITLE_BREAKS_ZH)
    return span[cut + 1:] if cut >= 0 and cut + 1 < len(span) else span


def _title_after(text: str, e: int) -> str | None:
    """A title written right after the name: 习近平总书记."""
    m = tables()["title_at"].match(text, e)
    return m.group() if m else None


def _org(title: str | None) -> str | None:
    if not title:
        return None
    head = tables()["title_end"].sub("", title.split("、")[-1])
    return head or None
