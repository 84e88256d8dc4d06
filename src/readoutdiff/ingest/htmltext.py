"""Turn a saved HTML page into the plain text of its readout.

A readout saved from a ministry website comes wrapped in navigation, headers,
share links, scripts and styles. :func:`extract` parses the page with Beautiful
Soup over the standard library's ``html.parser`` (a maintained parser, never
regular expressions), drops what a reader does not see as the readout, and
writes the visible main text: one paragraph per block element, paragraphs
separated by a blank line, white space collapsed as a browser does. Spans of a
readout read from HTML therefore point into this extracted text, not into the
page's source.

>>> page = extract("<title>T</title><nav>Home</nav><h1>Leaders met</h1>"
...                "<p>They   agreed.<br>Trade grew.</p><script>x()</script>")
>>> page.text, page.title
('Leaders met\\n\\nThey agreed.\\nTrade grew.\\n', 'Leaders met')
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from readoutdiff.records.record import record

_HIDDEN_TAGS = (
    "script style noscript template iframe object embed svg canvas form button select input"
    " textarea nav header footer aside menu dialog head title"
).split()
_HIDDEN_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
_HIDDEN_NAMES = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|breadcrumbs?|crumbs?|navbar|nav|menu|sidebar|cookies?"
    r"|print|related|toolbar|skip|advert|ads)(?:$|[\s_-])",
    re.I,
)
_BLOCKS = frozenset(
    """address article blockquote center dd details div dl dt figcaption figure h1 h2 h3 h4
    h5 h6 hr li main ol p pre section summary table tbody thead tfoot tr ul caption""".split()
)
_CELLS = frozenset({"td", "th"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_SPACES = re.compile(r" {2,}")
_WORD = re.compile(r"\w+")
_META_DATES = ("article:published_time", "date", "dc.date", "dcterms.date", "pubdate")
_META_URLS = ("og:url", "dc.identifier")


@record
class Page:
    """What a saved HTML page holds for readoutdiff."""

    text: str
    """The visible main text, paragraphs separated by a blank line."""
    title: str | None
    """The first ``<h1>``, else ``og:title``, else ``<title>``."""
    date: str | None
    """A publication date from ``<meta>`` or ``<time datetime>``, as written there."""
    url: str | None
    """The page's own address (canonical link or ``og:url``), when it names one."""


def extract(markup: str) -> Page:
    """Return the visible main text of the page ``markup`` with its title, date and address.

    Scripts, styles, navigation, headers, footers, forms and elements marked as
    share, social, breadcrumb or menu blocks are dropped; the main text is the
    ``<main>`` element (else the largest ``<article>``, else the body).

    >>> extract('<p>1 &lt; 2 <a href="#" onclick="x()">and</a> <b>more</b></p>').text
    '1 < 2 and more\\n'
    """
    soup = BeautifulSoup(markup, "html.parser")
    title = _title(soup)
    date = _meta(soup, _META_DATES) or _time(soup)
    url = _canonical(soup) or _meta(soup, _META_URLS)
    _drop_hidden(soup)
    root = _main(soup)
    paragraphs = _paragraphs(root)
    heading = soup.find("h1")
    if isinstance(heading, Tag) and root.find("h1") is None and title:
        paragraphs.insert(0, title)  # the title stood outside the main text: keep it first
    text = "\n\n".join(paragraphs)
    return Page(text=text + "\n" if text else "", title=title, date=date, url=url)


def outside_main(markup: str, text: str) -> frozenset[str]:
    """The lines of ``text`` (the page's visible text) that trafilatura leaves out of its main text.

    trafilatura (loaded only here: about 0.4 s) finds the article body of news pages better than
    the element rules above (word F1 0.96 against 0.83 on 181 real news pages, see
    ``benchmarks/bench_html.py``); what it leaves out is listed as ignored, never dropped. A page
    it finds no main text in keeps every line.
    """
    import trafilatura

    main = trafilatura.extract(markup, include_comments=False, include_tables=True) or ""
    flat = _HTML_SPACE.sub(" ", main)
    if not flat.strip():
        return frozenset()
    main_words = set(_WORD.findall(flat.lower()))
    cut = set()
    for line in text.splitlines():
        stripped = _HTML_SPACE.sub(" ", line).strip()
        if not stripped or stripped in flat:
            continue
        found = _WORD.findall(stripped.lower())
        if len(found) >= 8 and sum(word in main_words for word in found) >= 0.8 * len(found):
            continue  # the same paragraph, written a little differently
        cut.add(line.strip())
    return frozenset(cut)


