"""What a found quantity is about: its metric, its kind (actual, target, change) and its year.

None of this is scored (GUIDELINES §2 lists the fields as descriptive); each is
read from the words around a ``Hit`` in its sentence.

- metric: the noun phrase the number measures.  In Chinese, the subject of the
  clause before the number (地区生产总值|增长|5.4%), borrowed from an earlier
  clause when the clause opens with its verb (…、增长5.4%), plus the counted
  noun after a measure word.  In English the counted noun with the words that
  say which, "X of N", the subject before the clause's verb, or "N of X"
  after the unit.  The metric of a change names the change: 地区生产总值增长,
  "increase in government deficit".
- kind: change for a difference against a base (比上年增加, "230 billion yuan
  more than last year") or an amount "by" which something moves; target when
  the words before the number set a goal or a deadline not yet past, or a
  numbered section plans the document's own year (三、2026年重点工作); change
  for growth, reduction or a multiple right before the number; else actual.
- year: none when the number's clause speaks of a span of years (年均增长);
  else the nearest year stated in the sentence, 今年/"last year" resolved with
  the document date (a comparison base such as 比2020年 does not count); else
  a year opening the paragraph (刚刚过去的2025年，…); else the year in the
  heading of its section (一、2025年工作回顾).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from types import ModuleType

from ..lang import en, zh
from ..model import Document
from . import quantities_en as en_finder
from .quantity_hits import TIME_UNITS, Hit, alternation

_EN_WORDS = re.IGNORECASE


@dataclass(frozen=True, slots=True, eq=False)
class _Lang:
    """The cue patterns of one language."""

    target: re.Pattern[str]
    deadline: re.Pattern[str]  # 到2027年, "by 2027"
    change: re.Pattern[str]
    base: re.Pattern[str]  # a comparison base near the number: 比上年, "than last year"
    difference: re.Pattern[str]  # right before the number: the amount of a change ("raised by")
    level: re.Pattern[str]
    list_tail: re.Pattern[str]  # the number before in a list or range: "31 hours and ", "4.5%至"
    window: int  # characters around the number where change, base and level cues count
    after_reach: int  # characters after the number where a stated year still counts
    year: re.Pattern[str]  # a year as stated in a sentence
    heading_year: re.Pattern[str]  # a year in a heading that is not part of a date
    relative: re.Pattern[str]  # 今年, "last year"
    offsets: dict[str, int]  # relative year word -> offset from the document's year
    base_year: re.Pattern[str]  # before a year: it is the base of a comparison
    period: re.Pattern[str]


def _relative(data: ModuleType) -> dict[str, int]:
    return {**{w: 0 for w in data.THIS_YEAR}, **{w: -1 for w in data.LAST_YEAR}, **{w: 1 for w in data.NEXT_YEAR}}


_ZH = _Lang(
    target=re.compile(alternation(zh.TARGET_STRONG)),
    deadline=re.compile(rf"(?:{alternation(zh.DEADLINE_BEFORE)})((?:19|20)[0-9]{{2}})年"),
    change=re.compile(rf"(?:{alternation(zh.CHANGE_CUES)})(?:{alternation(zh.CHANGE_FILLERS)})*$"),
    base=re.compile(alternation(zh.BASE_CUES)),
    difference=re.compile(rf"(?:{alternation(zh.DIFFERENCE_BEFORE)})$" if zh.DIFFERENCE_BEFORE else "(?!)"),
    level=re.compile(rf"(?:{alternation(zh.LEVEL_MARKERS)})(?:{alternation(zh.APPROX_QUALIFIERS)})?$"),
    list_tail=re.compile(r"[0-9０-９][0-9０-９.]*[^0-9，。；]{0,8}?[、和及或—－~～-]$"),
    window=8,
    after_reach=16,
    year=re.compile(r"((?:19|20)[0-9]{2})年"),
    heading_year=re.compile(r"((?:19|20)[0-9]{2})年(?!\s*[0-9一二三四五六七八九十]{1,2}月)"),
    relative=re.compile(alternation(_relative(zh))),
    offsets=_relative(zh),
    base_year=re.compile(rf"(?:{alternation(zh.BASE_YEAR_BEFORE)})$"),
    period=re.compile(alternation(zh.PERIOD_CUES)),
)
_EN = _Lang(
    target=re.compile(rf"\b(?:{alternation(en.TARGET_CUES)})\b", _EN_WORDS),
    deadline=re.compile(rf"\b(?:{alternation(en.DEADLINE_BEFORE)})\s+((?:19|20)[0-9]{{2}})\b", _EN_WORDS),
    change=re.compile(rf"\b(?:{alternation(en.CHANGE_CUES)})\b", _EN_WORDS),
    base=re.compile(rf"\b(?:{alternation(en.BASE_CUES)})\b", _EN_WORDS),
    difference=re.compile(rf"\b(?:{alternation(en.DIFFERENCE_BEFORE)})\s+(?:(?:{alternation(en.APPROX_BEFORE)})\s+)?$",
                          _EN_WORDS),
    level=re.compile(rf"\b(?:{alternation(en.LEVEL_MARKERS)})\s+(?:(?:{alternation(en.APPROX_BEFORE)})\s+)?$",
                     _EN_WORDS),
    list_tail=re.compile(r"[0-9][0-9.,]*[^0-9,;]{0,30}?\s(?:and|or)\s+$"),
    window=30,
    after_reach=40,
    year=re.compile(r"(?<![\w.])((?:19|20)[0-9]{2})(?!\w|\.[0-9])"),
    heading_year=re.compile(r"(?<![\w.])((?:19|20)[0-9]{2})(?!\w|\.[0-9])"),
    relative=re.compile(rf"\b(?:{alternation(_relative(en))})\b", _EN_WORDS),
    offsets={w.lower(): o for w, o in _relative(en).items()},
    base_year=re.compile(rf"\b(?:{alternation(en.BASE_YEAR_BEFORE)})\s+(?:the\s+)?$", _EN_WORDS),
    period=re.compile(rf"\b(?:{alternation(en.PERIOD_CUES)})\b", _EN_WORDS),
)
_EN_MONTH = re.compile(rf"\b(?:{alternation(en.MONTHS)})\b", _EN_WORDS)

# A heading is a short line without a sentence's final stop; "（一）…" opens a subsection of the one before.
# A line ending in a colon leads into a list ("重点抓好以下工作：").
_HEADING_MAX = 40
_SENTENCE_END = "。！？；.!?;…：:"
_SUBHEADING = re.compile(r"^[（(][0-9一二三四五六七八九十]+[）)]")
# A numbered heading opens a part of a report or plan (三、2026年重点工作), unlike a headline.
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[0-9]+[、.．]\s*\D|第[一二三四五六七八九十0-9]+[章部节]|"
                       r"(?:part|chapter|section)\s)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Section:
    year: int | None  # the year its heading states: 一、2025年工作回顾 -> 2025
    numbered: bool


@functools.lru_cache(maxsize=4)
def _sections(text: str, lang: _Lang) -> tuple[list[int], list[_Section]]:
    """Where each section of ``text`` starts, with its heading's year."""
    starts: list[int] = [0]
    sections = [_Section(None, False)]
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body and len(body) <= _HEADING_MAX and body[-1] not in _SENTENCE_END and not _SUBHEADING.match(body):
            m = lang.heading_year.search(body)
            dated = lang is _EN and _EN_MONTH.search(body)  # "(June 16, 2022)" is a date line, not a period
            starts.append(pos)
            sections.append(_Section(int(m.group(1)) if m and not dated else None, bool(_NUMBERED.match(body))))
        pos += len(line)
    return starts, sections


