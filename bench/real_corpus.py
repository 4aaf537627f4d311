"""Time darklint on published code: component libraries and app code from the npm registry, pinned.

    python bench/real_corpus.py DIR [--jobs N] [--repeat N]

Downloads each package once into DIR (`npm pack`, needs the npm registry), then times
`python -m lint check --no-cache` on the folders that hold its UI code, one process per run, median of
`--repeat`. The generated corpus (gen_corpus.py) measures darklint against the parse floor; this one finds
what only real projects contain: components nested in components, shared style imports, base64 iconfonts,
large Java/Kotlin modules. Run it with PYTHONPATH pointing at the darklint to measure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

#: (package@version, folders inside the unpacked `package/` to lint; "" is the package itself).
PACKAGES: list[tuple[str, tuple[str, ...]]] = [
    ("tdesign-miniprogram@1.16.0", ("",)),
    ("@vant/weapp@1.11.7", ("",)),
    ("weui-miniprogram@1.5.6", ("",)),
    ("wux-weapp@3.11.3", ("",)),
    ("lin-ui@0.9.13", ("dist",)),
    ("antd-mini@3.4.3", ("",)),
    ("@dcloudio/uni-ui@1.5.12", ("",)),
    ("uview-plus@3.8.112", ("",)),
    ("wot-design-uni@1.14.0", ("",)),
    ("taro-ui@3.3.2", ("",)),
    ("cordova-plugin-barcodescanner@0.7.4", ("",)),
    ("react-native-video@6.19.3", ("",)),
]
UI_SUFFIXES = {".wxml", ".axml", ".swan", ".ttml", ".vue", ".nvue", ".jsx", ".tsx", ".xml"}


def fetch(spec: str, into: Path) -> Path:
    """The unpacked `package/` folder of `spec`, downloaded on first use."""
    folder = into / spec.replace("/", "__").replace("@", "_")
    package = folder / "package"
    if package.is_dir():
        return package
    folder.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=folder, capture_output=True, text=True, check=True)
    tarball = folder / out.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as archive:
        archive.extractall(folder, filter="data")
    tarball.unlink()
    return package


def ui_files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.suffix in UI_SUFFIXES and "node_modules" not in p.parts)


def timed(target: Path, jobs: int, repeat: int) -> tuple[float, str]:
    walls: list[float] = []
    summary = ""
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--jobs", str(jobs), str(target)],
                              capture_output=True, text=True, env=os.environ.copy(), check=False)
        walls.append(time.perf_counter() - start)
        summary = (done.stdout.strip().splitlines() or [""])[-1]
    return statistics.median(walls), summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"{'package':40} {'UI files':>8} {'wall s':>7} {'ms/file':>8}  result")
    total = 0.0
    for spec, folders in PACKAGES:
        package = fetch(spec, args.dir)
        for sub in folders:
            target = package / sub if sub else package
            files = ui_files(target)
            wall, summary = timed(target, args.jobs, args.repeat)
            total += wall
            name = spec + (f" {sub}/" if sub else "")
            print(f"{name:40} {files:8} {wall:7.2f} {1000 * wall / max(files, 1):8.1f}  {summary}")
    print(f"{'all':40} {'':8} {total:7.2f}")


if __name__ == "__main__":
    main()
