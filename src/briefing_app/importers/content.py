"""Finding the readout in a page: which blocks are its prose, where its title stands.

Format-neutral: works on laid-out :class:`Block` objects from any extractor. A block is
*prose* when it looks like running text (long enough, ends a sentence, and — as jusText
measures it — carries the share of stop words of its language that prose has). The readout
is the densest run of prose; its title is the best title-like line just above that run
(next to a date line, agreeing with a page title or a breadcrumb, long rather than a label);
what stands above the title, and short non-prose lines trailing after the last prose, are
page furniture. Phrase lists (:mod:`chrome`) are only a prior, applied before this.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing_app.importers.blocks import Block
from briefing_app.importers.dates import find_date
from briefing_app.importers.markers import leading_marker, parse_marker

logger = logging.getLogger(__name__)

# Short stop-word lists (the commonest function words) per language: enough to tell prose
# (30-50 % stop words) from menus, labels and names (almost none).
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in a is that for on with as by at from was were be has have had "
        "it its this their they we our he his she her an or not are which will would also "
        "been both two other between who all more can said",
        "fr": "le la les de des du et à en un une est que qui pour dans sur par au aux avec "
        "ce cette ses son sa nous notre nos leur leurs ont a été ne pas se il elle ils sont "
        "plus d l",
        "es": "el la los las de del y a en un una es que por para con se su sus al lo como "
        "más ha han sido fue entre sobre ambas ambos este esta también no le",
        "de": "der die das den dem des und zu in im ein eine einer ist sind mit von für auf "
        "sich auch nicht es wir sie er als an bei aus nach hat haben wird werden dass am",
        "it": "il lo la i gli le di del della dei e a in un una è che per con su al alla "
        "si sono ha hanno non come anche tra",
        "pt": "o a os as de do da dos das e em um uma é que por para com se seu sua no na "
        "nos nas ao foi são também como mais entre",
        "nl": "de het een en van in is dat op te met voor zijn er aan door ook als bij om "
        "niet worden wordt die",
        "uk": "і й та в у на з із до що за про як це не від для його її їх ми ви він вона "
        "вони було є також між під час",
        "ru": "и в во на с со к по что как это не от для его ее их мы вы он она они было "
        "есть также между при о об из за",
        "id": "yang dan di ke dari untuk dengan pada ini itu dalam adalah akan juga tidak "
        "oleh sebagai kedua",
        "tr": "ve bir bu ile için de da olarak olan en çok daha gibi ise ama üzere",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# _WORD on ASCII text is [A-Za-z]+(?:'[A-Za-z]+)* ("’" cannot occur). Those words, lower-
# cased, are found quicker without a pattern (see _ascii_words): the text's bytes are lower-
# cased with every other character but "'" made a space, in one table look-up each; an "'"
# is then a space unless a letter stands on both sides; and the bytes are split on spaces.
_ASCII_WORD_BYTES = bytes(
    code | 0x20 if chr(code).isascii() and chr(code).isalpha() else code if code == 0x27 else 0x20
    for code in range(256)
)
_LONE_APOSTROPHE = re.compile(rb"'(?:(?![a-z])|(?<![a-z]'))")
# Typographic punctuation of English text copied from the web, as _WORD reads it: "’" an
# apostrophe like "'", the others no part of a word, like a space. No stop word has an
# apostrophe, so words with either kind count alike.
_TYPOGRAPHIC = (
    ("’", "'"), ("‘", " "), ("“", " "), ("”", " "), ("–", " "), ("—", " "), ("…", " "),
    ("\xa0", " "),
)  # fmt: skip
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_SENTENCE_END = re.compile(r"[.!?。！？…;:][”\"’)）」』]*\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?。！？](?:\s|$)")
_PIPE_LABELS = re.compile(r"\s?[|｜>›»]\s")

PROSE_MIN_WORDS = 8
"""A block of fewer words is never prose (a heading, a label, a menu entry)."""
PROSE_MIN_WIDE_CHARS = 20
"""Nor, in Chinese, Japanese, Korean or Thai, a block of fewer characters."""
PROSE_UNENDED_WORDS = 30
"""A block this long is prose even without a sentence end (a paragraph cut off)."""
STOPWORD_SHARE = 0.18
"""The least share of stop words in prose (jusText uses 0.30 on whole web pages; readouts
are dense with names and titles)."""
NON_PROSE_PENALTY = 60
"""How much a non-prose block between two prose runs costs, in characters of prose."""
TITLE_WINDOW = 10
"""How many blocks above the content the title is looked for in."""


_SENTENCE_ENDS = frozenset(".!?。！？…;:")
_CLOSERS = "”\"’)）」』"


def _ends_sentence(text: str) -> bool:
    """Whether :data:`_SENTENCE_END` is found in ``text``: a sentence end, then closing
    quotes or brackets, then white space to the end (looked at from the end: searching
    tries every full stop of a paragraph)."""
    return text.rstrip().rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


def _mostly_wide(text: str) -> bool:
    """``wide_share(text) >= 0.3``, answered without a scan when the text is too short in
    UTF-8 to hold that many wide characters (three bytes each; every other at least one)."""
    if text.isascii() or len(text.encode("utf-8", "surrogatepass")) < 1.6 * len(text):
        return False
    return wide_share(text) >= 0.3


def wide_share(text: str) -> float:
    """The share of characters from scripts written without spaces (CJK, Thai)."""
    if not text or text.isascii():  # isascii() reads a flag: no scan of the text
        return 0.0
    return len(_WIDE.findall(text)) / len(text)


def detect_stopwords(texts: list[str]) -> frozenset[str]:
    """The stop words of the language most of ``texts`` is in (English when none fits)."""
    counts: Counter[str] = Counter()
    for text in texts[:400]:
        for word in _WORD.findall(text.casefold())[:200]:
            counts[word] += 1
    if not counts:
        return _STOPWORDS["en"]
    best = max(_STOPWORDS, key=lambda lang: sum(counts[w] for w in _STOPWORDS[lang]))
    return _STOPWORDS[best]


def stopword_share(text: str, stopwords: frozenset[str]) -> float:
    """The share of ``text``'s words that are stop words."""
    words = _WORD.findall(text.casefold())
    if not words:
        return 0.0
    return sum(1 for w in words if w in stopwords) / len(words)


