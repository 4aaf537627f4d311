"""What a module's Java and Kotlin code does to its views before the user acts, by view id.

The index is built once per module and only when a layout asks (a toggle's state, a hidden element that
code might show): files are read as bytes and only those that mention a relevant call are parsed with
tree-sitter. Writes are tied to views by `findViewById(R.id.x)` (directly or through the field or local it
was stored in, or that an annotation injects), by view-binding names (`binding.tvTerms` for `tv_terms`) and Kotlin
synthetics, and scoped to the layouts the file inflates (`setContentView(R.layout.x)`, `ActivityXBinding`,
AndroidAnnotations' `@EActivity(R.layout.x)`); a file that names no layout applies to every layout that has the id.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.finding import Evidence
from lint.frontends.android.androidannotations import AFTER_VIEWS, LAYOUT_RES_NAME, clicked_ids
from lint.frontends.android.codescope import LIBRARY_HOOKS, lifecycle_hooks
from lint.frontends.android.codewalk import PHASES, Walker, Write
from lint.frontends.android.getters import stored_getters
from lint.frontends.android.viewids import code_id, normal, within
from lint.model import Fact

_NEEDLES = (b"isibility", b"isVisible", b"isGone", b"isInvisible", b"hecked", b"elected", b"inflate",
            b"setImageResource", b"setText", b".text", b".check(", b"extSize", b"lpha", b".show(",
            b".gone(", b".hide(", b".visible(", b".invisible(", b"Animator", b"addLinks", b"caleX", b"caleY",
            b"xpand", b"ollapse(", b".toggle(", b"AutoSizeTextType")
_LAYOUT_REF = re.compile(r"\bR\.layout\.(\w+)")
_BINDING_CLASS = re.compile(r"\b([A-Z]\w*?)Binding\b")
_NOT_LAYOUT_BINDINGS = {"View", "ViewData", "Data", ""}
_FIND_ASSIGN = re.compile(
    r"\b(\w+)\s*(?::\s*[\w.<>?]+\s*)?(?:=|by\s+lazy\s*(?:\(\w*\)\s*)?\{)\s*(?:\([\w.]+\)\s*)?"
    r"([\w.()!?]*?)findViewById\s*(?:<[^>]*>)?\s*\(\s*(?:([\w.]+)\.)?R\.id\.(\w+)")
#: Field injection (ButterKnife `@BindView`/`@InjectView`, xUtils `@ViewInject`, AndroidAnnotations `@ViewById`)
#: ties a field to a view id just as `findViewById` does: `@BindView(R.id.cb_offers) CheckBox offersBox;`,
#: `lateinit var box: CheckBox`, `@ViewById(resName = "cb_offers")`. A bare `@ViewById CheckBox cb_offers;` is
#: the field's own name, which a write's receiver already is (`_view_key`).
_INJECTED = re.compile(
    r"@(?:BindView|InjectView|ViewInject|Bind|ViewById)\s*\(\s*(?:(?:id|value)\s*=\s*)?"
    r"(?:R2?\.id\.(\w+)|resName\s*=\s*\"(\w+)\")\s*\)\s*"
    r"(?:@[\w.]+(?:\([^)]*\))?\s*|(?:public|protected|private|internal|lateinit|final)\s+)*"
    r"(?:(?:var|val)\s+(\w+)|[\w.<>?]+\s+(\w+)\s*[;=])")
_ID_IN = re.compile(r"(?:\b([\w.]+)\.)?\bR\.id\.(\w+)")
#: `import android.R;` (an IDE's auto-import): a bare `R.id.x` in that file is the framework's id.
_IMPORTS_ANDROID_R = re.compile(r"^\s*import\s+android\.R\s*;?\s*$", re.M)
_ON_CLICK = re.compile(rb"@OnClick\s*\(([^)]*)\)")
_ID_BYTES = re.compile(rb"R2?\.id\.(\w+)")
_SEGMENT = re.compile(r"[\w]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class _Scoped:
    write: Write
    path: str
    layouts: frozenset[str]
    #: The view (normalised id) the lookup started from, when not the whole screen: `row.findViewById(…)` on a
    #: row that an `<include android:id="@+id/row">` names. The write reaches only the copy inside it.
    within: str | None = None


@dataclass(slots=True)
class CodeIndex:
    writes: dict[str, list[_Scoped]] = field(default_factory=dict)
    #: Whether some write sets a text (layouts then look their texts up in `writes`).
    writes_text: bool = False
    #: Each class's layouts (what its file inflates or binds): which activity shows which layout.
    layouts_by_class: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Views that get a click listener somewhere (normalised id): a tappable custom toggle.
    tappable: set[str] = field(default_factory=set)
    files_parsed: int = 0
    #: Per file (as shown), the files defining its classes' base classes (transitively): their writes are its own.
    ancestors: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Files (as shown) declaring an abstract class: a base, not a screen of its own.
    abstract_paths: set[str] = field(default_factory=set)

    def facts(self, layouts: frozenset[str], view_id: str, above: frozenset[str] = frozenset(),
              holds: Callable[[frozenset[str], str, str], bool] | None = None,
              copies: Callable[[frozenset[str], str], int] | None = None) -> dict[str, Fact]:
        """The facts lifecycle code decides for a view in one of `layouts`. `above`: its ancestors' ids (normal);
        `holds(layouts, container, view)`: whether the XML puts the view inside the container (containers.py), where
        a write through `container.findViewById` is tied to the copy inside it; `copies(layouts, view)`: how many
        views share the id there (a write from the screen reaches the first of several: which one is not known)."""
        if not self.writes:
            return {}
        view = normal(view_id)
        relevant = [s for s in self.writes.get(view, ()) if (not s.layouts or s.layouts & layouts) and (
            s.within is None or s.within in above or holds is None or not holds(s.layouts or layouts, s.within, view))]
        # Screens that share a layout (a register and a reset-password screen) each decide for themselves: which
        # one the layout is shown by is not known, so where they disagree the fact is unknown, not whichever file
        # sorts last. A screen's base classes' writes are part of it; an abstract base is no screen of its own.
        by_path: dict[str, list[_Scoped]] = {}
        for scoped in relevant:
            by_path.setdefault(scoped.path, []).append(scoped)
        if len(by_path) <= 1:
            return self._screen(relevant, layouts, view, copies)
        screens = []
        for path, own in by_path.items():
            if path in self.abstract_paths and any(path in self.ancestors.get(o, ()) for o in by_path if o != path):
                continue
            above = self.ancestors.get(path, frozenset())
            screens.append([s for other, writes in by_path.items() if other in above for s in writes] + own)
        if len(screens) == 1:
            return self._screen(screens[0], layouts, view, copies)
        decided = [self._screen(screen, layouts, view, copies) for screen in screens]
        result: dict[str, Fact] = {}
        for fact in dict.fromkeys(name for screen in decided for name in screen):
            found = [screen[fact] for screen in decided if fact in screen]
            first = found[0]
            if len(found) == 1 or all(f.value == first.value and type(f.value) is type(first.value) for f in found):
                result[fact] = first
                continue
            evidence = tuple(Evidence(e.path, e.line, f"{e.note} (screens sharing the layout disagree)")
                             for f in found for e in f.evidence)
            # Shown on one of them, the layout's text is on screen (what a hidden copy repeats is shown); checked on
            # one of them, that screen pre-ticks the box. Any other disagreement is not known.
            certain = fact in ("visible", "checked") and any(f.value is True for f in found)
            result[fact] = Fact(True if certain else None, evidence)
        return result

    def _screen(self, relevant: list[_Scoped], layouts: frozenset[str], view: str,
                copies: Callable[[frozenset[str], str], int] | None) -> dict[str, Fact]:
        result: dict[str, Fact] = {}
        unordered = _unordered_sizes(relevant)
        for scoped in sorted(relevant, key=lambda s: (s.write.phase, s.path, s.write.line)):
            write = scoped.write
            method = "the constructor" if write.method == "<init>" else f"{write.method}()"
            where = Evidence(scoped.path, write.line, f"{write.source} in {method}")
            shared = scoped.within is None and copies is not None and copies(scoped.layouts or layouts, view) > 1
            racing = write.fact == "font_size" and write.phase in unordered
            # A size from a file that names no layout (a dialog given its layout as a parameter, a base class) may be
            # another layout's view of that id: not read (a checked state there still applies to every layout).
            unscoped = write.fact == "font_size" and not scoped.layouts
            if write.conditional or write.value is None or shared or racing or unscoped:
                why = "conditional" if write.conditional else "computed" if write.value is None else \
                    "another size is set in the same phase, in an order not read" if racing else \
                    "in a file that names no layout: which layout's view is not known" if unscoped else \
                    "the first of several views with this id"
                result[write.fact] = Fact(None, (Evidence(where.path, where.line, f"{where.note} ({why})"),))
            else:
                result[write.fact] = Fact(write.value, (where,))
        return result


#: A name assigned a constructor call (`tvContent = new TextView(context)`, Kotlin's `val tv = TextView(context)`):
#: a view made in code, not one of a layout's even when its name matches an id.
_CONSTRUCTED = re.compile(r"\b(\w+)\s*(?::\s*[\w.<>?]+\s*)?=\s*(?:new\s+)?(?:[a-z]\w*\.)*[A-Z]\w*\s*\(")


def _constructed(text: str) -> set[str]:
    return set(_CONSTRUCTED.findall(text))


def _unordered_sizes(relevant: list[_Scoped]) -> set[int]:
    """The phases in which the view's text size is set twice to different sizes (or once not to a literal). Which
    runs last is not read: a helper declared above `onCreate` that `onCreate` calls at its end, a base class's
    `onCreate` before a subclass's `super.onCreate()` call, are sorted by file and line, not by when they run."""
    sizes: dict[int, set[object]] = {}
    for scoped in relevant:
        write = scoped.write
        if write.fact == "font_size":
            sizes.setdefault(write.phase, set()).add(None if write.conditional else write.value)
    return {phase for phase, values in sizes.items() if len(values) > 1}


