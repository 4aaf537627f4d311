"""Android dimensions to sp: sp, dp/dip, px (at the mdpi baseline), pt, in, mm."""

from __future__ import annotations

import functools
import re

from lint.finding import Evidence
from lint.frontends.android.resources import Resources
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
        return None
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
    return Fact(size, tuple(chain))


def is_zero(res: Resources, raw: str) -> bool:
    resolved = res.resolve(raw)
    parsed = parse(resolved.value) if resolved is not None else None
    return parsed is not None and parsed[0] == 0