def _section(text: str, pos: int, lang: _Lang) -> _Section:
    starts, sections = _sections(text, lang)
    return sections[bisect.bisect_right(starts, pos) - 1]


_CLAUSE_ENDS = "，；。：、,;"  # kind cues do not reach across these
_OPENER = 12  # characters at the start of a paragraph that may set its year


def _clause_start(text: str, s0: int, at: int) -> int:
    return max(s0, *(text.rfind(c, s0, at) + 1 for c in _CLAUSE_ENDS))


def _doc_year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _stated_year(sentence: str, at: int, lang: _Lang, date: str | None) -> int | None:
    """The year nearest before ``at`` stated in ``sentence`` (else the first after), bases left out."""
    found = [(m.start(), int(m.group(1))) for m in lang.year.finditer(sentence)]
    doc_year = _doc_year(date)
    if doc_year is not None:
        found += [(m.start(), doc_year + lang.offsets[m.group().lower()]) for m in lang.relative.finditer(sentence)]
    found = sorted((p, y) for p, y in found if not lang.base_year.search(sentence, max(0, p - 16), p))
    before = [y for p, y in found if p < at]
    # a year after the number counts only close to it, in its clause: "grew 5% in 2025", not "…，计划2026年投运"
    reach = min([at + lang.after_reach, *(i for c in _CLAUSE_ENDS if (i := sentence.find(c, at)) != -1)])
    after = [y for p, y in found if at <= p <= reach]
    return before[-1] if before else (after[0] if after else None)


