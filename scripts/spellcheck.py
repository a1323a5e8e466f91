#!/usr/bin/env python3
"""Spell-checks Baken's texts with hunspell: the Dutch texts against nl_NL, the English ones against
en_GB.

Checked: the `nl` / `en` values of content/default/*.toml and content/default/modules/*.toml, and
crates/i18n/locales/nl.ftl / en.ftl. Markdown markup, content placeholders ({gemeente},
{contact:meldpunt}) and Fluent syntax (message ids, { $x } placeables, select expressions and their
variant keys) are left out; the words inside select variants are checked.

Words hunspell does not know are accepted only if scripts/spellcheck-allow.txt lists them (proper
names, terms and abbreviations); a compound of an allowed word with a hyphen (AOV-overleg) or a
possessive/plural with an apostrophe (AOV's) is accepted when its other parts are known words.
Every other unknown word is printed as file:line: word, and the exit status is 1.

Usage: scripts/spellcheck.py [--lang nl|en|all] [--words]
  --words  also print every distinct unknown word once (handy when filling the allow-list)
Needs Python 3.11+ (tomllib) and the Debian packages hunspell, hunspell-nl and hunspell-en-gb.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11
    sys.exit("spellcheck: needs Python 3.11 or newer (tomllib); Debian 12's python3 is 3.11")

ROOT = Path(__file__).resolve().parent.parent
ALLOW_LIST = ROOT / "scripts" / "spellcheck-allow.txt"
DICTIONARIES = {"nl": "nl_NL", "en": "en_GB"}


@dataclass
class Segment:
    """One physical line of text in one language, already cleaned of markup."""

    path: str
    line: int
    text: str


def toml_files() -> list[Path]:
    base = ROOT / "content" / "default"
    return sorted(base.glob("*.toml")) + sorted((base / "modules").glob("*.toml"))


def ftl_file(lang: str) -> Path:
    return ROOT / "crates" / "i18n" / "locales" / f"{lang}.ftl"


# --------------------------------------------------------------------------------------------------
# TOML: a small lexer finds every `nl = <string>` (or `en = …`) with its line, tomllib decodes it.
# --------------------------------------------------------------------------------------------------

KEY_AT = re.compile(r"(nl|en)[ \t]*=[ \t]*(?=[\"'])")


def _string_end(text: str, i: int) -> int:
    """Returns the index just past the TOML string literal that starts at text[i]."""
    for delim in ('"""', "'''"):
        if text.startswith(delim, i):
            j = i + 3
            while True:
                if delim == '"""' and text[j] == "\\":
                    j += 2
                    continue
                if text.startswith(delim, j):
                    # A multi-line string may end with up to two extra quotes: """a""""".
                    k = j + 3
                    while k < len(text) and text[k] == delim[0] and k - j < 5:
                        k += 1
                    return k
                j += 1
    quote = text[i]
    j = i + 1
    while text[j] != quote:
        if quote == '"' and text[j] == "\\":
            j += 1
        if text[j] == "\n":
            raise ValueError("newline in a single-line string")
        j += 1
    return j + 1


def toml_strings(path: Path, lang: str) -> list[tuple[int, str]]:
    """Every `lang = "…"` string in the file as (line of the value's first line, value)."""
    text = path.read_text(encoding="utf-8")
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "#":
            i = text.find("\n", i)
            if i < 0:
                break
            continue
        if c in "\"'":
            i = _string_end(text, i)
            continue
        m = KEY_AT.match(text, i)
        if m and m.group(1) == lang and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-")):
            start = m.end()
            end = _string_end(text, start)
            literal = text[start:end]
            value = tomllib.loads("v = " + literal)["v"]
            line = text.count("\n", 0, start) + 1
            if literal[:3] in ('"""', "'''") and literal[3:4] == "\n":
                line += 1  # the newline right after the opening quotes is not part of the value
            found.append((line, value))
            i = end
            continue
        i += 1
    return found


