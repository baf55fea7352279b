"""Entities: places, organisations, cooperation platforms and numbered slogans.

Two sources, the profile's lists first:

* known names: every zh/en form of the gazetteer (``places.json``), the known
  organisations and platforms and the slogan glossary, resolved to their id;
* patterns, for what no list holds: a quoted short phrase led by a number
  (“两个确立”, "two safeguards"), 一X两Y formulas (一基地三区, "one base, three
  zones"), Five-Year Plans and Party congresses (十四五, "20th National
  Congress"), number labels (871工程), and names ending in an organisation or
  platform suffix (…委员会, …科技园, …Commission, …Science Park).  Their words
  live in the ``patterns`` block of each profile file.

Spans do not overlap: the longer wins, then the known name, then slogan >
platform > org > place.  The quantities stage skips numbers inside these
spans, so slogan spans cover the number and little else.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..model import Document, EntityMention
from ..patterns import alternation

_HAN = "\u3400-\u9fff"
_SP = "[ \u00a0]"
_HAS_HAN = re.compile(f"[{_HAN}]")
_HAS_LATIN = re.compile("[A-Za-z]{3}")
_RANK = {"slogan": 0, "platform": 1, "org": 2, "place": 3}
_SOURCES = (("glossary", "slogan"), ("platforms", "platform"), ("orgs", "org"), ("places", "place"))

Candidate = tuple[int, int, str, "str | None", bool]  # start, end, type, ref, known


def stage(doc: Document, profile: Any = None) -> Document:
    name = getattr(profile, "name", None) or "jjj"
    doc.entities = find_entities(doc.text, name)
    return doc


def find_entities(text: str, profile_name: str = "jjj") -> list[EntityMention]:
    """Every entity mention of ``text``, non-overlapping, in text order."""
    lex = _lexicon(profile_name)
    cands: list[Candidate] = []
    # a script absent from the text needs no scan: most documents are one language
    langs = {lang for lang, rx in (("zh", _HAS_HAN), ("en", _HAS_LATIN)) if rx.search(text)}
    for lang in langs:
        rx = lex[f"{lang}_known"]
        for m in rx.finditer(text) if rx is not None else ():
            typ, ref = lex["forms"][_form_key(m.group(1))]
            cands.append((m.start(1), m.end(1), typ, ref, True))
    for typ, lang, rx in lex["patterns"]:
        if lang not in langs:
            continue
        for m in rx.finditer(text):
            start, end = m.span("x")
            spans = _split_en_names(text, start, end, lex) if typ in ("org", "platform") else [(start, end)]
            cands.extend((s, e, typ, None, False) for s, e in spans if _plausible(text, s, e, typ, lex))
    return _resolve(text, cands, lex)


def _resolve(text: str, cands: list[Candidate], lex: dict[str, Any]) -> list[EntityMention]:
    """Keep the longest of overlapping candidates, known names before pattern hits."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), not c[4], _RANK[c[2]], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[EntityMention] = []
    for s, e, typ, ref, _known in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        surface = text[s:e]
        if ref is None:  # a pattern hit may still be a known name in another form
            ref = lex["forms"].get(_form_key(surface), (typ, None))[1]
        item = lex["items"].get(ref, {}) if ref else {}
        out.append(EntityMention(s, e, typ, surface, ref, item.get("zh"), item.get("en")))
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _form_key(surface: str) -> str:
    return re.sub(r"[\s'’\-–—‐]+", "", surface.lower())


def _split_en_names(text: str, s: int, e: int, lex: dict[str, Any]) -> list[tuple[int, int]]:
    """Drop leading function words ("The", "In") and cut two names joined by "and":
    "the Commerce Bureau and Nankai University" is two organisations, while
    "Development and Reform Commission" is one (no suffix before its "and")."""
    parts: list[tuple[int, int]] = []
    start = s
    for j in re.finditer(r"\s+and\s+", text[s:e]):
        if lex["en_suffix"].search(text, start, s + j.start()):
            parts.append((start, s + j.start()))
            start = s + j.end()
    parts.append((start, e))
    out = []
    for a, b in parts:
        m = lex["en_leading"].match(text, a, b)
        out.append((m.end() if m else a, b))
    return out


def _plausible(text: str, s: int, e: int, typ: str, lex: dict[str, Any]) -> bool:
    if e - s < 2:
        return False
    if typ == "slogan":
        # a quoted multi-digit number is a quantity in quotes (“1000万吨”, “二十二连丰”);
        # a single numeral leads a slogan (“两个确立”, “1+N”)
        return not lex["quoted_count"].match(text, s, e)
    # 3家国家实验室: a numeral and a measure word before make a counted noun, no name
    return not (typ in ("org", "platform") and lex["counted_before"].search(text, max(0, s - 3), s))