def _year(text: str, s0: int, s1: int, at: int, lang: _Lang, date: str | None) -> tuple[int | None, bool]:
    """(year, whether it comes from a numbered section heading)."""
    sentence = text[s0:s1]
    if lang.period.search(text, _clause_start(text, s0, at), at):
        return None, False  # "规上工业增加值年均增长6.5%"
    year = _stated_year(sentence, at - s0, lang, date)
    if year is not None or lang.period.search(sentence):
        return year, False
    # "刚刚过去的2025年，……": a year opening the paragraph holds for its sentences
    line = text.rfind("\n", 0, s0) + 1
    if line < s0:
        year = _stated_year(text[line:line + _OPENER], _OPENER, lang, date)
        if year is not None:
            return year, False
    section = _section(text, s0, lang)
    return section.year, section.year is not None and section.numbered


def _goal(goal_text: str, lang: _Lang, doc_year: int | None) -> bool:
    """Whether the words set a goal: a goal word, or a deadline not already past (到2027年 in a 2026 report)."""
    if lang.target.search(goal_text):
        return True
    return any(doc_year is None or int(m.group(1)) >= doc_year for m in lang.deadline.finditer(goal_text))


def _kind(before: str, after: str, unit: str, lang: _Lang, goal: bool) -> str:
    """change against a base; target for a goal; change for growth or a multiple; else actual."""
    # "cut to 31 hours and 1.1 hours": the second of a list reads the cue of the first (not of a range's
    # "to": "rose by 3.5 points to 48%" reaches a level)
    local = lang.list_tail.sub("", before[-3 * lang.window:])[-lang.window:]
    local = local[max(local.rfind(c) for c in _CLAUSE_ENDS) + 1:]
    after = after[:lang.window]
    after = after[:min((i for c in _CLAUSE_ENDS if (i := after.find(c)) != -1), default=len(after))]
    leveled = lang.level.search(local)  # "下降至35", "grew 5% year on year to 4.38 trillion": the level reached
    if lang.difference.search(local) or (lang.base.search(local) and not leveled) or lang.base.search(after):
        return "change"
    if goal:
        return "target"
    if leveled:
        return "actual"
    if unit in ("times", "pp") or lang.change.search(local):
        return "change"
    return "actual"


def _describe(text: str, h: Hit, s0: int, s1: int, date: str | None, lang: _Lang,
              goal_text: str) -> tuple[str, int | None]:
    year, from_heading = _year(text, s0, s1, h.start, lang, date)
    doc_year = _doc_year(date)
    # a numbered section headed with the document's own year or a later one plans it: 三、2026年重点工作
    planned = from_heading and doc_year is not None and year is not None and year >= doc_year
    goal = planned or _goal(goal_text, lang, doc_year)
    kind = _kind(text[s0:h.start], text[h.end:s1], h.unit or "", lang, goal)
    return kind, year


# -- Chinese metric -------------------------------------------------------------------------------------------

