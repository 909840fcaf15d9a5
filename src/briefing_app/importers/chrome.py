"""Site chrome: navigation, footers and end markers that came along with a copied page."""

from __future__ import annotations

import re
from collections import Counter

_LANGUAGES = (
    r"english|japanese|日本語|français|francais|español|espanol|deutsch|русский|한국어|korean|"
    r"中文|简体中文|繁體中文|العربية|português|italiano|other languages"
)
_REASONS: tuple[tuple[str, str], ...] = (
    (
        "navigation",
        r"(back|return|go back) to (the )?(index|top|list|previous page|home(page)?"
        r"|main page|page top|[\w' -]{1,40}(index|list|page))\.?",
    ),
    ("navigation", r"(page )?top( of page)?|to top|ページの?(先頭|トップ)へ(戻る)?|目次へ戻る"),
    # "オーストラリア連邦へ戻る": a link back to the site section ("Return to …" in English
    # can be a heading, so only the forms above count there).
    ("navigation", r"[^\s。、]{1,30}へ戻る"),
    # Korean skip links and search toggles: "본문 바로가기", "검색창 열기".
    ("navigation", r"[\w ]{0,20}바로가기|(검색창?|메뉴|전체 ?메뉴) ?(열기|닫기)"),
    (
        "language switcher",
        r"(english|french|german|spanish|japanese) (version|page)|"
        r"(version|versión|versione|fassung) (française|francaise|anglaise|english|española|"
        r"espanola|inglesa|italiana|inglese|deutsche|englische)|"
        r"(英語|日本語|中文|한국어)版?( ?[(（](english|japanese)[)）])?",
    ),
    ("national symbol", r"(the )?(national )?(flag|coat of arms) of [\w .'’-]{2,60}"),
    ("footer", r"last (updated|modified|reviewed)\b.{0,40}"),
    ("navigation", r"skip (to|navigation)( main)?( content| navigation)?|jump to (main )?content"),
    (
        "navigation",
        r"(main )?(menu|navigation|content|container)|close menu|open menu|search( this site)?",
    ),
    (
        "navigation",
        r"(print|share|email|tweet|facebook|twitter|linkedin|whatsapp)"
        r"( this( page| article)?)?([ |·/,]+(print|share|email|tweet|facebook|twitter|x|"
        r"linkedin|whatsapp))*",
    ),
    (
        "navigation",
        r"(partager|imprimer|teilen|drucken|compartir|imprimir|condividi|stampa|compartilhar|"
        r"поделиться|поділитися|друк|共有|印刷|공유|인쇄|分享|打印)( (cette page|diese seite))?",
    ),
    ("navigation", r"(previous|next)( (article|page|post|story))?( [»›>]|:.*)?"),
    ("language switcher", rf"({_LANGUAGES})(\s*[|/·,]\s*({_LANGUAGES}))+"),
    ("breadcrumb", r"(home|top|ホーム|トップページ)\s*[>›»/|]\s*.{1,200}"),
    ("view counter", r"(page )?(views?|hits|閲覧数|조회수?)\s*[:：]?\s*[\d,]+|[\d,]+\s+views?"),
    ("footer", r"(©|\(c\)|copyright\b).{0,200}"),
    (
        "footer",
        r"(privacy( policy)?|terms( of use| and conditions)?|contact( us)?|sitemap|"
        r"site map|accessibility|cookies?( policy| settings)?|faq|rss|"
        r"about (this|the) (site|website))"
        r"(\s*[|·/•]\s*(privacy( policy)?|terms( of use)?|contact( us)?|sitemap|site map|"
        r"accessibility|cookies?( policy)?|faq|rss|about us))*",
    ),
    ("footer", r"(this page|page) (was )?(last )?(updated|modified)( on)?\b.{0,40}"),
    ("archive banner", r"this (site|page|website|content) (has been|was|is) archived\b.{0,60}"),
    (
        "end marker",
        r"[*#=_~\-–—]{3,}|(\\[*#])+|end( of (document|statement|text))?\.?|"
        r"# # #|\* \* \*|-\s*end\s*-|＃＃＃",
    ),
    ("page header", r"page \d+( of \d+)?|\d+ ?/ ?\d+ pages?|[-–—] ?\d{1,3} ?[-–—]"),
    (
        "document label",
        r"briefing room|statements( and|&) releases|press releases?|readouts?|"
        r"media notes?|press statements?|fact sheets?|speeches( and|&) remarks|news( releases?)?|"
        r"報道発表|会談・訪問|外交政策",
    ),
    (
        "site name",
        r"(the )?ministry of foreign affairs( of [a-z' ]{2,40})?|"
        r"(u\.\s?s\.\s?)?department of state|"
        r"united states department of state|the white house|foreign,? commonwealth (&|and) "
        r"development office|gov\.uk|global affairs canada|department of foreign affairs "
        r"and trade|外務省|외교부|中华人民共和国外交部",
    ),
)
# One alternation with a named group per reason: a single match per line, not fourteen.
_CHROME = re.compile(
    "|".join(f"(?P<g{index}>{pattern})" for index, (_, pattern) in enumerate(_REASONS)),
    re.IGNORECASE,
)
# A line starting "12. " or "(3) " is no chrome: no pattern above matches a digit followed
# by "." or ")" (nor "(" and a digit) at the start, nor has "へ戻る" after a space. Checked
# first, it saves the long match on most numbered sections and items.
_NUMBERED_START = re.compile(r"(?:\d+\.|\(\d+\))\s")
_URL_LINE = re.compile(r"(source|url|link|original)?\s*[:：]?\s*(https?://\S+)", re.IGNORECASE)


