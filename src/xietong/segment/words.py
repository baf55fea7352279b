"""Words for the search index: Chinese by rjieba, Latin script by letters and digits.

Index and query go through the same function, so a query word matches the
words the index holds.  Chinese is cut "for search" (协同发展 gives 协同, 发展
and 协同发展), so both a word and its parts are found.
"""

from __future__ import annotations

import re

_LATIN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_CJK = re.compile(r"[\u3400-\u9fff]")


def words(text: str, for_search: bool = True) -> list[str]:
    """Lower-cased index terms of ``text`` in order, punctuation dropped."""
    import rjieba  # imported here: the CLI starts without it

    out: list[str] = []
    cut = rjieba.cut_for_search if for_search else rjieba.cut
    for tok in cut(text.lower()):
        if _CJK.search(tok):
            out.append(tok)
        else:
            out.extend(_LATIN.findall(tok))
    return out