_ZH_BREAK = re.compile(r"[，。；！？、：,;!?:\n]")
_ZH_BRACKETS = re.compile(r"（[^（）]*）|\([^()]*\)")
_ZH_OPENERS = re.compile(r".*[（(]")  # an opening bracket left unclosed before the number
# a number that is not a year nor part of a name (PM2.5, 5G)
_ZH_NUMBER = re.compile(r"(?<![0-9A-Za-z.])(?!(?:19|20)[0-9]{2}年)(?![0-9.]*[A-Za-z])[0-9０-９]")
_ZH_YEAR_WORD = r"(?:19|20)[0-9]{2}年(?:底|末|初|以来|全年)?"
_ZH_HEAD = re.compile(rf"^(?:{_ZH_YEAR_WORD}|{alternation(zh.METRIC_HEAD_STRIP)})+")
_ZH_TAIL = re.compile(rf"(?:{_ZH_YEAR_WORD}|{alternation((*zh.METRIC_STRIP, *zh.APPROX_QUALIFIERS))})+$")
_ZH_CHANGE_TAIL = re.compile(rf"(?:{alternation(zh.METRIC_CHANGE_VERBS)})$")
_ZH_PREDICATE = re.compile(alternation(zh.PREDICATE_HEADS))
_NOUN_MAX = 12
_ZH_APPROX_HEAD = re.compile(rf"^(?:{alternation(zh.APPROX_AFTER)})")
_ZH_VERB_ONLY = 2  # a subject this short is a verb (设立, 安排), not a noun phrase
_ZH_COUNTED = frozenset({"count", "person", "household", "person_time"})
_ZH_NOUN_START = re.compile(r"[\u4e00-\u9fff“]{2}")
_ZH_JOINER_TAIL = re.compile(rf"(?:{alternation(zh.RANGE_JOINERS)})+$")


def _zh_subject(clause: str) -> tuple[str, str]:
    """(subject, change verb) of the words of one clause before its number: 一般公共预算收入|增长."""
    clause = _ZH_OPENERS.sub("", _ZH_BRACKETS.sub("", clause))
    first = _ZH_NUMBER.search(clause)
    words = _ZH_HEAD.sub("", clause[:first.start()] if first else clause)
    verb = ""
    while True:
        cut = _ZH_TAIL.sub("", words)
        change = _ZH_CHANGE_TAIL.search(cut)
        if change:
            verb = verb or change.group()
            cut = cut[:change.start()]
        if cut == words:
            return words.strip(), verb
        words = cut


def _zh_metric(text: str, h: Hit, s0: int, s1: int, kind: str) -> str:
    breaks = [m.end() for m in _ZH_BREAK.finditer(text, s0, h.start)]
    starts = [s0, *breaks]
    clause = text[starts[-1]:h.start]
    subject, verb = _zh_subject(clause)
    counted = h.unit in _ZH_COUNTED and _ZH_NOUN_START.match(text, h.end)
    if (not subject and not counted) or _ZH_PREDICATE.match(subject):
        # "增长5.4%、高于全国0.4个百分点", "分别达到43家、322家": the subject of an earlier clause
        for a, b in zip(reversed(starts[:-1]), reversed(starts[1:]), strict=False):
            earlier, _ = _zh_subject(text[a:b - 1])
            if earlier and not _ZH_PREDICATE.match(earlier):
                subject = earlier + subject
                break
    if h.unit in _ZH_COUNTED:
        # "开通3条地铁新线": the counted noun follows the measure word
        brk = _ZH_BREAK.search(text, h.end, s1)
        noun = text[h.end:brk.start() if brk else s1]
        number = _ZH_NUMBER.search(noun)  # "4所学校和1所医院": up to the next number
        noun = _ZH_JOINER_TAIL.sub("", noun[:number.start()] if number else noun)
        # a long tail holds the rest of the clause too; the noun comes first ("8支市级基金带动投资…")
        subject += noun[:_NOUN_MAX] if len(noun) >= 2 else ""
    elif len(subject) <= _ZH_VERB_ONLY:
        # "设立1000亿元专项资金": after a bare verb, the noun the amount is of follows it
        brk = _ZH_BREAK.search(text, h.end, s1)
        noun = _ZH_APPROX_HEAD.sub("", text[h.end:brk.start() if brk else s1])
        subject += noun[:_NOUN_MAX] if _ZH_NOUN_START.match(noun) else ""
    return subject + verb if kind == "change" else subject


def describe_zh(text: str, h: Hit, s0: int, s1: int, date: str | None) -> tuple[str | None, str, int | None]:
    """(metric, kind, year) of a Chinese hit in the sentence ``[s0, s1)``."""
    kind, year = _describe(text, h, s0, s1, date, _ZH, text[s0:h.start])
    return _zh_metric(text, h, s0, s1, kind) or None, kind, year


# -- English metric -------------------------------------------------------------------------------------------

