"""The metric of an English quantity: the noun phrase the number measures.

The counted noun with the words that say which, "X of N", the subject
before the clause's verb, or "N of X" after the unit.  The metric of a
change names the change: "increase in government deficit".
"""

from __future__ import annotations

import re

from ..lang import en
from ..patterns import alternation
from . import quantities_en as en_finder
from .quantity_cues import EN
from .quantity_hits import TIME_UNITS, Hit

_WORDS = re.IGNORECASE
_TIME = re.compile(rf"\b(?:{alternation(en.METRIC_TIME_PHRASES)}|in (?:19|20)[0-9]{{2}})\b", _WORDS)
_LAST_NUMBER = re.compile(rf"[0-9][0-9.,]*(?:\s+(?:{alternation(en.SCALES)}))?(?:\s+[A-Za-z%]+)?(?!.*[0-9])")
_AFTER_OF = re.compile(rf"\s+(?:[a-z]+ed\s+(?:{alternation(en.PARTICIPLE_PREPS)})|{alternation(en.OF_AFTER_UNIT)})"
                       r"\s+(?![0-9])([^,;:.()]+)", _WORDS)
_X_OF = re.compile(rf"\s(?:{alternation(en.X_OF_PREPS)})\s*$", _WORDS)
_NOUN_TAIL = re.compile(rf"\s+(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|was\s+)?"
                        rf"((?:{alternation(en.NOUN_TAIL_OPENERS)})\s+[^,;:.()]+|[a-z]+ed\b[^,;:.()]*)", _WORDS)
_DROP = (en.NOUN_STOP | en.METRIC_VERBS) - {"per"}  # "per capita income"
_CHANGE_WORDS = frozenset(en.CHANGE_CUES) | en.INCREASE_WORDS | en.DECREASE_WORDS
_CHANGE_NOUN = re.compile(rf"\b(?:{alternation(en.CHANGE_NOUNS)})$", _WORDS)
_NAMES_CHANGE = re.compile(rf"\b(?:{alternation(en.CHANGE_NOUNS)})(?: of |$)", _WORDS)
_TAIL_WORDS = 6  # of a counted noun's describing words
_PHRASE_WORDS = 8  # of a metric read back from the number
_QUOTES = ",\"“”"


def names_change(metric: str) -> bool:
    """Whether the metric is itself a change: "average annual growth rate of"."""
    return bool(_NAMES_CHANGE.search(metric))


def _trim(words: list[str], drop: frozenset[str] = _DROP) -> list[str]:
    """Words of a phrase without stop words and verbs at either end."""
    while words and words[-1].lower().strip(_QUOTES) in drop:
        words.pop()
    while words and words[0].lower().strip(_QUOTES) in drop:
        words.pop(0)
    return words


def _subject(phrase: str) -> str:
    """The words before the first verb of a clause, unless a pronoun: "The annual throughput | has exceeded"."""
    words = _TIME.sub(" ", phrase).split()
    dashes = [i for i, w in enumerate(words) if w in en.DASHES]
    words = words[dashes[-1] + 1:] if dashes else words
    for i, w in enumerate(words):
        if w.lower() in en.SUBJECT_END_VERBS:
            subject = _trim(words[:i])
            if subject and not (len(subject) == 1 and subject[0].lower() in en.PRONOUNS):
                return " ".join(subject)
            return ""
    return ""


def _np(phrase: str) -> str:
    """The noun phrase opening ``phrase``: words up to the first verb or function word but "of" and "and"."""
    out: list[str] = []
    for w in _trim(phrase.split()):
        low = w.lower()
        if low in en.SUBJECT_END_VERBS or (low in en.NOUN_STOP and low not in ("of", "and")) or low in en.PRONOUNS:
            break
        out.append(w)
    return " ".join(_trim(out))


def _x_of(before: str) -> str:
    """X of "X of N", read back from the number: "strive for | a sea-rail container volume of"."""
    words = _TIME.sub(" ", before).split()[:-1]
    out: list[str] = []
    for w in reversed(words):
        low = w.lower().strip(_QUOTES)
        if (w[:1].isdigit() or low in en.SUBJECT_END_VERBS or low in en.PRONOUNS
                or (low in en.NOUN_STOP and low not in en.X_OF_JOINERS) or len(out) == _PHRASE_WORDS):
            break
        out.append(w)
    return " ".join(_trim(out[::-1]))


def _last_phrase(before: str) -> str:
    """The last words before the number, after the clause's last verb and without change words ("up")."""
    words = _TIME.sub(" ", before).split()
    verbs = [i for i, w in enumerate(words) if w.lower() in en.SUBJECT_END_VERBS]
    words = words[verbs[-1] + 1:] if verbs and verbs[-1] < len(words) - 1 else words
    return " ".join(_trim(_trim(words, _DROP | _CHANGE_WORDS)[-_PHRASE_WORDS:]))


def _counted(text: str, h: Hit, s1: int) -> str:
    """The counted noun with the words that say which: "cases replicated nationwide", "schools of vocational colleges"."""
    noun = text[h.num_end:h.noun_end].strip(" -\"“”")
    tail = _NOUN_TAIL.match(text, h.noun_end or h.end, s1)
    if tail:
        words = _trim(tail.group(1).split()[:_TAIL_WORDS])
        noun = " ".join((noun, *words))
    return noun


def _core(before: str, after: str, unit: str | None, unit_text: str = "") -> tuple[str, bool]:
    """(metric, whether it is the clause's subject) from the words before and after a number in its clause."""
    before = EN.difference.sub("", en_finder.APPROX.sub("", before))  # "rose by (an average of)"
    subject = _subject(before)
    of = _AFTER_OF.match(after)
    np = _np(of.group(1)) if of and not EN.relative.match(of.group(1)) else ""
    x_of = _x_of(before) if _X_OF.search(before) else ""
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
    return _last_phrase(before), False


def _earlier(text: str, c0: int, s0: int) -> str:
    """The metric of the clause before ``c0`` in the sentence: "Tianjin Port handled 23 million TEUs of containers"."""
    if c0 <= s0:
        return ""
    clause = text[max(en_finder.clause_start(text, c0 - 1), s0):c0 - 1]
    number = _LAST_NUMBER.search(clause)
    if number is None:
        return _subject(clause)
    return _core(clause[:number.start()], clause[number.end():], None)[0]


def _change_word(words: str) -> str:
    low = set(re.findall(r"[a-z]+", words.lower()))
    if low & en.DECREASE_WORDS:
        return "decrease in "
    return "increase in " if low & en.INCREASE_WORDS else "change in "


def metric(text: str, h: Hit, s0: int, s1: int, kind: str) -> str:
    """The metric of ``h`` in the sentence ``[s0, s1)``, "" when none is found."""
    if h.noun_end:
        return _counted(text, h, s1)
    c0 = max(en_finder.clause_start(text, h.start), s0)
    found, is_subject = _core(text[c0:h.start], text[h.end:s1], h.unit, text[h.num_end:h.end].strip())
    if (found and _CHANGE_NOUN.search(found)) or (kind == "change" and not found):
        # "..., 230 billion yuan more than last year", "with an average growth rate of 6.8%": of what came before
        earlier = _earlier(text, c0, s0)
        if earlier:
            found = f"{found} of {earlier}" if found else _change_word(text[c0:s1]) + earlier
    elif kind == "change" and is_subject:
        found = _change_word(text[c0:h.start]) + found  # "Subsidies will increase by 30 yuan": their increase
    return found
