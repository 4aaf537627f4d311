"""Lexicons: the words, per language, that make text read as consent, a legal document, etc.

Entries are literal words (matched case-insensitively, on word boundaries for Latin script);
regular expressions must be marked as such (`patterns:`), are compiled up front so a bad one is
a configuration error, and only ever run over short, bounded strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

#: Text longer than this is cut before matching: labels and legal lines are short, and the bound
#: keeps a user's pathological pattern from running away on a huge text node.
MAX_MATCH_CHARS = 2000


class LexiconError(ValueError):
    """A lexicon entry that cannot be used (e.g. a regular expression that does not compile)."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    id: str
    words: tuple[str, ...]
    patterns: tuple[str, ...]
    regex: re.Pattern[str] | None

    def search(self, text: str) -> re.Match[str] | None:
        if self.regex is None or not text:
            return None
        return self.regex.search(text[:MAX_MATCH_CHARS])


def _word_pattern(word: str) -> str:
    escaped = re.escape(word.strip())
    # Latin words need boundaries ("terms" must not match "long-termsheet"); CJK has no spaces.
    if word[:1].isascii() and word[:1].isalnum():
        escaped = r"(?<![A-Za-z0-9])" + escaped
    if word[-1:].isascii() and word[-1:].isalnum():
        escaped += r"(?![A-Za-z0-9])"
    return escaped


def build(lexicon_id: str, words: Iterable[str], patterns: Iterable[str]) -> Lexicon:
    words = tuple(dict.fromkeys(w for w in words if w and w.strip()))
    patterns = tuple(patterns)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise LexiconError(f"lexicon {lexicon_id!r}: pattern {pattern!r} does not compile: {exc}") from None
    parts = [_word_pattern(w) for w in sorted(words, key=len, reverse=True)]
    parts.extend(f"(?:{p})" for p in patterns)
    regex = re.compile("|".join(parts), re.IGNORECASE) if parts else None
    return Lexicon(lexicon_id, words, patterns, regex)


def from_data(data: Mapping[str, object], extra: Mapping[str, object] | None = None) -> Lexicon:
    """Builds a lexicon from its YAML mapping, plus a config's `add`/`patterns` extension."""
    lexicon_id = str(data["id"])
    words: list[str] = []
    raw_words = data.get("words") or {}
    if isinstance(raw_words, Mapping):
        for per_language in raw_words.values():
            words.extend(str(w) for w in per_language or ())
    patterns = [str(p) for p in data.get("patterns") or ()]  # type: ignore[attr-defined]
    if extra:
        words.extend(str(w) for w in extra.get("add") or ())  # type: ignore[attr-defined]
        patterns.extend(str(p) for p in extra.get("patterns") or ())  # type: ignore[attr-defined]
        removed = {str(w).casefold() for w in extra.get("remove") or ()}  # type: ignore[attr-defined]
        words = [w for w in words if w.casefold() not in removed]
    return build(lexicon_id, words, patterns)