@cache
def _lexicon(profile_name: str) -> dict[str, Any]:
    """Known forms and compiled patterns of one profile, built once per process."""
    from ..profiles import load_profile

    prof = load_profile(profile_name)
    forms: dict[str, tuple[str, str]] = {}
    items: dict[str, dict[str, Any]] = {}
    by_lang: dict[str, list[str]] = {"zh": [], "en": []}
    for stem, typ in _SOURCES:
        for item in _items(prof, stem):
            items.setdefault(item["id"], item)
            for lang, bucket in by_lang.items():
                for f in [item.get(lang), *item.get(f"{lang}_variants", [])]:
                    # one-character forms (京, 津, 党) are read only through their full names
                    if not f or len(f) < (2 if lang == "zh" else 3) or _form_key(f) in forms:
                        continue
                    forms[_form_key(f)] = (typ, item["id"])
                    bucket.append(f)
    g = _words(prof, "glossary")
    num, measure = g.get("zh_numerals", ""), g.get("zh_measure_words", "")
    suffixes = _words(prof, "orgs").get("en_suffixes", []) + _words(prof, "platforms").get("en_suffixes", [])
    return {
        "forms": forms,
        "items": items,
        "zh_known": _alternation(by_lang["zh"], "(", ")"),
        "en_known": _alternation(by_lang["en"], r"(?<![\w-])(?<!\w['’])(", r")(?![\w-]|['’](?!s\b)\w)", re.I),
        "patterns": _slogan_patterns(g) + _name_patterns(prof),
        "quoted_count": re.compile(
            rf"(?:\d[\d.]+|[{num}]{{2,}}(?![{num}]*五))[万亿千百]*[{measure}{g.get('zh_count_words', '')}]"),
        "counted_before": re.compile(rf"[\d{num}][{measure}家]$"),
        "en_leading": re.compile(f"(?:(?:{_alt(_words(prof, 'orgs').get('en_leading_words', []))}){_SP}+)+"),
        "en_suffix": re.compile(rf"\b(?:{_alt(suffixes)})\b"),
    }


def _items(prof: Any, stem: str) -> list[dict[str, Any]]:
    data = prof.data(stem)
    return list(data.get("items", [])) if isinstance(data, dict) else []


def _words(prof: Any, stem: str) -> dict[str, Any]:
    """The ``patterns`` block of one profile file: the words its patterns are made of."""
    data = prof.data(stem)
    return dict((data.get("patterns") or {}) if isinstance(data, dict) else {})


def _alt(words: list[str]) -> str:
    """A regex alternation, longest first; one that never matches when empty."""
    return alternation(words) or "(?!)"


def _alternation(forms: list[str], pre: str, post: str, flags: int = 0) -> re.Pattern[str] | None:
    if not forms:
        return None
    # Grouped by first character behind a lookahead, so that at each position only
    # the forms that can start there are tried: hundreds of names stay fast.
    groups: dict[str, list[str]] = {}
    for f in sorted(set(forms), key=len, reverse=True):
        groups.setdefault(f[0].lower() if flags & re.I else f[0], []).append(_flexible(f))
    body = "|".join(f"(?={re.escape(first)})(?:{'|'.join(alts)})" for first, alts in groups.items())
    return re.compile(pre + body + post, flags)