_EN_TIME = re.compile(rf"\b(?:{alternation(en.METRIC_TIME_PHRASES)}|in (?:19|20)[0-9]{{2}})\b", _EN_WORDS)
_EN_LAST_NUMBER = re.compile(rf"[0-9][0-9.,]*(?:\s+(?:{alternation(en.SCALES)}))?(?:\s+[A-Za-z%]+)?(?!.*[0-9])")
_EN_AFTER_OF = re.compile(rf"\s+(?:[a-z]+ed\s+(?:{alternation(en.PARTICIPLE_PREPS)})|{alternation(en.OF_AFTER_UNIT)})"
                          r"\s+(?![0-9])([^,;:.()]+)", _EN_WORDS)
_EN_X_OF = re.compile(rf"\s(?:{alternation(en.X_OF_PREPS)})\s*$", _EN_WORDS)
_EN_NOUN_TAIL = re.compile(rf"\s+(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|was\s+)?"
                           rf"((?:{alternation(en.NOUN_TAIL_OPENERS)})\s+[^,;:.()]+|[a-z]+ed\b[^,;:.()]*)", _EN_WORDS)
_EN_DROP = (en.NOUN_STOP | en.METRIC_VERBS) - {"per"}  # "per capita income"
_EN_CHANGE_WORDS = frozenset(en.CHANGE_CUES) | en.INCREASE_WORDS | en.DECREASE_WORDS
_EN_CHANGE_NOUN = re.compile(rf"\b(?:{alternation(en.CHANGE_NOUNS)})$", _EN_WORDS)
_EN_NAMES_CHANGE = re.compile(rf"\b(?:{alternation(en.CHANGE_NOUNS)})(?: of |$)", _EN_WORDS)
_EN_TAIL_WORDS = 6  # of a counted noun's describing words
_EN_PHRASE_WORDS = 8  # of a metric read back from the number


def _trim(words: list[str], drop: frozenset[str] = _EN_DROP) -> list[str]:
    """Words of a phrase without stop words and verbs at either end."""
    while words and words[-1].lower().strip(",\"“”") in drop:
        words.pop()
    while words and words[0].lower().strip(",\"“”") in drop:
        words.pop(0)
    return words


def _en_subject(phrase: str) -> str:
    """The words before the first verb of a clause, unless a pronoun: "The annual throughput | has exceeded"."""
    words = _EN_TIME.sub(" ", phrase).split()
    dashes = [i for i, w in enumerate(words) if w in en.DASHES]
    words = words[dashes[-1] + 1:] if dashes else words
    for i, w in enumerate(words):
        if w.lower() in en.SUBJECT_END_VERBS:
            subject = _trim(words[:i])
            if subject and not (len(subject) == 1 and subject[0].lower() in en.PRONOUNS):
                return " ".join(subject)
            return ""
    return ""


def _en_np(phrase: str) -> str:
    """The noun phrase opening ``phrase``: words up to the first verb or function word but "of" and "and"."""
    out: list[str] = []
    for w in _trim(phrase.split()):
        low = w.lower()
        if low in en.SUBJECT_END_VERBS or (low in en.NOUN_STOP and low not in ("of", "and")) or low in en.PRONOUNS:
            break
        out.append(w)
    return " ".join(_trim(out))


def _en_x_of(before: str) -> str:
    """X of "X of N", read back from the number: "strive for | a sea-rail container volume of"."""
    words = _EN_TIME.sub(" ", before).split()[:-1]
    out: list[str] = []
    for w in reversed(words):
        low = w.lower().strip(",\"“”")
        if (w[:1].isdigit() or low in en.SUBJECT_END_VERBS or low in en.PRONOUNS
                or (low in en.NOUN_STOP and low not in en.X_OF_JOINERS) or len(out) == _EN_PHRASE_WORDS):
            break
        out.append(w)
    return " ".join(_trim(out[::-1]))


def _en_last_phrase(before: str) -> str:
    """The last words before the number, after the clause's last verb and without change words ("up")."""
    words = _EN_TIME.sub(" ", before).split()
    verbs = [i for i, w in enumerate(words) if w.lower() in en.SUBJECT_END_VERBS]
    words = words[verbs[-1] + 1:] if verbs and verbs[-1] < len(words) - 1 else words
    return " ".join(_trim(_trim(words, _EN_DROP | _EN_CHANGE_WORDS)[-_EN_PHRASE_WORDS:]))


def _counted(text: str, h: Hit, s1: int) -> str:
    """The counted noun with the words that say which: "cases replicated nationwide", "schools of vocational colleges"."""
    noun = text[h.num_end:h.noun_end].strip(" -\"“”")
    tail = _EN_NOUN_TAIL.match(text, h.noun_end or h.end, s1)
    if tail:
        words = _trim(tail.group(1).split()[:_EN_TAIL_WORDS])
        noun = " ".join((noun, *words))
    return noun


