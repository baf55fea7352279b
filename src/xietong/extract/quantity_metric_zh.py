"""The metric of a Chinese quantity: the noun phrase the number measures.

The subject of the clause before the number (地区生产总值|增长|5.4%),
borrowed from an earlier clause when the clause opens with its verb
(…、增长5.4%), plus the counted noun after a measure word.  The metric of a
change names the change: 地区生产总值增长.
"""

from __future__ import annotations

import re

from ..lang import zh
from ..patterns import alternation
from .quantity_hits import Hit

_BREAK = re.compile(r"[，。；！？、：,;!?:\n]")
_BRACKETS = re.compile(r"（[^（）]*）|\([^()]*\)")
_OPENERS = re.compile(r".*[（(]")  # an opening bracket left unclosed before the number
# a number that is not a year nor part of a name (PM2.5, 5G)
_NUMBER = re.compile(r"(?<![0-9A-Za-z.])(?!(?:19|20)[0-9]{2}年)(?![0-9.]*[A-Za-z])[0-9０-９]")
_YEAR_WORD = r"(?:19|20)[0-9]{2}年(?:底|末|初|以来|全年)?"
_HEAD = re.compile(rf"^(?:{_YEAR_WORD}|{alternation(zh.METRIC_HEAD_STRIP)})+")
_TAIL = re.compile(rf"(?:{_YEAR_WORD}|{alternation((*zh.METRIC_STRIP, *zh.APPROX_QUALIFIERS))})+$")
_CHANGE_TAIL = re.compile(rf"(?:{alternation(zh.METRIC_CHANGE_VERBS)})$")
_PREDICATE = re.compile(alternation(zh.PREDICATE_HEADS))
_APPROX_HEAD = re.compile(rf"^(?:{alternation(zh.APPROX_AFTER)})")
_NOUN_START = re.compile(r"[\u4e00-\u9fff“]{2}")
_JOINER_TAIL = re.compile(rf"(?:{alternation(zh.RANGE_JOINERS)})+$")
_NOUN_MAX = 12
_VERB_ONLY = 2  # a subject this short is a verb (设立, 安排), not a noun phrase
_COUNTED = frozenset({"count", "person", "household", "person_time"})  # units counted with a measure word


def _subject(clause: str) -> tuple[str, str]:
    """(subject, change verb) of the words of one clause before its number: 一般公共预算收入|增长."""
    clause = _OPENERS.sub("", _BRACKETS.sub("", clause))
    first = _NUMBER.search(clause)
    words = _HEAD.sub("", clause[:first.start()] if first else clause)
    verb = ""
    # year words, qualifiers and a change verb may stack in any order at the clause's end: strip until none is left
    while True:
        cut = _TAIL.sub("", words)
        change = _CHANGE_TAIL.search(cut)
        if change:
            verb = verb or change.group()
            cut = cut[:change.start()]
        if cut == words:
            return words.strip(), verb
        words = cut


def _noun_after(text: str, end: int, s1: int) -> str:
    """The words after the number up to the clause's end."""
    brk = _BREAK.search(text, end, s1)
    return text[end:brk.start() if brk else s1]


def metric(text: str, h: Hit, s0: int, s1: int, kind: str) -> str:
    """The metric of ``h`` in the sentence ``[s0, s1)``, "" when none is found."""
    starts = [s0, *(m.end() for m in _BREAK.finditer(text, s0, h.start))]
    subject, verb = _subject(text[starts[-1]:h.start])
    counted = h.unit in _COUNTED
    if (not subject and not (counted and _NOUN_START.match(text, h.end))) or _PREDICATE.match(subject):
        # "增长5.4%、高于全国0.4个百分点", "分别达到43家、322家": the subject of an earlier clause
        for a, b in zip(reversed(starts[:-1]), reversed(starts[1:]), strict=False):
            earlier, _ = _subject(text[a:b - 1])
            if earlier and not _PREDICATE.match(earlier):
                subject = earlier + subject
                break
    if counted:
        # "开通3条地铁新线": the counted noun follows the measure word
        noun = _noun_after(text, h.end, s1)
        number = _NUMBER.search(noun)  # "4所学校和1所医院": up to the next number
        noun = _JOINER_TAIL.sub("", noun[:number.start()] if number else noun)
        # a long tail holds the rest of the clause too; the noun comes first ("8支市级基金带动投资…")
        subject += noun[:_NOUN_MAX] if len(noun) >= 2 else ""
    elif len(subject) <= _VERB_ONLY:
        # "设立1000亿元专项资金": after a bare verb, the noun the amount is of follows it
        noun = _APPROX_HEAD.sub("", _noun_after(text, h.end, s1))
        subject += noun[:_NOUN_MAX] if _NOUN_START.match(noun) else ""
    return subject + verb if kind == "change" else subject