def _toml_values(node: object, lang: str, out: list[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == lang and isinstance(value, str):
                out.append(value)
            else:
                _toml_values(value, lang, out)
    elif isinstance(node, list):
        for value in node:
            _toml_values(value, lang, out)


def toml_segments(path: Path, lang: str) -> tuple[list[Segment], int]:
    rel = str(path.relative_to(ROOT))
    found = toml_strings(path, lang)
    # Cross-check with a real parse, so that a text written in another TOML form is never skipped.
    expected: list[str] = []
    with path.open("rb") as f:
        _toml_values(tomllib.load(f), lang, expected)
    if sorted(expected) != sorted(v for _, v in found):
        sys.exit(f"spellcheck: {rel}: could not locate every `{lang} = …` text; extend the lexer")
    segments = []
    for line, value in found:
        for offset, text in enumerate(value.split("\n")):
            segments.append(Segment(rel, line + offset, clean_markdown(text)))
    return segments, len(found)


PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[a-z0-9_-]+)?\}")
MD_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def clean_markdown(text: str) -> str:
    text = PLACEHOLDER.sub(" ", text)
    text = MD_PREFIX.sub("", text)
    text = MD_LINK.sub(r"\1", text)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"https?://\S+", " ", text)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<!\w)[*_]|[*_](?!\w)", "", text)
    return clean_quotes(text)


# Codes and numbers (GM0123, +31, 11.15, A6-formaat) and file names or paths (pack.toml,
# module/vraag, en/of) are not spell-checked.
NOT_A_WORD = re.compile(r"[^\s(]*(?:\d|/|\.(?:toml|ftl|json|csv|pdf|sqlite)\b)[^\s),;:]*")


def clean_quotes(text: str) -> str:
    """Drops quotation marks but keeps apostrophes inside or before words (pagina’s, ’s avonds)."""
    text = NOT_A_WORD.sub(" ", text)
    text = re.sub(r"[‘“”„\"]", " ", text)
    # ’ or ' stays as an apostrophe between letters (zo’n, collega's) and before a lone s/t/k/n
    # ('s avonds, 't); anywhere else it is a quotation mark.
    return re.sub(r"[’'](?!\w)|(?<!\w)[’'](?![stkn]\b)", " ", text)


# --------------------------------------------------------------------------------------------------
# Fluent: message ids, comments, placeables and variant keys out; the text of each line in.
# --------------------------------------------------------------------------------------------------

FTL_MESSAGE = re.compile(r"^-?[A-Za-z][A-Za-z0-9_-]*\s*=\s?(.*)$")
FTL_ATTRIBUTE = re.compile(r"^\s+\.[A-Za-z][A-Za-z0-9_-]*\s*=\s?(.*)$")
FTL_VARIANT_KEY = re.compile(r"^\s*\*?\[[^\]]+\]")


def clean_fluent(text: str) -> str:
    text = FTL_VARIANT_KEY.sub(" ", text)
    previous = None
    while previous != text:  # inner placeables first: { "{" } or nested references
        previous = text
        text = re.sub(r"\{[^{}]*\}", " ", text)
    text = re.sub(r"\{[^{}]*->\s*$", " ", text)  # the opening of a select expression
    text = text.replace("}", " ").replace("{", " ")
    return clean_quotes(text)


def ftl_segments(path: Path) -> tuple[list[Segment], int]:
    rel = str(path.relative_to(ROOT))
    segments = []
    messages = 0
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        m = FTL_MESSAGE.match(raw) or FTL_ATTRIBUTE.match(raw)
        if m and FTL_MESSAGE.match(raw):
            messages += 1
        text = m.group(1) if m else raw
        segments.append(Segment(rel, number, clean_fluent(text)))
    return segments, messages


# --------------------------------------------------------------------------------------------------
# hunspell and the allow-list
# --------------------------------------------------------------------------------------------------


def hunspell_unknown(words_or_text: str, lang: str) -> list[str]:
    """Runs `hunspell -l` (list the unknown words) over the text."""
    env = dict(os.environ, LC_ALL="C.UTF-8")
    try:
        result = subprocess.run(
            ["hunspell", "-d", DICTIONARIES[lang], "-i", "UTF-8", "-l"],
            input=words_or_text.encode("utf-8"),
            capture_output=True,
            env=env,
            check=False,
        )
    except FileNotFoundError:
        sys.exit("spellcheck: hunspell is missing; run scripts/install-deps.sh (or make deps)")
    if result.returncode != 0 or b"Can't open" in result.stderr:
        sys.exit(
            f"spellcheck: hunspell could not use the {DICTIONARIES[lang]} dictionary "
            f"(run scripts/install-deps.sh): {result.stderr.decode(errors='replace').strip()}"
        )
    return result.stdout.decode("utf-8").split()


def read_allow_list(lang: str) -> set[str]:
    """The words of the [all] section (also before any header) and of the [lang] section."""
    words = set()
    section = "all"
    for number, line in enumerate(ALLOW_LIST.read_text(encoding="utf-8").split("\n"), start=1):
        word = line.split("#", 1)[0].strip()
        if re.fullmatch(r"\[(all|nl|en)\]", word):
            section = word[1:-1]
        elif " " in word or "[" in word:
            sys.exit(f"spellcheck: {ALLOW_LIST.relative_to(ROOT)}:{number}: one word per line, please")
        elif word and section in ("all", lang):
            words.add(word)
    return words