def _layouts_of(text: str) -> frozenset[str]:
    names = set(_LAYOUT_REF.findall(text))
    if "resName" in text:  # `@EActivity(resName = "checkout")`
        names.update(LAYOUT_RES_NAME.findall(text))
    for stem in _BINDING_CLASS.findall(text):
        if stem not in _NOT_LAYOUT_BINDINGS:
            names.add(_CAMEL.sub("_", stem).lower())
    return frozenset(names)


#: Where a name is tied to one binding class: `binding: FragmentXBinding`, `binding = FragmentXBinding.inflate(…)`,
#: Java's `FragmentXBinding binding;`, `by viewBinding(FragmentXBinding::bind)`.
_BINDING_VARS = (
    re.compile(r"\b(\w+)\s*:\s*([A-Z]\w*?)Binding\b"),
    re.compile(r"\b(\w+)\s*=\s*([A-Z]\w*?)Binding\s*\.\s*(?:inflate|bind)\b"),
    re.compile(r"\b([A-Z]\w*?)Binding\s+(\w+)\s*[;=,)]"),
    re.compile(r"\b(\w+)\s+by\s+\w*[Bb]inding\w*\s*\(\s*([A-Z]\w*?)Binding::"),
)
#: `private val binding get() = _binding!!`: the name another binding name stands for.
_BINDING_ALIAS = re.compile(r"\b(\w+)\s*(?::\s*[\w.?]+\s*)?get\(\)\s*=\s*(\w+)\s*!!")


