"""Cross-language identity: one person or place, written in Chinese and in English.

A Chinese name matches an English one when some pinyin reading of it, tones
dropped, equals the English spelling with case, spaces, hyphens and
apostrophes removed: 陈敏尔 = "Chen Min'er" = "Chen Miner" = "Min'er Chen".
Heteronyms count (曾 is Zeng or Ceng), and the usual slips of romanisation
are forgiven: a stray or missing h after z/c/s (王常松 = "Wang Changshong"),
n for ng, and u, v, yu for ü (吕 = Lü, Lv, Lyu).
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Any

from ..lang import names as N
from ..model import Alignment, Document

_SEP = re.compile(r"[\s'’\-‐.·•]+")


@cache
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (zhong, lv, er ...), from pypinyin's dictionary."""
    from pypinyin import Style
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    del Style  # the import checks pypinyin's version has the style module
    out: set[str] = set()
    for readings in pinyin_dict.values():
        for r in readings.split(","):
            n = to_normal(r).replace("ü", "v")
            if n.isascii() and n.isalpha():
                out.add(n)
    out.update({"lv", "lve", "nv", "nve", "yu", "yue", "lu", "nu"})
    return frozenset(out)


@cache
def pinyin_surnames_en() -> frozenset[str]:
    """The pinyin of every surname of ``lang.names``, lower-cased (wang, ouyang ...)."""
    out: set[str] = set()
    for s in itertools.chain(N.SURNAMES_ZH, N.COMPOUND_SURNAMES_ZH):
        for reading in _readings(s):
            out.add(reading)
    return frozenset(out)


@cache
def _readings(zh: str) -> list[str]:
    """All toneless readings of ``zh`` joined (heteronyms give several), capped."""
    from pypinyin import Style, pinyin

    per_char = pinyin(zh, style=Style.NORMAL, heteronym=True, errors="ignore")
    # a surname's reading is often not the first: 单 shan, 解 xie, 曾 zeng
    combos = itertools.islice(itertools.product(*per_char), 64)
    return ["".join(c).replace("ü", "v").lower() for c in combos]


def _squash(en: str) -> str:
    return _SEP.sub("", en.lower()).replace("ü", "v").replace("u:", "v")


def same_person(zh_name: str, en_name: str) -> bool:
    """Whether ``en_name`` spells the Chinese ``zh_name`` (either name order)."""
    en = _squash(en_name)
    if not en or not zh_name:
        return False
    words = [w for w in _SEP.split(en_name.lower()) if w]
    variants = {en}
    if len(words) >= 2:  # "Min'er Chen": given name first
        variants.add("".join(words[-1:] + words[:-1]))
    readings = _readings(zh_name)
    if any(r in variants for r in readings):
        return True
    soft = {_soften(v) for v in variants}
    return any(_soften(r) in soft for r in readings)


_SOFT = ((re.compile(r"([zcs])h"), r"\1"), (re.compile(r"ng"), "n"), (re.compile(r"yu|v"), "u"))


def _soften(s: str) -> str:
    """A spelling with the letters romanisations confuse merged: zh/z, ng/n, ü/u."""
    for rx, rep in _SOFT:
        s = rx.sub(rep, s)
    return s


def link_persons(zh_doc: Document, en_doc: Document, alignment: Alignment | None = None) -> list[tuple[str, str]]:
    """Pairs (Chinese name, English name) naming the same person in two documents.

    Pinyin decides; with an alignment, a pair must also co-occur in some aligned
    sentence pair when either name has several pinyin matches (王丽/Wang Li vs
    汪莉/Wang Li).
    """
    zh_names = list(dict.fromkeys(p.name for p in zh_doc.persons))
    en_names = list(dict.fromkeys(p.name for p in en_doc.persons))
    matches = [(z, e) for z in zh_names for e in en_names if same_person(z, e)]
    if alignment is None or not alignment.pairs:
        return matches
    a_is_zh = not alignment.a_path or alignment.a_path == zh_doc.path or alignment.b_path == en_doc.path
    together: set[tuple[str, str]] = set()
    for pair in alignment.pairs:
        zs, es = (pair.a, pair.b) if a_is_zh else (pair.b, pair.a)
        zin = {p.name for p in zh_doc.persons if zs[0] <= p.start < zs[1]}
        ein = {p.name for p in en_doc.persons if es[0] <= p.start < es[1]}
        together.update((z, e) for z in zin for e in ein)
    out: list[tuple[str, str]] = []
    for z, e in matches:
        ambiguous = sum(1 for zz, _ in matches if zz == z) > 1 or sum(1 for _, ee in matches if ee == e) > 1
        if not ambiguous or (z, e) in together:
            out.append((z, e))
    return out


# ---------------------------------------------------------------- places


@cache
def _place_index(profile_name: str = "jjj") -> dict[str, dict[str, list[str]]]:
    """Surface form -> gazetteer ids, per language, from the profile's places and platforms."""
    from ..profiles import load_profile

    prof = load_profile(profile_name)
    index: dict[str, dict[str, list[str]]] = {"zh": {}, "en": {}}
    for stem in ("places", "platforms"):
        data: Any = prof.data(stem)
        for item in data.get("items", []) if isinstance(data, dict) else []:
            for lang in ("zh", "en"):
                forms = [item.get(lang)] + list(item.get(f"{lang}_variants", []))
                for f in forms:
                    if f:
                        key = place_key(f, lang)
                        ids = index[lang].setdefault(key, [])
                        if item["id"] not in ids:
                            ids.append(item["id"])
    return index


def place_key(text: str, lang: str) -> str:
    """The form places are compared in: lower-cased, no spaces, hyphens or apostrophes."""
    return _squash(text) if lang == "en" else re.sub(r"\s+", "", text)


def resolve_place(text: str, lang: str = "zh", profile_name: str = "jjj") -> str | None:
    """The gazetteer id of a place or platform mention: 通州 → "bj.tongzhou", "Xiongan" → "he.xiongan".

    An ambiguous short form resolves to the entry listed first in the gazetteer
    (its ``primary`` reading): 河北 is the province, not Tianjin's district.
    """
    index = _place_index(profile_name)
    lang = "en" if lang.startswith("en") else "zh"
    key = place_key(text.strip(), lang)
    if lang == "en":
        key = re.sub(r"^the", "", key)
    ids = index[lang].get(key)
    if ids:
        return ids[0]
    # 天津市武清区, "Wuqing District, Tianjin", "Tianjin's Wuqing": the inner place wins
    if lang == "zh":
        for n in range(len(key) - 1, 1, -1):
            if key[:n] in index["zh"] and key[n:] in index["zh"]:
                return index["zh"][key[n:]][0]
        return None
    parts = [p for p in re.split(r",|'s\b|’s\b", text.strip()) if p.strip()]
    if len(parts) > 1:
        found = [resolve_place(p, "en", profile_name) for p in parts]
        # the most specific place: "Xianghe, Langfang" is Xianghe
        return max(found, key=lambda f: (f or "").count(".")) if all(found) else None
    return None


def person_key(name: str) -> str:
    """One key for both spellings of a name: 陈敏尔 and Chen Min'er give ``chenminer``.

    Chinese takes its most common reading; the store falls back to
    ``same_person`` for spellings the key misses (heteronyms, garbled romanisation).
    """
    if any("\u4e00" <= ch <= "\u9fff" for ch in name):
        return _readings(name)[0] if _readings(name) else name
    return _squash(name)
