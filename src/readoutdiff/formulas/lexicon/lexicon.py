"""Formula lexicons: the built-in one (package data) and users' TOML files.

A lexicon file is TOML with one ``[[formula]]`` table per formula::

    [[formula]]
    id = "true-multilateralism"        # required: lower case, digits, - . / _
    text = "true multilateralism"      # required: the canonical (English) wording
    variants = ["genuine multilateralism"]  # other wordings of the same formula
    zh = ["真正的多边主义"]              # official Chinese wordings (Simplified)
    ru = ["подлинная многосторонность"]  # official Russian wordings (any inflection)
    topic = "multilateralism"          # a short tag
    successors = []                    # ids of formulas that replace this one
    fuzzy = true                       # match near-misses (rapidfuzz), default true
    seen_in = "https://..."            # one public document the wording was seen in
    zh_seen_in = "https://..."         # ... and where the Chinese wordings were seen
    ru_seen_in = "https://..."         # ... and where the Russian wordings were seen

One formula keeps one id across languages: a Chinese or Russian wording is another wording of
the same formula, so a formula kept across an English and a Chinese readout is one event. Every
``zh`` wording must contain Chinese characters and every ``ru`` wording Cyrillic letters. Until
the matcher knows languages, ``zh`` and ``ru`` wordings are matched like variants (Chinese
character by character, Russian word by word as written). Older files that list Chinese
wordings under ``variants`` still load and match as before. The ``*seen_in`` keys are free
text (a URL, or a document title and date) and do not change matching; the built-in lexicon
names a source for every entry and every language (checked by its test).

A top-level ``remove = ["id", ...]`` drops formulas of lexicons merged before.
Merging (:func:`merge`) lets a later lexicon override an earlier one id by id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache, partial
from pathlib import Path
from typing import Any, NoReturn

from readoutdiff.errors import LexiconError
from readoutdiff.formulas.words.phrases import has_words
from readoutdiff.languages.folding import is_cjk
from readoutdiff.model import Entry as Entry
from readoutdiff.model import FormulaSource
from readoutdiff.model import Lexicon as Lexicon
from readoutdiff.text.wide import CYRILLIC_LETTERS

_ID = re.compile(r"[a-z0-9][a-z0-9._/-]*\Z")
_KEYS = {
    "id", "text", "variants", "zh", "ru", "topic", "successors", "fuzzy",
    "seen_in", "zh_seen_in", "ru_seen_in",
}  # fmt: skip
_LISTS = ("variants", "zh", "ru", "successors")
_SOURCES = ("seen_in", "zh_seen_in", "ru_seen_in")
_SCRIPT: dict[str, tuple[Callable[[str], bool], str]] = {
    "zh": (is_cjk, "Chinese characters"),
    "ru": (CYRILLIC_LETTERS.__contains__, "Cyrillic letters"),
}
"""What every wording of a language list must contain a character of (told by code point: the
CJK class would take 5 ms to compile)."""
_TOP_KEYS = {"formula", "remove", "version"}
_RULES_KEYS = {"watch", "forbid", "similarity", "dropped", "changed"}
"""The top-level keys of a ``check`` rules file (``check/rules.py``): a lexicon file holding
only these is that file given as a lexicon (rev31)."""
_BUILTIN_OR_USER = "the built-in lexicon nor of a --lexicon file"
_LINE_IN_MESSAGE = re.compile(r"\(at line (\d+), column \d+\)")


def parse(
    text: str, *, path: str = "<lexicon>", source: FormulaSource = FormulaSource.USER
) -> Lexicon:
    """Read lexicon TOML ``text``; raise :class:`LexiconError` with ``path`` and line if malformed.

    >>> parse('[[formula]]\\nid = "x"\\ntext = "core interests"').entries[0].text
    'core interests'
    >>> parse('[[formula]]\\nid = "x"\\ntxt = "core interests"', path="my.toml")
    Traceback (most recent call last):
    ...
    readoutdiff.errors.LexiconError: my.toml:3: formula "x": unknown key 'txt'; use one of: fuzzy, id, ru, ru_seen_in, seen_in, successors, text, topic, variants, zh, zh_seen_in
    """
    data = read_toml(text, path)
    unknown = [key for key in data if key not in _TOP_KEYS]  # in the file's order: the first
    if unknown:
        line = _line_of_top_key(text, unknown[0])
        if "formula" not in data and not set(unknown) - _RULES_KEYS:
            raise LexiconError(
                "is a rules file (for readoutdiff check --rules FILE), not a lexicon: a lexicon"
                " holds [[formula]] tables", path=path, line=line,
            )  # fmt: skip
        raise LexiconError(
            f"unknown top-level key {unknown[0]!r}; use [[formula]] tables and 'remove'",
            path=path, line=line,
        )  # fmt: skip
    version = data.get("version", 1)
    if type(version) is not int or version != 1:  # a later format may mean keys read otherwise
        raise LexiconError(
            f"version {version!r} is not one this readoutdiff reads; write version = 1 or leave"
            " it out", path=path, line=_line_of_key(text, "version", 1),
        )  # fmt: skip
    tables = data.get("formula", [])
    if not isinstance(tables, list):
        raise LexiconError(
            "'formula' must be an array of tables: write [[formula]]", path=path, line=1
        )
    entries = _entries(tables, text, path, source)
    removed = _strings(data.get("remove", []), "remove", path, _line_of_key(text, "remove", 1))
    return Lexicon(entries=entries, removed=removed)


def load(path: str | Path, *, source: FormulaSource = FormulaSource.USER) -> Lexicon:
    """Read the lexicon file at ``path``; raise :class:`LexiconError` if it cannot be used.

    A file with no formula and no ``remove`` (empty, only comments or ``version = 1``) is
    refused too: it would change nothing, so it is the wrong file or one not yet written, as a
    ``--history`` folder with no readout is refused.
    """
    lexicon = parse(read_settings(path, "lexicon"), path=str(path), source=source)
    if not lexicon.entries and not lexicon.removed:
        raise LexiconError(
            "has no formulas: a lexicon holds [[formula]] tables (or remove = [...]);"
            " check that it is the file meant",
            path=str(path),
        )
    return lexicon


def read_toml(text: str, path: str) -> dict[str, Any]:
    """Read the TOML ``text`` of a settings file (a lexicon or rules); a :class:`LexiconError`
    at the line TOML names if it is no TOML.

    >>> read_toml('version = 1\\nremove = [\\n"x",\\nformula', path="my.toml")
    Traceback (most recent call last):
    ...
    readoutdiff.errors.LexiconError: my.toml:4: not valid TOML: Invalid value
    """
    import tomllib  # here: a run that finds the built-in lexicon cached never needs it

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _LINE_IN_MESSAGE.search(str(error))
        message = _LINE_IN_MESSAGE.sub("", str(error)).strip()
        line = int(match.group(1)) if match else None
        raise LexiconError(f"not valid TOML: {message}", path=path, line=line) from None


_GIVE = {"lexicon": "give the path of its TOML file", "rules": "give the path of their TOML file"}


def _settings_bytes(file: Path, give: str) -> bytes:
    """The bytes of a settings file. Only a regular file is read whole: a device (``/dev/zero``,
    which never ends) is an :class:`~readoutdiff.errors.InputError` saying what to ``give``
    instead (ux24), for the command line, ``check --rules`` and the library alike; a named pipe
    no program writes to is refused rather than waited on for ever (ux7); anything else that is
    not a regular file is read up to a limit, as a readout is
    (:func:`readoutdiff.ingest.reading.read_bytes`)."""
    import stat

    if stat.S_ISREG(file.stat().st_mode):
        return file.read_bytes()
    from readoutdiff.errors import InputError
    from readoutdiff.ingest.reading import read_bytes, refuse_device

    refuse_device(str(file), give)
    try:
        return read_bytes(str(file), max_bytes=64 * 1024 * 1024)
    except InputError as error:
        raise LexiconError(error.message, path=str(file)) from None


def read_settings(path: str | Path, what: str) -> str:
    """Return the text of a UTF-8 settings file (a lexicon or rules); a user error if it is unreadable.

    >>> read_settings("-", "rules")
    Traceback (most recent call last):
    ...
    readoutdiff.errors.LexiconError: the rules cannot come from standard input (-): give the path of their TOML file
    """
    name = str(path)
    if name == "-":  # named so: "-" would be called "standard input" and read as a file
        raise LexiconError(f"the {what} cannot come from standard input (-): {_GIVE[what]}")
    file = Path(path)
    if file.is_dir():
        raise LexiconError(f"is a folder: {_GIVE[what]}", path=name)
    if not file.exists():
        raise LexiconError(f"cannot read the {what}: no such file; check the path", path=name)
    try:
        raw = _settings_bytes(file, _GIVE[what])
    except OSError as error:
        raise LexiconError(
            f"cannot read the {what} ({error.strerror}); check the path", path=name
        ) from None
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Notepad's "Unicode"
        raise LexiconError("is UTF-16; TOML is read as UTF-8: re-save it as UTF-8", path=name)
    if b"\0" in raw[:8192]:  # a file picked by mistake: an image, an archive, a compiled file
        raise LexiconError(f"is binary (it has NUL bytes), not TOML: {_GIVE[what]}", path=name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        from readoutdiff.ingest.legacy import guess  # the error path alone needs it

        body = error.object  # the bytes after a byte-order mark, as a readout's error tells them
        line, encoding = body[: error.start].count(b"\n") + 1, guess(raw)
        before = body[body.rfind(b"\n", 0, error.start) + 1 : error.start]  # valid UTF-8
        where = f"byte 0x{body[error.start]:02x} at column {len(before.decode('utf-8')) + 1}"
        reads = f" but reads as {encoding}" if encoding else ""
        raise LexiconError(
            f"is not valid UTF-8 ({where}){reads}; re-save it as UTF-8", path=name, line=line
        ) from None


@cache
def builtin() -> Lexicon:
    """Return the built-in lexicon shipped with readoutdiff.

    >>> len(builtin().entries) >= 60
    True
    """
    from readoutdiff.formulas.lexicon.lexicon_cache import cached_file

    # a plain file (no importlib.resources), read only if the cache has no entry for it as it is
    path, source = "readoutdiff/data/formulas.toml", FormulaSource.BUILTIN
    return cached_file("data/formulas.toml", lambda text: parse(text, path=path, source=source))


def merge(*lexicons: Lexicon) -> Lexicon:
    """Combine lexicons; a later entry replaces an earlier one with the same id.

    >>> base = parse('[[formula]]\\nid = "x"\\ntext = "core interests"')
    >>> more = parse('remove = ["x"]\\n[[formula]]\\nid = "y"\\ntext = "new era"')
    >>> [entry.id for entry in merge(base, more).entries]
    ['y']
    """
    by_id: dict[str, Entry] = {}
    for lexicon in lexicons:
        for removed in lexicon.removed:
            by_id.pop(removed, None)
        for entry in lexicon.entries:
            by_id[entry.id] = entry
    return Lexicon(entries=tuple(by_id.values()))


def _entries(tables: list[Any], text: str, path: str, source: FormulaSource) -> tuple[Entry, ...]:
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, table in enumerate(tables):
        if not isinstance(table, dict):  # the line is looked up only for a message
            raise LexiconError(
                "each formula must be a table: write [[formula]]",
                path=path, line=_table_line(text, number),
            )  # fmt: skip
        entry = _entry(table, source, partial(_fail, text, path, number, table))
        if entry.id in seen:
            _fail(
                text,
                path,
                number,
                table,
                "id",
                f"id {entry.id!r} is used twice; ids must be unique",
            )
        seen.add(entry.id)
        entries.append(entry)
    return tuple(entries)


def _entry(
    table: Mapping[str, Any], source: FormulaSource, fail: Callable[[str, str], NoReturn]
) -> Entry:
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        fail(unknown[0], f"unknown key {unknown[0]!r}; use one of: {', '.join(sorted(_KEYS))}")
    for field in ("id", "text"):
        if not isinstance(table.get(field), str) or not table[field].strip():
            fail(field if field in table else "id", f'needs {field} = "..." (a non-empty string)')
    if not _ID.match(table["id"]):
        fail("id", f"id {table['id']!r} must be lower case letters, digits and - . / _")
    lists = {field: table.get(field, []) for field in _LISTS}
    for field, value in lists.items():
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            fail(field, f"{field} must be a list of non-empty strings")
    for field, (script, what) in _SCRIPT.items():
        for wording in lists[field]:
            if not any(map(script, wording)):
                fail(field, f"{field} wording {wording!r} has no {what}")
    for field in ("text", "variants", "zh", "ru"):
        for wording in [table["text"]] if field == "text" else lists[field]:
            if not has_words(wording):
                fail(field, f"wording {wording!r} has no words to match")
    for field in ("topic", *_SOURCES):
        if not isinstance(table.get(field, ""), str):
            fail(field, f"{field} must be a string")
    if not isinstance(table.get("fuzzy", True), bool):
        fail("fuzzy", "fuzzy must be true or false")
    return Entry(
        id=table["id"], text=table["text"].strip(), variants=tuple(lists["variants"]),
        zh=tuple(lists["zh"]), ru=tuple(lists["ru"]),
        topic=table.get("topic", ""), successors=tuple(lists["successors"]),
        fuzzy=table.get("fuzzy", True), source=source,
        **{field: table.get(field, "").strip() for field in _SOURCES},
    )  # fmt: skip


def _fail(
    text: str, path: str, number: int, table: Mapping[str, Any], field: str, problem: str
) -> NoReturn:
    name = (
        f'formula "{table["id"]}"' if isinstance(table.get("id"), str) else f"formula #{number + 1}"
    )
    line = _line_of_key(text, field, _table_line(text, number))
    raise LexiconError(f"{name}: {problem}", path=path, line=line)


def _strings(value: Any, field: str, path: str, line: int) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise LexiconError(f"{field} must be a list of formula ids", path=path, line=line)
    return tuple(value)


_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*formula[ \t]*\]\]", re.M)


def _table_line(text: str, number: int) -> int:
    """Return the line of the ``number``-th ``[[formula]]`` header (1 if not found)."""
    headers = [match.start() for match in _HEADER.finditer(text)]
    if number < len(headers):
        return text.count("\n", 0, headers[number]) + 1
    return 1


def _line_of_top_key(text: str, key: str) -> int:
    """Return the first line that sets the top-level ``key``: ``key =``, ``key.x =``, or a table
    header ``[key]``, ``[[key]]``, ``[key.x]`` (1 when none does).

    >>> _line_of_top_key('version = 1\\n\\n[changed]\\nseverity = "off"', "changed")
    3
    """
    found = re.search(
        rf"^[ \t]*(?:\[\[?[ \t]*{re.escape(key)}[ \t]*[.\]]|{re.escape(key)}[ \t]*[.=])",
        text, re.M,
    )  # fmt: skip
    return 1 if found is None else text.count("\n", 0, found.start()) + 1


def _line_of_key(text: str, field: str, from_line: int) -> int:
    """Return the line where ``field =`` is set inside the table starting at ``from_line``."""
    lines = text.splitlines()
    for index in range(from_line - 1, len(lines)):
        if index > from_line - 1 and _HEADER.match(lines[index]):
            break
        if re.match(rf"\s*{re.escape(field)}\s*=", lines[index]):
            return index + 1
    return from_line


def chosen(user_files: Sequence[str | Path] = (), *, use_builtin: bool = True) -> Lexicon:
    """Return the lexicon a run uses: the built-in one (unless turned off) merged with user files.

    >>> len(chosen(use_builtin=False).entries)
    0
    """
    users = [(path, load(path)) for path in user_files]
    if users:  # the built-in ids are known even when it is off: the file is valid either way
        known = {entry.id for entry in builtin().entries}
        known |= {entry.id for _, lexicon in users for entry in lexicon.entries}
        for path, lexicon in users:
            _refuse_unknown_ids(lexicon, str(path), known)
    return merge(*([builtin()] if use_builtin else []), *(lexicon for _, lexicon in users))


def _refuse_unknown_ids(lexicon: Lexicon, path: str, known: set[str]) -> None:
    """A successor or a removed id no lexicon in use has is a mistake (a misspelt id would do
    nothing, silently): refused as ``check`` refuses a rule on an unknown id."""
    import difflib  # only on this error path

    def fail(wrong: str, what: str, field: str, number: int | None) -> NoReturn:
        text = read_settings(path, "lexicon")  # again: the line is needed only for the message
        line = _line_of_key(text, field, 1 if number is None else _table_line(text, number))
        near = difflib.get_close_matches(wrong, sorted(known), n=1, cutoff=0.8)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise LexiconError(
            f"{what} {wrong!r} is no formula of {_OWNERS[field]}{hint}", path=path, line=line
        )

    for number, entry in enumerate(lexicon.entries):  # in the file's order: the first is told
        for successor in (s for s in entry.successors if s not in known):
            fail(successor, f'formula "{entry.id}": successor', "successors", number)
    for removed in (r for r in lexicon.removed if r not in known):
        fail(removed, "remove:", "remove", None)


_OWNERS = {"successors": "this lexicon nor of the built-in one", "remove": _BUILTIN_OR_USER}