def binding_layouts(text: str) -> dict[str, str]:
    """Names tied to exactly one binding class in a file, with the layout it inflates (`binding` ->
    `fragment_consent`): a file that imports two bindings writes to one layout through each name."""
    found: dict[str, set[str]] = {}
    for index, pattern in enumerate(_BINDING_VARS):
        for first, second in pattern.findall(text):
            name, stem = (second, first) if index == 2 else (first, second)
            if stem not in _NOT_LAYOUT_BINDINGS:
                found.setdefault(name, set()).add(_CAMEL.sub("_", stem).lower())
    for alias, target in _BINDING_ALIAS.findall(text):
        if target in found:
            found.setdefault(alias, set()).update(found[target])
    return {name: next(iter(layouts)) for name, layouts in found.items() if len(layouts) == 1}


def _scope(receiver: str, bindings: dict[str, str], layouts: frozenset[str]) -> frozenset[str]:
    """The layouts a write can touch: the one its binding name inflates, else every layout the file names."""
    head = receiver.removeprefix("this.").split(".", 1)[0].split("?", 1)[0].strip()
    layout = bindings.get(head)
    return frozenset((layout,)) if layout is not None else layouts


def _view_key(receiver: str, fields: dict[str, str], framework_r: bool = False) -> str | None:
    found = _ID_IN.search(receiver)
    if found:
        return normal(code_id(found.group(1) or "", found.group(2), framework_r))
    segments = [s for s in _SEGMENT.findall(receiver) if s not in ("this", "it", "requireView", "view")]
    if segments and segments[-1] in ("viewStub", "root", "getRoot") and len(segments) > 1:
        # data binding's ViewStubProxy (`binding.stubTerms.viewStub?.inflate()`), an include's binding
        # (`binding.layoutLegal.root.isVisible = true`): the view is the include's, by its id
        segments.pop()
    if not segments:
        return None
    last = segments[-1]
    return normal(fields.get(last, last))