def word_count(text: str) -> int:
    """Words, counting two CJK or Thai characters as one word."""
    wide = len(_WIDE.findall(text))
    return len(text.split()) + wide // 2


def is_prose(text: str, stopwords: frozenset[str]) -> bool:
    """Whether ``text`` reads as running text (a sentence or more), not as a label or menu."""
    marker = parse_marker(text, allow_bare=False)
    return _is_prose_after(text[marker.length :] if marker is not None else text, stopwords)


def _block_is_prose(block: Block, stopwords: frozenset[str]) -> bool:
    """:func:`is_prose` of a block's text, with the block's marker parsed once."""
    marker = leading_marker(block)
    text = block.text
    return _is_prose_after(text[marker.length :] if marker is not None else text, stopwords)


def _without_typographic(text: str) -> str:
    """``text`` with :data:`_TYPOGRAPHIC` punctuation replaced (str.translate() is several
    times slower: it looks every character up)."""
    for typographic, plain in _TYPOGRAPHIC:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


def _ascii_words(text: str) -> list[bytes]:
    """The words :data:`_WORD` finds in ASCII ``text``, lower-cased, as ASCII bytes."""
    data = text.encode("ascii").translate(_ASCII_WORD_BYTES)
    if b"'" in data:
        data = _LONE_APOSTROPHE.sub(b" ", data)
    return data.split()


@functools.lru_cache(maxsize=32)
def _ascii_stopwords(stopwords: frozenset[str]) -> frozenset[bytes]:
    """``stopwords`` as ASCII bytes (those that are ASCII: no other can be an ASCII word)."""
    return frozenset(w.encode("ascii") for w in stopwords if w.isascii())