def _flexible(form: str) -> str:
    # "Xiong'an" also as "Xiong’an", "Beijing-Tianjin" also with an en dash or a space
    out = []
    for ch in form:
        if ch in "'’":
            out.append("['’]")
        elif ch in "-–—":
            out.append("[-–—‐ ]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _slogan_patterns(g: dict[str, Any]) -> list[tuple[str, str, re.Pattern[str]]]:
    n, measure = g.get("zh_numerals", "一二三"), g.get("zh_measure_words", "个")
    en_num = _alt(g.get("en_numerals", []))
    cap_num = _alt([w.capitalize() for w in g.get("en_numerals", [])])
    # one group of a formula: one or two characters, not a numeral, not a measure word
    group = f"(?![{measure}])(?:(?![{n}])[{_HAN}]){{1,2}}?"
    prefix = f"(?:{_alt(g.get('zh_slogan_prefixes', []))})?"
    en_prefix = f"(?:(?:{_alt(g.get('en_slogan_prefixes', []))})\\s+)?"
    zh = [
        # “两个确立” “十项行动” “新两翼” “4+N”: a quoted phrase led by a number
        rf"[“\"‘「](?P<x>{prefix}(?:[{n}]+|\d+(?:\+\d*[A-Za-z]?)*)[{_HAN}A-Za-z+]{{1,8}})[”\"’」]",
        # “23·7”: an event named by its date
        r"[“\"](?P<x>\d{1,2}[·•．.]\d{1,2})[”\"]",
        # 一基地三区, 三城一区, 一核两翼: at least two numbered groups
        rf"(?<![{n}\d])(?P<x>[{n}]{group}(?:[{n}]{group}){{1,3}})"
        rf"(?=[^{_HAN}]|{_alt(g.get('zh_formula_followers', []))})",
        # 十四五 (规划)
        rf"(?P<x>十[一二三四五六七八九]五)(?=[”\"]?(?:{_alt(g.get('zh_plan_followers', []))}|[”\"]))",
        # 二十大, 党的十九大; not 十大产业
        rf"(?P<x>(?:{_alt(g.get('zh_congress_prefixes', []))})?(?:[二三]十[一二三四五六七八九]?|十[一二三四五六七八九])大)"
        rf"(?![{_HAN}]?(?:{_alt(g.get('zh_not_congress_followers', []))}))",
        # 871工程: a number naming a programme
        rf"(?<![\d.])(?P<x>\d{{2,4}}(?:{_alt(g.get('zh_programme_words', []))}))(?![{_HAN}])",
    ]
    en = [
        # "two safeguards", “Ten Actions”: quoted and led by a number word
        rf"(?i:(?:“|‘|(?<![\w.,])\")(?P<x>{en_prefix}(?:{en_num}|\d+)\b[^“”\"‘’\n]{{2,50}}?)[”\"’])",
        # Ten Actions, Two Establishes: a capitalised number word leading capitalised words
        rf"\b(?P<x>(?:{cap_num})(?:{_SP}[A-Z][a-z]+){{1,3}})\b",
        # one base, three zones; one core, two belts and three rings
        rf"(?i:\b(?P<x>(?:{en_num})\s+[a-z]+(?:\s+[a-z]+)?,\s*(?:{en_num})\s+[a-z]+"
        rf"(?:(?:,\s*|\s+and\s+)(?:{en_num})\s+[a-z]+)*))",
        # 14th Five-Year Plan, 20th National Congress
        rf"(?i:\b(?P<x>\d{{1,2}}(?:st|nd|rd|th){_SP}(?:{_flexible_alt(g.get('en_ordinal_labels', []))}))\b)",
        # 871 ecological project (not "120 projects")
        rf"(?<![\d.,])\b(?P<x>\d{{3,4}}{_SP}(?:[a-z]+{_SP})?(?:{_alt(g.get('en_programme_words', []))}))\b(?!s)",
    ]
    return [("slogan", "zh", re.compile(p)) for p in zh] + [("slogan", "en", re.compile(p)) for p in en]


def _suffix_alt(suffixes: list[str], not_before: dict[str, str]) -> str:
    """An alternation of name suffixes, each kept from the characters that make it
    another word: 局 after 大/布/格 is 大局, 布局, 格局, no bureau."""
    parts = []
    for suf in sorted(set(suffixes), key=len, reverse=True):
        chars = not_before.get(suf, "")
        parts.append((f"(?<![{re.escape(chars)}])" if chars else "") + re.escape(suf))
    return "|".join(parts) or "(?!)"


def _flexible_alt(forms: list[str]) -> str:
    return "|".join(_flexible(f) for f in sorted(set(forms), key=len, reverse=True)) or "(?!)"


def _name_patterns(prof: Any) -> list[tuple[str, str, re.Pattern[str]]]:
    """Organisations and platforms ending in a suffix; English places ending in District."""
    o, p, pl = _words(prof, "orgs"), _words(prof, "platforms"), _words(prof, "places")
    places = [f for item in _items(prof, "places") for f in [item.get("zh"), *item.get("zh_variants", [])]
              if f and len(f) >= 2]
    anchor = _alt(places + o.get("zh_anchors", []))
    # the middle of a name holds no function word: 北京市推动…的部署 is no organisation
    # nor a numeral but an ordinal: 北京市新建五个产业园 counts parks, 天津市第二中心医院 is one
    num = _words(prof, "glossary").get("zh_numerals", "")
    breakers = o.get("zh_name_breakers", "的") + num
    mid = f"(?:{_alt(o.get('zh_name_keeps', []))}|{re.escape(o.get('zh_ordinal_prefix', '第'))}[{num}]+|(?![{breakers}])[{_HAN}]){{0,10}}?"
    conn = _alt(o.get("en_connectors", []))
    cap_run = rf"(?:[A-Z][\w'’&.-]*{_SP}(?:(?:{conn}){_SP})*){{1,8}}"
    return [
        ("platform", "zh", re.compile(rf"(?P<x>(?:{anchor})[-—–]?{mid}(?:{_alt(p.get('zh_suffixes', []))}))")),
        ("org", "zh", re.compile(
            rf"(?P<x>(?:{anchor}){mid}"
            rf"(?:{_suffix_alt(o.get('zh_suffixes', []), o.get('zh_not_before_suffix', {}))}))"
            rf"(?![{o.get('zh_not_after', '')}])")),
        ("platform", "en", re.compile(rf"(?P<x>{cap_run}(?:{_alt(p.get('en_suffixes', []))}))\b")),
        ("org", "en", re.compile(rf"(?P<x>{cap_run}(?:{_alt(o.get('en_suffixes', []))}))\b")),
        ("place", "en", re.compile(
            rf"\b(?P<x>[A-Z][a-z'’]+(?:{_SP}[A-Z][a-z'’]+)?{_SP}(?:{_alt(pl.get('en_suffixes', []))}))\b")),
    ]