def _title(soup: BeautifulSoup) -> str | None:
    for found in (soup.find("h1"), soup.find("meta", property="og:title"), soup.find("title")):
        if isinstance(found, Tag):
            value = found.get("content") if found.name == "meta" else found.get_text()
            words = _HTML_SPACE.sub(" ", str(value or "")).strip()
            if words:
                return words
    return None


def _meta(soup: BeautifulSoup, names: tuple[str, ...]) -> str | None:
    for tag in soup.find_all("meta"):
        name = str(tag.get("name") or tag.get("property") or tag.get("itemprop") or "").lower()
        content = str(tag.get("content") or "").strip()
        if name in names and content:
            return content
    return None


def _time(soup: BeautifulSoup) -> str | None:
    found = soup.find("time", datetime=True)
    return str(found["datetime"]).strip() or None if isinstance(found, Tag) else None


def _canonical(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link", href=True):
        if "canonical" in [str(rel).lower() for rel in link.get_attribute_list("rel")]:
            return str(link["href"]).strip() or None
    return None


def _drop_hidden(soup: BeautifulSoup) -> None:
    """Remove what a reader does not see as part of the readout."""
    for tag in soup.find_all(_HIDDEN_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_hidden):
        tag.decompose()


def _is_hidden(tag: Tag) -> bool:
    if tag.name in ("html", "body", "main", "article", "h1") or tag.attrs is None:
        return False
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    if str(tag.get("role", "")).lower() in _HIDDEN_ROLES:
        return True
    if re.search(r"display\s*:\s*none", str(tag.get("style", "")), re.I):
        return True
    names = " ".join([str(tag.get("id", "")), *map(str, tag.get_attribute_list("class"))])
    # A wrapper named "print-area" may hold the whole readout: only short blocks go by name.
    return bool(_HIDDEN_NAMES.search(names)) and len(tag.get_text(" ", strip=True)) < 400


def _main(soup: BeautifulSoup) -> Tag:
    main = soup.find("main") or soup.find(True, attrs={"role": "main"})
    if isinstance(main, Tag):
        return main
    articles = [tag for tag in soup.find_all("article") if isinstance(tag, Tag)]
    if articles:
        return max(articles, key=lambda tag: len(tag.get_text()))
    body = soup.find("body")
    return body if isinstance(body, Tag) else soup


def _paragraphs(root: Tag) -> list[str]:
    """Return the text of each block, white space collapsed; ``<br>`` keeps a line end."""
    paragraphs: list[str] = []
    current: list[str] = []
    _walk(root, paragraphs, current)
    _flush(paragraphs, current)
    return paragraphs


def _walk(node: Tag, paragraphs: list[str], current: list[str]) -> None:
    for child in node.children:
        if isinstance(child, PreformattedString):
            continue  # comments, CDATA, doctype, processing instructions
        if isinstance(child, NavigableString):
            current.append(_HTML_SPACE.sub(" ", str(child)))
        elif isinstance(child, Tag):
            _tag(child, paragraphs, current)


def _tag(tag: Tag, paragraphs: list[str], current: list[str]) -> None:
    if tag.name == "br":
        current.append("\n")
    elif tag.name == "pre":
        _flush(paragraphs, current)
        text = tag.get_text().strip("\r\n")
        if text.strip():
            paragraphs.append(text)
    elif tag.name in _BLOCKS:
        _flush(paragraphs, current)
        _walk(tag, paragraphs, current)
        _flush(paragraphs, current)
    else:
        if tag.name in _CELLS:
            current.append(" ")
        _walk(tag, paragraphs, current)


def _flush(paragraphs: list[str], current: list[str]) -> None:
    lines = (_SPACES.sub(" ", line).strip(" ") for line in "".join(current).split("\n"))
    text = "\n".join(line for line in lines if line.strip())
    if text:
        paragraphs.append(text)
    current.clear()