def source_files(module: Path) -> list[Path]:
    files: list[Path] = []
    src = module / "src"
    try:
        sets = [p for p in src.iterdir() if p.is_dir() and not p.name.startswith(("test", "androidTest"))]
    except OSError:
        return files
    for source_set in sets:
        for language in ("java", "kotlin"):
            root = source_set / language
            if root.is_dir():
                files.extend(sorted(p for p in root.rglob("*") if p.suffix in (".java", ".kt") and p.is_file()))
    return files


#: `class ConsentActivity : FrameActivity<…>()`, `class ConsentActivity extends BaseActivity`: class -> base class.
_EXTENDS = re.compile(r"class\s+(\w+)(?:\s*<[^>{]*>)?(?:\s*\([^){]*\))?\s*(?::|extends)\s*([\w.]+)")
_LIFECYCLE_NAMES = (*(name.encode() for name in PHASES if name.isidentifier()), f"@{AFTER_VIEWS}".encode())


_CLASS = re.compile(r"class\s+(\w+)")


def _words_at(pattern: re.Pattern[str], text: str) -> list[Any]:
    """`pattern.findall` where the match starts a word (what a leading `\\b` says): the pattern itself starts
    with a literal, which the regex engine scans for ~20 times faster than a word boundary."""
    return [m.groups() if pattern.groups > 1 else m.group(1) for m in pattern.finditer(text)
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")]


_ABSTRACT = re.compile(r"\babstract\s+(?:\w+\s+)*class\b")


def _base_files(name: str, bases: dict[str, str], defining: dict[str, list[Path]]) -> list[Path]:
    """The files defining the base classes of class `name`, nearest first (at most 8 deep)."""
    found: list[Path] = []
    seen = {name}
    base = bases.get(name)
    while base is not None and base not in seen and len(seen) < 8:
        found.extend(defining.get(base, ()))
        seen.add(base)
        base = bases.get(base)
    return found


def _class_names(text: str) -> list[str]:
    return _words_at(_CLASS, text)


def _extends(text: str) -> list[tuple[str, str]]:
    return _words_at(_EXTENDS, text)


def _base_hooks(sources: list[tuple[Path, bytes, str]]) -> tuple[dict[str, str], dict[str, dict[str, int]],
                                                                 dict[Path, Any]]:
    """Every class's base class, the lifecycle hooks (codewalk.lifecycle_hooks) of the classes that have any, and
    the trees parsed to find them (the index walks them again rather than parsing twice)."""
    from lint.frontends import ts

    bases: dict[str, str] = {}
    hooks: dict[str, dict[str, int]] = dict(LIBRARY_HOOKS)  # a class of the same name in the sources replaces it
    trees: dict[Path, Any] = {}
    for path, data, text in sources:
        bases.update((name, base.rsplit(".", 1)[-1]) for name, base in _extends(text))
        overridable = b"abstract" in data or b"open" in data or b"{}" in data
        if not overridable or not any(name in data for name in _LIFECYCLE_NAMES):
            continue
        tree = trees[path] = ts.parser("kotlin" if path.suffix == ".kt" else "java").parse(data)
        found = lifecycle_hooks(tree.root_node)
        if found:
            for name in _class_names(text):
                hooks[name] = found
    return bases, hooks, trees


def _ancestors(walked: list[tuple[Path, bytes, str]],
               sources: list[tuple[Path, bytes, str]]) -> list[tuple[Path, bytes, str]]:
    """`walked` and every file that defines a base class (transitively, in the module) of a class in it, in the
    module's order: a name defined twice (two `BaseActivity`s) is read from every file as the whole run reads it."""
    defining: dict[str, list[Path]] = {}
    bases: dict[str, str] = {}
    for path, data, text in sources:
        if b"class" in data:
            for name in _class_names(text):
                defining.setdefault(name, []).append(path)
            bases.update((name, base.rsplit(".", 1)[-1]) for name, base in _extends(text))
    chosen = {path for path, _, _ in walked}
    for _, _, text in walked:
        for name in _class_names(text):
            chosen.update(_base_files(name, bases, defining))
    return [source for source in sources if source[0] in chosen]


def _foreign_bases(module: Path, reading: list[tuple[Path, bytes, str]],
                   sources: list[tuple[Path, bytes, str]]) -> list[tuple[Path, bytes, str]]:
    """The files of the modules `module` depends on (transitively) that define the base classes, and their bases,
    of the classes in `reading` that the module itself does not define."""
    defined = {name for _, data, text in sources if b"class" in data for name in _class_names(text)}
    wanted = {base.rsplit(".", 1)[-1] for _, data, text in reading if b"class" in data for _, base in _extends(text)}
    wanted -= defined
    if not wanted:
        return []
    from lint.frontends.android.gradle import dependency_modules

    found: list[tuple[Path, bytes, str]] = []
    seen = set(defined)
    for _ in range(8):  # a base of a base, in yet another module
        added: list[tuple[Path, bytes, str]] = []
        for dep in dependency_modules(module):
            for name in sorted(wanted):
                added.extend(_defining(dep).get(name, ()))
        seen |= wanted
        found.extend(added)
        wanted = {base.rsplit(".", 1)[-1] for _, _, text in added for _, base in _extends(text)} - seen
        if not wanted:
            break
    return list(dict.fromkeys(found))


@functools.lru_cache(maxsize=16)
def _defining(module: Path) -> dict[str, list[tuple[Path, bytes, str]]]:
    """Class name -> the files of a module that define it (read once per process: several modules depend on one)."""
    found: dict[str, list[tuple[Path, bytes, str]]] = {}
    for path in source_files(module):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if b"class" in data:
            text = data.decode("utf-8", "replace")
            for name in _class_names(text):
                found.setdefault(name, []).append((path, data, text))
    return found


def _inherited(text: str, bases: dict[str, str], hooks: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Per class of a file, the hooks it inherits from its base classes in the module, nearest base first."""
    found: dict[str, dict[str, int]] = {}
    for name in _class_names(text):
        seen = {name}
        base = bases.get(name)
        while base is not None and base not in seen and len(seen) < 8:
            for hook, phase in hooks.get(base, {}).items():
                found.setdefault(name, {}).setdefault(hook, phase)
            seen.add(base)
            base = bases.get(base)
    return found


def build_index(module: Path, display: Callable[[Path], str], focus: frozenset[str] | None = None) -> CodeIndex:
    """What the module's lifecycle code writes to views. `focus`: the only views (normalised ids) that will be
    asked about (a run on a few layouts of a large module). A write's view is named in the text of the file
    that makes it (`R.id.tv_terms`, `binding.tvTerms`, `tv_terms`: `normal` joins them), so a file naming none
    of them is not parsed or walked, and only the base classes of the files that are have their hooks read."""
    from lint.frontends import ts

    index = CodeIndex()
    sources: list[tuple[Path, bytes, str]] = []
    for path in source_files(module):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        sources.append((path, data, data.decode("utf-8", "replace")))
    walked: list[tuple[Path, bytes, str]] | None = None
    if focus is not None:
        mentions = re.compile(b"|".join(re.escape(v.encode()) for v in sorted(focus))) if focus else None
        walked = [s for s in sources if mentions is not None and mentions.search(s[1].lower().replace(b"_", b""))]
    # A base class another module of the project defines (`BaseActivity` in `:common`, whose `onCreate` calls the
    # `initView()` a screen here overrides): its file is read for its hooks, never walked for writes.
    known = sources + _foreign_bases(module, sources if walked is None else walked, sources)
    bases, hooks, trees = _base_hooks(known if walked is None else _ancestors(walked, known))
    chosen = None if walked is None else {path for path, _, _ in walked}
    defining: dict[str, list[Path]] = {}
    for path, data, text in known:
        if b"class" in data:
            for name in _class_names(text):
                defining.setdefault(name, []).append(path)
    getters = stored_getters([text for _, _, text in sources])
    for path, data, text in sources:
        if b"class" in data and (b"R.layout." in data or b"Binding" in data or b"resName" in data):
            found = _layouts_of(text)
            for name in _class_names(text):
                index.layouts_by_class[name] = found
        if b"@OnClick" in data:  # ButterKnife binds taps by annotation: `@OnClick({R.id.iv_agree, R.id.tv_agree})`
            for ids in _ON_CLICK.findall(data):
                index.tappable.update(normal(name.decode("ascii", "replace")) for name in _ID_BYTES.findall(ids))
        if b"@Click" in data or b".Click" in data:  # AndroidAnnotations' `@Click void agreeClicked()`
            index.tappable.update(normal(name) for name in clicked_ids(text))
        if not any(needle in data for needle in _NEEDLES):
            continue
        if chosen is not None and path not in chosen:
            continue
        tree = trees.get(path) or ts.parser("kotlin" if path.suffix == ".kt" else "java").parse(data)
        index.files_parsed += 1
        framework_r = "import android.R" in text and _IMPORTS_ANDROID_R.search(text) is not None
        assigned = _FIND_ASSIGN.findall(text)
        fields = {name: code_id(package, view, framework_r) for name, _, package, view in assigned}
        fields.update((kotlin or java, view or named) for view, named, kotlin, java in _INJECTED.findall(text))
        layouts = _layouts_of(text)
        bindings = binding_layouts(text) if "Binding" in text else {}
        walker = Walker(tree.root_node, _inherited(text, bases, hooks) if hooks else None, getters)
        shown = display(path)
        above = {display(p) for name in _class_names(text) for p in _base_files(name, bases, defining) if p != path}
        if above:
            index.ancestors[shown] = frozenset(above)
        if _ABSTRACT.search(text):
            index.abstract_paths.add(shown)
        made: set[str] | None = None
        for write in walker.run():
            if write.fact == "font_size" and write.value is not None:
                made = _constructed(text) if made is None else made
                if write.receiver.removeprefix("this.") in made and write.receiver.removeprefix("this.") not in fields:
                    continue  # `tvContent = new TextView(context)`: a view of no layout, whatever its name
            key = _view_key(write.receiver, fields, framework_r)
            if key is not None:
                scope = _scope(write.receiver, bindings, layouts)
                start = within(write.receiver, fields, assigned)
                index.writes.setdefault(key, []).append(_Scoped(write, shown, scope, start))
                index.writes_text = index.writes_text or write.fact == "text"
        for receiver in walker.listened:
            key = _view_key(receiver, fields, framework_r)
            if key is not None:
                index.tappable.add(key)
    return index
