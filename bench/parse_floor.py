"""The parse floor: parse every file of a corpus once, in this one process, with the parsers darklint uses.

    python bench/parse_floor.py CORPUS

No linter can be faster than reading and parsing its input, so this is the baseline the benchmark divides by.
`.xml` goes through lxml (entities off, no network, no DTD), `.wxml` through tree-sitter-html, `.wxss` through
tree-sitter-css, `.js` through tree-sitter-javascript and `.json` through the json module; other files are skipped.
Prints one JSON object: files and bytes parsed per kind, files with parse errors, and the in-process seconds.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tree_sitter_css
import tree_sitter_html
import tree_sitter_javascript
from lxml import etree
from tree_sitter import Language, Parser

ParseFn = Callable[[bytes], bool]  # returns True when the input parsed without error


def make_parsers() -> dict[str, ParseFn]:
    """One parser object per language, built once and reused, as a linter would."""
    xml_parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    html = Parser(Language(tree_sitter_html.language()))
    css = Parser(Language(tree_sitter_css.language()))
    javascript = Parser(Language(tree_sitter_javascript.language()))

    def parse_xml(data: bytes) -> bool:
        try:
            etree.fromstring(data, xml_parser)
        except etree.XMLSyntaxError:
            return False
        return True

    def parse_json(data: bytes) -> bool:
        try:
            json.loads(data)
        except ValueError:
            return False
        return True

    def with_tree_sitter(parser: Parser) -> ParseFn:
        return lambda data: not parser.parse(data).root_node.has_error

    return {".xml": parse_xml, ".wxml": with_tree_sitter(html), ".wxss": with_tree_sitter(css),
            ".js": with_tree_sitter(javascript), ".json": parse_json}


def parse_corpus(root: Path) -> dict[str, Any]:
    parsers = make_parsers()
    files: dict[str, int] = dict.fromkeys(parsers, 0)
    sizes: dict[str, int] = dict.fromkeys(parsers, 0)
    errors: list[str] = []
    skipped = 0
    start = time.perf_counter()
    for directory, _, names in os.walk(root):
        for name in names:
            suffix = os.path.splitext(name)[1]
            parse = parsers.get(suffix)
            if parse is None:
                skipped += 1
                continue
            path = os.path.join(directory, name)
            with open(path, "rb") as handle:
                data = handle.read()
            files[suffix] += 1
            sizes[suffix] += len(data)
            if not parse(data):
                errors.append(os.path.relpath(path, root))
    seconds = time.perf_counter() - start
    return {"files": sum(files.values()), "bytes": sum(sizes.values()), "seconds": seconds, "skipped": skipped,
            "per_kind": {kind: {"files": files[kind], "bytes": sizes[kind]} for kind in parsers},
            "parse_errors": len(errors), "error_examples": sorted(errors)[:5]}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(parse_corpus(Path(argv[1]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
