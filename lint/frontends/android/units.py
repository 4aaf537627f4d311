"""Android dimensions to sp: sp, dp/dip, px (at the mdpi baseline), pt, in, mm."""

from __future__ import annotations

import functools
import re

from lint.finding import Evidence
from lint.frontends.android.resources import Entry, Resources, phone_entries
from lint.model import Fact

_DIMENSION = re.compile(r"^\s*(-?\d+(?:\.\d+)?|-?\.\d+)\s*(sp|dp|dip|px|pt|in|mm)\s*$")
#: Multipliers to density-independent units at the mdpi baseline (160 dpi): 1px = 1dp only there.
UNIT_TO_SP = {"sp": 1.0, "dp": 1.0, "dip": 1.0, "px": 1.0, "pt": 160 / 72, "in": 160.0, "mm": 160 / 25.4}


@functools.lru_cache(maxsize=4096)
def parse(value: str) -> tuple[float, str] | None:
    """Memoized: a module's layouts repeat the same few dozen dimensions (`0dp`, `14sp`) on every element."""
    match = _DIMENSION.match(value)
    return (float(match.group(1)), match.group(2)) if match else None


def size_fact(res: Resources, raw: str, via: list[Evidence]) -> Fact | None:
    """A text size in sp with its chain; px is read at the mdpi baseline and the evidence says so."""
    resolved = res.resolve(raw)
    if resolved is None:
        return _on_every_phone(res, raw, via)
    parsed = parse(resolved.value)
    if parsed is None:
        return None
    number, unit = parsed
    size = round(number * UNIT_TO_SP[unit], 2)
    chain = [*via, *resolved.evidence]
    if unit in ("dp", "dip"):
        # The message says sp: the same at the default font scale, and dp text never grows past it.
        chain.append(Evidence(via[-1].path, via[-1].line,
                              f"{resolved.value} = {size:g}sp at the default font scale (dp text ignores the "
                              "user's font size setting)"))
    elif unit != "sp":
        note = "at the mdpi baseline" if unit == "px" else f"at {UNIT_TO_SP[unit]:.4g}sp per {unit}"
        chain.append(Evidence(via[-1].path, via[-1].line, f"{resolved.value} {note} = {size:g}sp"))
    smaller = _in_a_configuration(res, raw, size)
    if smaller is not None:  # what every user of that configuration sees: the smallest any folder gives
        size, entry, value = smaller
        chain.append(Evidence(entry.path, entry.line, f"{raw.strip()} = {value} in values-{entry.qualifier}"))
    return Fact(size, tuple(chain))


def _on_every_phone(res: Resources, raw: str, via: list[Evidence]) -> Fact | None:
    """A `@dimen` size that phone-width or density folders set apart (`values/` 10sp, `values-sw360dp/` 11sp): a phone
    shows one of them, so the largest is what the text is at most on any phone (the message's size; a `lt` test then
    holds for every phone). Then, as for any dimen, a smaller size in another configuration's folder (a tablet's, dark
    mode's) is what its users see. None when the dimen is not such a one or a value is not read."""
    if not raw.strip().startswith("@dimen/"):
        return None
    key = ("phone sizes", raw)
    if key not in res.memo:
        res.memo[key] = _phone_sizes(res, raw.strip())
    found: tuple[float, tuple[tuple[Entry, str, str], ...]] | None = res.memo[key]
    if found is None:
        return None
    largest, shown = found
    chain = [*via]
    for entry, value, _ in shown:
        folder = f"values-{entry.qualifier}" if entry.qualifier else "values"
        chain.append(Evidence(entry.path, entry.line, f"{raw.strip()} = {value} in {folder}/"))
    dp = any(unit in ("dp", "dip") for _, _, unit in shown)
    chain.append(Evidence(via[-1].path, via[-1].line,
                          f"a phone shows one of these: at most {largest:g}sp"
                          + (" (dp at the default font scale)" if dp else "")))
    phones = {id(entry) for entry, _, _ in shown}
    smaller = _in_a_configuration(res, raw, largest, phones)
    if smaller is not None:
        size, entry, value = smaller
        chain.append(Evidence(entry.path, entry.line, f"{raw.strip()} = {value} in values-{entry.qualifier}"))
        return Fact(size, tuple(chain))
    return Fact(largest, tuple(chain))


def _phone_sizes(res: Resources, raw: str) -> tuple[float, tuple[tuple[Entry, str, str], ...]] | None:
    """The largest size a phone shows for `@dimen/x` and each phone folder's (entry, value as written, unit); None when
    another build redefines it, or a value is not sp or dp (a px size's depends on the density folders' phones)."""
    name = raw[len("@dimen/"):]
    if f"dimen/{name}" in res.builds:
        return None
    entries = phone_entries(res.entries(f"dimen/{name}"))
    if entries is None or len(entries) < 2:  # no phone folder: not why the dimen was not resolved
        return None
    shown: list[tuple[Entry, str, str]] = []
    sizes: list[float] = []
    for entry in entries:
        resolved = res.resolve(entry.value)
        parsed = parse(resolved.value) if resolved is not None else None
        if parsed is None or parsed[1] not in ("sp", "dp", "dip"):
            return None
        shown.append((entry, entry.value.strip(), parsed[1]))
        sizes.append(parsed[0])
    return max(sizes), tuple(shown)


def _in_a_configuration(res: Resources, raw: str, size: float,
                        skip: frozenset[int] | set[int] = frozenset()) -> tuple[float, Entry, str] | None:
    """The smallest size a qualified folder gives `@dimen/x`, when smaller than the default's.

    A language's folder (`values-zh-rCN`) decides it for every user of that language; a night, landscape or tablet
    folder (`values-night`, `values-land`, `values-sw600dp`) for every user in that configuration, as a `@bool`
    checked there is read (nodes.Facts._checked_elsewhere). Density and phone-width folders are not configurations
    of their own: a phone shows one of them (`_on_every_phone` skips them)."""
    if not raw.strip().startswith("@dimen/"):
        return None
    key = ("configuration sizes", raw, size, bool(skip))  # `skip` is always the dimen's phone folders, or none
    if key not in res.memo:
        res.memo[key] = _smallest_configuration_size(res, raw, size, skip)
    found: tuple[float, Entry, str] | None = res.memo[key]
    return found


def _smallest_configuration_size(res: Resources, raw: str, size: float,
                                 skip: frozenset[int] | set[int]) -> tuple[float, Entry, str] | None:
    """`skip`: the entries (by id) a phone shows, which are not another configuration's (`_on_every_phone`)."""
    found: tuple[float, Entry, str] | None = None
    for entry in res.entries(f"dimen/{raw.strip()[len('@dimen/'):]}"):
        if not entry.qualifier or id(entry) in skip:
            continue
        resolved = res.resolve(entry.value)
        parsed = parse(resolved.value) if resolved is not None else None
        if parsed is None or parsed[1] not in UNIT_TO_SP:
            continue
        value = round(parsed[0] * UNIT_TO_SP[parsed[1]], 2)
        if value < (found[0] if found is not None else size):
            found = (value, entry, entry.value.strip())
    return found


def is_zero(res: Resources, raw: str) -> bool:
    resolved = res.resolve(raw)
    parsed = parse(resolved.value) if resolved is not None else None
    return parsed is not None and parsed[0] == 0
