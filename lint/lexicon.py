"""Lexicons: the words, per language, that make text read as consent, a legal document, etc.

Entries are literal words (matched case-insensitively, on word boundaries for Latin script);
regular expressions must be marked as such (`patterns:`). Python's `re` has no timeout, so a
user's pattern is checked before it is compiled: no backreferences, no quantified group that
holds another quantifier or an alternation (`(a+)+`, `(a|ab)*`: exponential backtracking), at
most two unbounded quantifiers (polynomial, degree three at worst), and it only ever sees the
first `MAX_PATTERN_CHARS` characters of a text. The worst case is then a few milliseconds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: Text longer than this is cut before matching the literal words: labels and legal lines are short.
MAX_MATCH_CHARS = 2000
#: What a user's regular expression sees of a text: with two unbounded quantifiers the backtracking
#: worst case grows with the cube of the length, which stays in milliseconds at this bound.
MAX_PATTERN_CHARS = 300
MAX_PATTERN_LENGTH = 200
MAX_UNBOUNDED = 2
#: A repeat allowed more times than this costs like an unbounded one (`{0,1000}` is `*` here).
_LONG_REPEAT = 30


class LexiconError(ValueError):
    """A lexicon entry that cannot be used (e.g. a regular expression that does not compile)."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    id: str
    words: tuple[str, ...]
    patterns: tuple[str, ...]
    #: The words as one alternation, and the marked regular expressions kept apart (they see a
    #: shorter prefix of the text). Compiled on first use: a run answered from the cache never
    #: searches, and compiling a few hundred alternatives costs tens of milliseconds.
    regex_source: str | None
    pattern_source: str | None = None
    #: text -> whether it matches: the same few thousand labels and legal lines recur across a
    #: repository's screens (every rule asks about them), so each is searched once per process.
    _seen: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def matches(self, text: str) -> bool:
        seen = self._seen
        known = seen.get(text)
        if known is None:
            if len(seen) > 100_000:
                seen.clear()
            known = seen[text] = self.search(text) is not None
        return known

    @property
    def regex(self) -> re.Pattern[str] | None:
        return _compiled(self.regex_source) if self.regex_source is not None else None

    @property
    def pattern_regex(self) -> re.Pattern[str] | None:
        return _compiled(self.pattern_source) if self.pattern_source is not None else None

    def search(self, text: str) -> re.Match[str] | None:
        if not text:
            return None
        if "\xa0" in text or "\u202f" in text:  # no-break spaces ("Privacy&#160;Policy") are spaces to a reader
            text = text.replace("\xa0", " ").replace("\u202f", " ")
        regex, pattern_regex = self.regex, self.pattern_regex
        found = regex.search(text[:MAX_MATCH_CHARS]) if regex is not None else None
        if found is None and pattern_regex is not None:
            found = pattern_regex.search(text[:MAX_PATTERN_CHARS])
        return found


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def check_pattern(pattern: str) -> str | None:
    """Why a user's regular expression could hang or mislead a run, or None when it is safe."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    if len(pattern) > MAX_PATTERN_LENGTH:
        return f"is longer than {MAX_PATTERN_LENGTH} characters"
    try:
        parsed = _parser.parse(pattern)
        compiled = re.compile(pattern, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError) as exc:
        return f"does not compile: {exc}"
    if compiled.fullmatch(""):
        return "matches empty text, so it would match every label"
    repeats = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
    unbounded = 0
    # (items, inside a quantified group?) -- iterative: the pattern itself is untrusted input.
    stack: list[tuple[Any, bool]] = [(parsed, False)]
    while stack:
        items, quantified = stack.pop()
        for op, arg in items:
            if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
                return "uses a backreference; write the alternatives out instead"
            if op in repeats:
                low, high, body = arg
                if quantified and low != high:  # even `(a?){200}` backtracks 2**200 ways
                    return "nests a quantifier inside a quantified group (catastrophic backtracking)"
                unbounded += high > _LONG_REPEAT
                stack.append((body, quantified or high > 1))
            elif op is sre.BRANCH:
                if quantified:
                    return "repeats an alternation (catastrophic backtracking); list the words instead"
                stack.extend((branch, quantified) for branch in arg[1])
            elif op is sre.SUBPATTERN:
                stack.append((arg[-1], quantified))
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                stack.append((arg[1], quantified))
    if unbounded > MAX_UNBOUNDED:
        return f"has {unbounded} unbounded quantifiers (at most {MAX_UNBOUNDED}); use bounds like {{0,20}}"
    return None


_BEFORE, _AFTER = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"


def _words_regex(words: Iterable[str]) -> str | None:
    """One alternation per kind of boundary, longest words first.

    Latin words need boundaries ("terms" must not match "long-termsheet"); CJK has no spaces. Guarding the
    whole alternation once, instead of every word, lets the regex engine try the words only where a
    boundary holds: 2.5-3x faster on a module's strings, and the same answer (only whether it matches is used).
    """
    groups: dict[tuple[bool, bool], list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        word = word.strip()
        guards = (word[:1].isascii() and word[:1].isalnum(), word[-1:].isascii() and word[-1:].isalnum())
        groups.setdefault(guards, []).append(re.escape(word))
    parts = [(_BEFORE if before else "") + "(?:" + "|".join(escaped) + ")" + (_AFTER if after else "")
             for (before, after), escaped in sorted(groups.items(), reverse=True)]
    return "|".join(parts) if parts else None


def build(lexicon_id: str, words: Iterable[str], patterns: Iterable[str], trusted: int = 0) -> Lexicon:
    """`trusted`: how many of the first patterns are shipped ones, checked by the test suite
    (`tests/test_lexicon.py`) rather than on every start (compiling them all cost each process ~20 ms)."""
    words = tuple(dict.fromkeys(w for w in words if w and w.strip()))
    patterns = tuple(patterns)
    for pattern in patterns[trusted:]:
        problem = check_pattern(pattern)
        if problem is not None:
            raise LexiconError(f"lexicon {lexicon_id!r}: pattern {pattern!r} {problem}")
    regex = _words_regex(words)
    pattern_regex = "|".join(f"(?:{p})" for p in patterns) if patterns else None
    return Lexicon(lexicon_id, words, patterns, regex, pattern_regex)


def from_data(data: Mapping[str, object], extra: Mapping[str, object] | None = None) -> Lexicon:
    """Builds a lexicon from its YAML mapping, plus a config's `add`/`patterns` extension."""
    lexicon_id = str(data["id"])
    words: list[str] = []
    raw_words = data.get("words") or {}
    if isinstance(raw_words, Mapping):
        for per_language in raw_words.values():
            words.extend(str(w) for w in per_language or ())
    patterns = [str(p) for p in data.get("patterns") or ()]  # type: ignore[attr-defined]
    shipped = len(patterns)
    if extra:
        words.extend(str(w) for w in extra.get("add") or ())  # type: ignore[attr-defined]
        patterns.extend(str(p) for p in extra.get("patterns") or ())  # type: ignore[attr-defined]
        removed = {str(w).casefold() for w in extra.get("remove") or ()}  # type: ignore[attr-defined]
        words = [w for w in words if w.casefold() not in removed]
    return build(lexicon_id, words, patterns, trusted=shipped)