def chrome_reason(text: str, *, near_top: bool = False) -> str | None:
    """Why ``text`` (one whole block) is site chrome, or None when it is content.

    Page labels ("READOUT", "Press release") count as chrome in capitals anywhere, and in
    any case among the first lines of a page (``near_top``).
    """
    if len(text) > 160:
        return None
    stripped = text.strip().strip("[]<>«»|").strip()
    if _NUMBERED_START.match(stripped):
        return None
    match = _CHROME.fullmatch(stripped)
    if match is None or match.lastgroup is None:
        return None
    reason = _REASONS[int(match.lastgroup[1:])][0]
    if reason == "document label" and stripped != stripped.upper() and not near_top:
        return None  # "READOUT" above a title is a label; "Readout" may be the title itself
    if reason == "site name" and not near_top:
        return None  # the ministry's name further down is text ("…by the Ministry of …")
    return reason


def source_url(text: str) -> str | None:
    """The URL when ``text`` is a bare "Source: URL" line, else None."""
    if "://" not in text:
        return None  # most lines: one substring search instead of a regex match
    match = _URL_LINE.fullmatch(text.strip())
    return match.group(2) if match else None


def repeated_lines(texts: list[str], *, minimum: int = 3) -> set[str]:
    """Short lines repeated ``minimum`` times or more: page headers and footers of a copy."""
    counts = Counter(t for t in texts if 0 < len(t) <= 80)
    return {text for text, count in counts.items() if count >= minimum and not _is_markerish(text)}


def _is_markerish(text: str) -> bool:
    return bool(re.match(r"^[-•(（\d①-⑳IVXivx]", text))


def navigation_runs(texts: list[str]) -> set[int]:
    """Indexes of numbered menus at the very start or end of a page ("1. Home", "2. Press").

    Three or more consecutive numbered lines of at most four words, with nothing but other
    chrome before them (or after them, at the end), are a copied navigation list.
    """
    from briefing_app.importers.markers import parse_marker

    def menu_entry(text: str) -> bool:
        marker = parse_marker(text, allow_bare=False)
        if marker is None or marker.is_bullet:
            return False
        rest = text[marker.length :]
        return 0 < len(rest.split()) <= 4 and not rest.rstrip().endswith((".", "。", ":"))

    found: set[int] = set()
    for indexes in (range(len(texts)), range(len(texts) - 1, -1, -1)):
        run: list[int] = []
        for index in indexes:
            if chrome_reason(texts[index]) is not None:
                continue
            if not menu_entry(texts[index]):
                break
            run.append(index)
        if len(run) >= 3:
            found.update(run)
    return found
