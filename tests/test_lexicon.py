"""Lexicon words match as whole words (Latin) or anywhere (CJK), whatever way the regex is assembled.

The compiled alternation groups words by their boundaries for speed (`lexicon._words_regex`); here every
shipped word is checked against the plain definition — each word on its own, with its own boundaries — on
texts built to sit on and across those boundaries, and on every string of the examples.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from lint.lexicon import Lexicon, build, from_data
from lint.rules import shipped_lexicons

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = {k: from_data(v) for k, v in shipped_lexicons().items()}


def _reference(lexicon: Lexicon, text: str) -> bool:
    for word in lexicon.words:
        word = word.strip()
        pattern = re.escape(word)
        if word[:1].isascii() and word[:1].isalnum():
            pattern = r"(?<![A-Za-z0-9])" + pattern
        if word[-1:].isascii() and word[-1:].isalnum():
            pattern += r"(?![A-Za-z0-9])"
        if re.search(pattern, text[:2000], re.IGNORECASE):
            return True
    return any(re.search(p, text[:300], re.IGNORECASE) for p in lexicon.patterns)


def _example_strings() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "examples").rglob("strings.xml")):
        found += [e.text for e in etree.parse(str(path)).getroot().iter("string") if e.text]
    for path in sorted((ROOT / "examples").rglob("*.wxml")):
        found += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return found


def _probes(lexicon: Lexicon) -> list[str]:
    probes: list[str] = []
    for word in lexicon.words:
        word = word.strip()
        probes += [word, word.upper(), f"I {word}.", f"x{word}", f"{word}x", f"《{word}》", f"0{word}0", word[:-1]]
    return probes


@pytest.mark.parametrize("lexicon_id", sorted(LEXICONS))
def test_grouped_words_match_like_each_word_alone(lexicon_id: str) -> None:
    lexicon = LEXICONS[lexicon_id]
    texts = _probes(lexicon) + _example_strings()
    fresh = from_data(shipped_lexicons()[lexicon_id])  # no memo carried over from other tests
    mismatched = [t for t in texts if fresh.matches(t) != _reference(lexicon, t)]
    assert not mismatched, mismatched[:5]
    assert any(fresh.matches(t) for t in texts) and not all(fresh.matches(t) for t in texts)


def test_boundaries_apply_per_side() -> None:
    lexicon = build("t", ["terms", "《隐私政策》", "opt-in", "e-mail me"], [])
    assert lexicon.matches("Read the terms.") and not lexicon.matches("long-termsheet")
    assert lexicon.matches("同意《隐私政策》并继续")  # CJK: no boundary needed
    assert lexicon.matches("Opt-in now") and not lexicon.matches("xopt-in")
    assert not lexicon.matches("") and build("empty", [], []).regex is None


@pytest.mark.parametrize("lexicon_id", sorted(LEXICONS))
def test_shipped_patterns_are_safe(lexicon_id: str) -> None:
    """What a run no longer checks on start (lexicon.build's `trusted`): every shipped pattern passes the check a
    user's pattern must pass."""
    from lint.lexicon import check_pattern

    for pattern in LEXICONS[lexicon_id].patterns:
        assert check_pattern(pattern) is None, pattern