def _is_prose_after(text: str, stopwords: frozenset[str]) -> bool:
    """:func:`is_prose` of the text after any marker."""
    plain = text if text.isascii() else _without_typographic(text)
    if plain.isascii():
        # ASCII text casefolds to its lower case, which has the same words, lower-cased:
        # the words are found once (for their count and stopword_share()), without the
        # Unicode word pattern.
        words = _ascii_words(plain)
        if len(words) < PROSE_MIN_WORDS:
            return False
        if not (_ends_sentence(text) or len(words) >= PROSE_UNENDED_WORDS):
            return False
        known = _ascii_stopwords(stopwords).__contains__
        return sum(map(known, words)) / len(words) >= STOPWORD_SHARE
    if _mostly_wide(text):
        return len(text) >= PROSE_MIN_WIDE_CHARS and bool(re.search(r"[。、，！？]", text))
    words = _WORD.findall(text)
    if len(words) < PROSE_MIN_WORDS:
        return False
    if not (_ends_sentence(text) or len(words) >= PROSE_UNENDED_WORDS):
        return False
    return stopword_share(text, stopwords) >= STOPWORD_SHARE


def is_label_row(text: str) -> bool:
    """Labels separated by "|", ">" or "›" with no sentence: a breadcrumb, menu or tag row."""
    parts = [p for p in re.split(r"\s*[|｜>›»]\s*", text) if p.strip()]
    if not _PIPE_LABELS.search(f" {text} ") or len(parts) < 2:
        return False
    short = sum(1 for p in parts if len(p.split()) <= 4)
    return (
        all(len(p.split()) <= 12 for p in parts)
        and 2 * short >= len(parts)
        and not _SENTENCE_BREAK.search(text)
    )


@dataclass
class Located:
    """Where the readout stands among the blocks, and which blocks are furniture around it."""

    start: int | None = None
    """Index of the first block of the densest run of prose (None: no prose at all)."""
    title: int | None = None
    """Index of the title block, when one was found above the content."""
    title_reason: str = ""
    furniture: dict[int, str] = field(default_factory=dict)
    """Block index -> why it is page furniture."""


def locate_content(
    blocks: list[Block],
    *,
    known_title: str | None = None,
    is_date_line: Callable[[str], bool] | None = None,
    keep: Callable[[str], bool] | None = None,
) -> Located:
    """Find the content run, the title above it, and the furniture around them.

    ``is_date_line`` says which lines are date lines: a title next to one is likely.
    ``keep`` says which lines above the title are front matter, not furniture (dates,
    attribution lines).
    """
    located = Located()
    if len(blocks) < 3:
        return located
    texts = [b.text for b in blocks]
    stopwords = detect_stopwords(texts)
    # Running text is said once: a block repeated word for word is a label or a title.
    counts = Counter(texts)
    prose = [counts[b.text] == 1 and _block_is_prose(b, stopwords) for b in blocks]
    if not any(prose):
        return located
    start = _densest_run_start(blocks, prose)
    # A title-like line heading the run, with a date or a byline under it, is not its prose.
    while (
        start + 2 < len(blocks)
        and not prose[start + 1]
        and _title_like(blocks[start], False)
        and any(prose[start + 2 : start + 4])
    ):
        start += 1
    located.start = start

    def dated(index: int) -> bool:
        if not 0 <= index < len(blocks):
            return False
        if is_date_line is not None:
            return is_date_line(texts[index])
        return find_date(texts[index]) is not None and len(texts[index]) < 40

    def kept(index: int) -> bool:
        return keep is not None and keep(texts[index])

    title = _choose_title(blocks, prose, start, known_title, dated, kept, counts)
    if title is not None:
        located.title, located.title_reason = title
    top = located.title
    if top is not None:
        for index in range(top):
            if _same(texts[index], texts[top]):
                located.furniture[index] = "repeated title"
            elif not dated(index) and not kept(index):
                located.furniture[index] = "page furniture above the title"
    # Between the title and the content: label rows and repeats are furniture too.
    seen: set[str] = set()
    for index in range(top if top is not None else 0, start):
        text = texts[index]
        if index != top and (is_label_row(text) or text in seen):
            located.furniture[index] = "site section label"
        seen.add(text)
    # After the last prose: short, unnumbered, non-prose lines trailing to the end.
    last = max(i for i, p in enumerate(prose) if p)
    for index in range(len(blocks) - 1, last, -1):
        block = blocks[index]
        if (
            block.kind == "heading"
            or word_count(block.text) > 6
            or leading_marker(block) is not None
            or _SENTENCE_END.search(block.text.rstrip(":："))
            or dated(index)
            or kept(index)
            or re.search(r"[|\d]", block.text)  # a table row or a figure: content
        ):
            break
        located.furniture[index] = "page furniture after the readout"
    return located


