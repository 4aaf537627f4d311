"""Generate a seeded, realistic corpus for benchmarking darklint.

    python bench/gen_corpus.py OUT_DIR [--seed 1] [--scale 1.0]

At scale 1: an Android project of 4 Gradle modules with ~3,000 layouts and their `res/values*` tables, plus one
WeChat mini-program with ~1,000 pages — about 7,000 files and ~23 MB. Scale N multiplies modules and mini-programs,
keeping each unit the same shape, so scaling measurements compare like with like. About 2% of layouts and pages hold
a dark pattern. Every module and mini-program has its own `random.Random` seeded from (seed, name), so output is
byte-identical for equal arguments.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import corpus_android_values as values
from corpus_layout import DARK_KINDS as LAYOUT_DARK_KINDS
from corpus_layout import layout_xml
from corpus_miniprogram_app import app_files
from corpus_page import DARK_KINDS as PAGE_DARK_KINDS
from corpus_page import page_files
from corpus_text import identifier

LAYOUTS_PER_SCALE = 3000
MODULES_PER_SCALE = 4
PAGES_PER_SCALE = 1000
LABELS_PER_MODULE = 800
DARK_RATE = 0.02
BASE_MODULES = ("app", "feature_account", "feature_checkout", "core_ui")
LAYOUT_PREFIXES = ("activity", "fragment", "item", "view", "dialog", "layout")


@dataclass
class Tally:
    """Counts what was written, for the summary line and for the benchmark's table."""

    files: int = 0
    size: int = 0
    dark: int = 0

    def write(self, path: Path, text: str) -> None:
        data = text.encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.files += 1
        self.size += len(data)


def split(total: int, parts: int) -> list[int]:
    """Spread `total` over `parts` as evenly as possible (earlier parts get the remainder)."""
    base, extra = divmod(total, parts)
    return [base + (1 if index < extra else 0) for index in range(parts)]


def module_names(count: int, rng: random.Random) -> list[str]:
    names = list(BASE_MODULES[:count])
    while len(names) < count:
        names.append(f"feature_{identifier(rng, 1, 1)}_{len(names)}")
    return names


def write_module(root: Path, name: str, layout_count: int, seed: int, tally: Tally) -> None:
    rng = random.Random(f"{seed}:android:{name}")
    package = f"com.example.shop.{name}"
    module = root / "android" / name
    res = module / "src" / "main" / "res"
    tally.write(module / "build.gradle.kts", values.build_gradle(package))
    tally.write(module / "src" / "main" / "AndroidManifest.xml", values.manifest_xml(package))
    tally.write(res / "values" / "strings.xml",
                values.strings_xml(random.Random(f"{seed}:strings:{name}"), LABELS_PER_MODULE, chinese=False))
    tally.write(res / "values-zh-rCN" / "strings.xml",
                values.strings_xml(random.Random(f"{seed}:strings:{name}"), LABELS_PER_MODULE, chinese=True))
    tally.write(res / "values" / "dimens.xml", values.dimens_xml())
    tally.write(res / "values" / "bools.xml", values.bools_xml())
    tally.write(res / "values" / "styles.xml", values.styles_xml())
    names = [f"{rng.choice(LAYOUT_PREFIXES)}_{identifier(rng, 1, 2)}_{index}" for index in range(layout_count)]
    for index, layout in enumerate(names):
        dark = rng.choice(LAYOUT_DARK_KINDS) if rng.random() < DARK_RATE else None
        tally.dark += dark is not None
        siblings = names[max(0, index - 40):index]  # include only earlier layouts: no include cycles
        tally.write(res / "layout" / f"{layout}.xml", layout_xml(rng, LABELS_PER_MODULE, siblings, dark))


def write_miniprogram(root: Path, number: int, page_count: int, seed: int, tally: Tally) -> None:
    rng = random.Random(f"{seed}:wechat:{number}")
    base = root / "wechat" / f"miniprogram_{number}"
    pages = [f"pages/p{index:04d}/p{index:04d}" for index in range(1, page_count + 1)]
    for relative, text in app_files(rng, pages).items():
        tally.write(base / relative, text)
    for index in range(1, page_count + 1):
        dark = rng.choice(PAGE_DARK_KINDS) if rng.random() < DARK_RATE else None
        tally.dark += dark is not None
        for extension, text in page_files(rng, index, page_count, dark).items():
            tally.write(base / "pages" / f"p{index:04d}" / f"p{index:04d}.{extension}", text)


def generate(out_dir: Path, seed: int = 1, scale: float = 1.0) -> Tally:
    """Write the corpus under `out_dir` and return what was written."""
    tally = Tally()
    module_count = max(1, round(MODULES_PER_SCALE * scale))
    names = module_names(module_count, random.Random(f"{seed}:modules"))
    settings = "".join(f'include(":{name}")\n' for name in names)
    tally.write(out_dir / "android" / "settings.gradle.kts", f'rootProject.name = "shop"\n{settings}')
    for name, count in zip(names, split(max(1, round(LAYOUTS_PER_SCALE * scale)), module_count), strict=True):
        write_module(out_dir, name, count, seed, tally)
    program_count = max(1, round(scale))
    for number, count in enumerate(split(max(1, round(PAGES_PER_SCALE * scale)), program_count), start=1):
        write_miniprogram(out_dir, number, count, seed, tally)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    if args.scale <= 0:
        parser.error("--scale must be positive")
    tally = generate(args.out_dir, args.seed, args.scale)
    print(f"{tally.files} files, {tally.size / 1e6:.1f} MB, {tally.dark} layouts/pages with a dark pattern "
          f"-> {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