def _en_core(before: str, after: str, unit: str | None, unit_text: str = "") -> tuple[str, bool]:
    """(metric, whether it is the clause's subject) from the words before and after a number in its clause."""
    before = _EN.difference.sub("", en_finder.APPROX.sub("", before))  # "rose by (an average of)"
    subject = _en_subject(before)
    of = _EN_AFTER_OF.match(after)
    np = _en_np(of.group(1)) if of and not _EN.relative.match(of.group(1)) else ""
    x_of = _en_x_of(before) if _EN_X_OF.search(before) else ""
    if x_of:
        return x_of, False  # "a special fund of 100 billion yuan", "keep the concentration at 30"
    if np and unit in TIME_UNITS:
        return f"{unit_text} of {np}", False  # "290 days of good air quality"
    if subject:
        # "The port's yearly container throughput has exceeded 20 million TEUs";
        # "Tianjin Port handled 23 million TEUs of containers"
        return (f"{np} of {subject}" if np else subject), True
    if np:
        return (f"{en.SHARE_WORD} {np}" if unit == "percent" else np), False  # "60 percent of the cargo"
    return _en_last_phrase(before), False


def _en_metric(text: str, h: Hit, s0: int, s1: int, kind: str) -> str:
    if h.noun_end:
        return _counted(text, h, s1)
    c0 = max(en_finder.clause_start(text, h.start), s0)
    metric, is_subject = _en_core(text[c0:h.start], text[h.end:s1], h.unit, text[h.num_end:h.end].strip())
    if metric and _EN_CHANGE_NOUN.search(metric) or kind == "change" and not metric:
        # "..., 230 billion yuan more than last year", "with an average growth rate of 6.8%": of what came before
        earlier = _en_earlier(text, c0, s0)
        if earlier:
            metric = f"{metric} of {earlier}" if metric else _change_word(text[c0:s1]) + earlier
    elif kind == "change" and is_subject:
        metric = _change_word(text[c0:h.start]) + metric  # "Subsidies will increase by 30 yuan": their increase
    return metric


def _en_earlier(text: str, c0: int, s0: int) -> str:
    """The metric of the clause before ``c0`` in the sentence: "Tianjin Port handled 23 million TEUs of containers"."""
    if c0 <= s0:
        return ""
    clause = text[max(en_finder.clause_start(text, c0 - 1), s0):c0 - 1]
    number = _EN_LAST_NUMBER.search(clause)
    if number is None:
        return _en_subject(clause)
    return _en_core(clause[:number.start()], clause[number.end():], None)[0]


def _change_word(words: str) -> str:
    low = set(re.findall(r"[a-z]+", words.lower()))
    if low & en.DECREASE_WORDS:
        return "decrease in "
    return "increase in " if low & en.INCREASE_WORDS else "change in "


def describe_en(text: str, h: Hit, s0: int, s1: int, date: str | None) -> tuple[str | None, str, int | None]:
    """(metric, kind, year) of an English hit in the sentence ``[s0, s1)``."""
    # a semicolon joins statements that each have their own tense and year
    s0 = max(s0, text.rfind(";", s0, h.start) + 1)
    stop = text.find(";", h.end, s1)
    s1 = stop if stop != -1 else s1
    kind, year = _describe(text, h, s0, s1, date, _EN, text[s0:s1])
    metric = _en_metric(text, h, s0, s1, kind)
    if kind == "actual" and metric and _EN_NAMES_CHANGE.search(metric):
        kind = "change"  # "with an average annual growth rate of 6.8%"
    return metric or None, kind, year


class Sentences:
    """Sentence bounds around a position: the segmenter's sentences, else the line or 。-clause."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.items = sorted((s.start, s.end) for s in doc.sentences)
        self.starts = [s for s, _ in self.items]

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.items[i][1] > pos:
            return self.items[i]
        text = self.text
        lo = max(text.rfind("\n", 0, pos), text.rfind("。", 0, pos), text.rfind(". ", 0, pos)) + 1
        ends = [i for i in (text.find("\n", pos), text.find("。", pos)) if i != -1]
        return lo, min(ends) if ends else len(text)