def _same(a: str, b: str) -> bool:
    return a.casefold().strip(" .") == b.casefold().strip(" .")


def _densest_run_start(blocks: list[Block], prose: list[bool]) -> int:
    """Start of the run of blocks with the most prose in it, short blocks costing some."""
    best_score = best_start = 0
    score = 0
    run_start = 0
    for index, block in enumerate(blocks):
        if prose[index]:
            gain = min(len(block.text), 600) * (2 if _mostly_wide(block.text) else 1)
        elif leading_marker(block) is not None:
            gain = -NON_PROSE_PENALTY // 3  # a short list item: lists are part of readouts too
        else:
            gain = -NON_PROSE_PENALTY
        if score <= 0 and prose[index]:
            score, run_start = 0, index
        score += gain
        if score > best_score:
            best_score, best_start = score, run_start
    return best_start


def _title_like(block: Block, prose: bool, *, repeated: bool = False) -> bool:
    text = block.text
    if is_label_row(text) or len(text) > 300 or text.endswith((":", "：")) or text[0].islower():
        return False  # a label row, a paragraph, an introduction, or a line's continuation
    if leading_marker(block) is not None:
        return False  # a numbered section's heading
    sentence = text.rstrip("”\"’')").endswith((".", "。"))
    if sentence and not repeated:
        return False  # a sentence said once: the readout's first paragraph, not its title
    words = word_count(text)
    return words >= 3 or (wide_share(text) >= 0.3 and len(text) >= 4)


def _choose_title(
    blocks: list[Block],
    prose: list[bool],
    start: int,
    known_title: str | None,
    dated: Callable[[int], bool],
    kept: Callable[[int], bool],
    counts: Counter[str],
) -> tuple[int, str] | None:
    """The best title-like block above ``start``, with the reason it was chosen."""
    texts = [b.text for b in blocks]
    best: tuple[float, int, str] | None = None
    rank = 0
    low = max(0, start - TITLE_WINDOW)
    for index in range(start - 1, low - 1, -1):
        block = blocks[index]
        repeated = counts[block.text] > 1
        if dated(index) or kept(index) or not _title_like(block, prose[index], repeated=repeated):
            continue
        text = block.text
        score = min(word_count(text), 20) * 0.5 - 0.5 * rank
        reason = "nearest title-like line above the text"
        if block.kind == "heading" or block.strong:
            score += 14 if block.kind == "heading" and block.level == 1 else 6
            reason = "heading above the text"
        if dated(index + 1):
            score += 6
            reason = "title-like line above the date"
        elif dated(index - 1):
            score += 2
        if index == 0:
            score += 1  # where a copied page's title usually is, when nothing came above it
        if repeated:
            score += 3  # pages often repeat their title (page heading and article heading)
        if known_title is not None and _agrees(text, known_title):
            score += 12
            reason = "line agreeing with the page title"
        elif any(
            len(other) > len(text) + 2 and other.endswith(text) and is_label_row(other)
            for other in texts[max(0, low - TITLE_WINDOW) : start]
        ):
            score += 6
            reason = "line ending the breadcrumb"
        if best is None or score > best[0]:
            best = (score, index, reason)
        rank += 1
    if best is None:
        return None
    return best[1], best[2]


def _agrees(line: str, title: str) -> bool:
    a, b = line.casefold().strip(" ."), title.casefold().strip(" .")
    return a == b or (len(a) >= 12 and (b.startswith(a) or a.startswith(b)))


_CONNECTORS = frozenset(
    {"and", "of", "with", "for", "on", "in", "to", "the", "between", "at", "by", "&", "-"}
    | {"–", "—", ",", "und", "et", "y", "e", "и", "і", "та", "の", "と"}
)


def continues_title(title: Block, following: Block) -> bool:
    """Whether ``following`` is the rest of a title broken across two lines.

    The title ends in a word that cannot end one ("and", "of", "with", a comma, a dash) and
    the next line is short, unnumbered and not a sentence.
    """
    words = title.text.split()
    last = words[-1].casefold() if words else ""
    if last not in _CONNECTORS and not title.text.endswith((",", "–", "-", "&")):
        return False
    text = following.text
    return (
        0 < word_count(text) <= 12
        and leading_marker(following) is None
        and not _SENTENCE_END.search(text)
        and not is_label_row(text)
    )