def is_allowed(word: str, allowed: set[str]) -> bool:
    """Listed as is, or capitalised at the start of a sentence (as hunspell itself does)."""
    return word in allowed or (word[:1].isupper() and word[:1].lower() + word[1:] in allowed)


APOSTROPHE_SUFFIX = re.compile(r"^(.+)[’'](s|je|tje|jes|tjes)$")


def accepted_forms(unknown: set[str], allowed: set[str], lang: str) -> set[str]:
    """Unknown words that are an allowed word plus a hyphenated known word or an apostrophe suffix."""
    # word -> alternatives, each a list of parts that hunspell must all know
    candidates: dict[str, list[list[str]]] = {}
    for word in unknown:
        m = APOSTROPHE_SUFFIX.match(word)
        if m and is_allowed(m.group(1), allowed):
            candidates[word] = [[]]
        elif word.endswith("-") and word.count("-") == 1:
            # The first half of a shortened pair: gebieds- en contactverbod, Zorg- en Veiligheidshuis.
            stem = word[:-1]
            if is_allowed(stem, allowed):
                candidates[word] = [[]]
            else:
                candidates[word] = [[stem]] + ([[stem[:-1]]] if stem.endswith("s") else [])
        else:
            parts = word.split("-")
            if len(parts) > 1 and any(is_allowed(p, allowed) for p in parts):
                candidates[word] = [[p for p in parts if p and not is_allowed(p, allowed)]]
    rest = {p for alternatives in candidates.values() for parts in alternatives for p in parts}
    still_unknown = set(hunspell_unknown("\n".join(sorted(rest)), lang)) if rest else set()
    return {
        w
        for w, alternatives in candidates.items()
        if any(not any(p in still_unknown for p in parts) for parts in alternatives)
    }


def locate(word: str, segments: list[Segment]) -> list[Segment]:
    # Whole tokens first; en_GB splits at hyphens (niet-pluis), so then any word-bounded match.
    for pattern in (r"(?<![\w’'./-])" + re.escape(word) + r"(?![\w’'/-])", r"(?<!\w)" + re.escape(word) + r"(?!\w)"):
        found = [s for s in segments if re.search(pattern, s.text)]
        if found:
            return found
    return []


def check(lang: str, list_words: bool) -> tuple[int, int, int, int]:
    allowed = read_allow_list(lang)
    segments: list[Segment] = []
    texts = 0
    for path in toml_files():
        found, count = toml_segments(path, lang)
        segments += found
        texts += count
    found, count = ftl_segments(ftl_file(lang))
    segments += found
    texts += count

    text = "\n".join(s.text for s in segments)
    word_count = len(re.findall(r"[^\W\d_]+", text))
    unknown = {w.rstrip(".") for w in hunspell_unknown(text, lang)} - {""}  # hunspell keeps a final dot
    not_allowed = {w for w in unknown if not is_allowed(w, allowed)}
    not_allowed -= accepted_forms(not_allowed, allowed, lang)

    problems = 0
    for word in sorted(not_allowed, key=str.casefold):
        places = locate(word, segments) or [Segment("?", 0, "")]
        for place in places:
            print(f"{place.path}:{place.line}: {word}  [{lang}]")
            problems += 1
    if list_words and not_allowed:
        print(f"-- {len(not_allowed)} distinct unknown {lang} words:")
        print("\n".join(sorted(not_allowed, key=str.casefold)))
    return texts, word_count, len(not_allowed), problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=["nl", "en", "all"], default="all")
    parser.add_argument("--words", action="store_true", help="also list the distinct unknown words")
    args = parser.parse_args()

    start = time.monotonic()
    langs = ["nl", "en"] if args.lang == "all" else [args.lang]
    failed = False
    summary = []
    for lang in langs:
        texts, words, distinct, problems = check(lang, args.words)
        summary.append(f"{lang}: {texts} texts, {words} words, {distinct} unknown")
        failed |= problems > 0
    took = time.monotonic() - start
    print(f"spellcheck: {'; '.join(summary)} ({took:.1f} s)")
    if failed:
        print(
            "spellcheck: fix the spelling in the text, or add a genuine name or term to "
            "scripts/spellcheck-allow.txt",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
