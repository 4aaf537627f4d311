"""Reads one Java or Kotlin file for the writes that change a view before the user acts.

Lifecycle code (`onCreate`, `onCreateView`, `onViewCreated`, `onStart`, `onResume`, Kotlin `init`, AndroidAnnotations'
`@AfterViews` methods) and the same-file helpers it calls run before the first frame the user can act on. A write
there is *definite* when it runs on every path with a literal value (`isVisible = true`, `setChecked(true)`,
`setText(R.string.terms)`, `text = getString(R.string.x)`, a plain string literal, `setTextSize(9f)`), and *conditional*
otherwise (inside `if`/`when`/loops/ternaries, after a branch that may `return` or `throw`, in an observer or
coroutine, or with a computed value): a
conditional write makes the fact unknown. Writes inside click/change listeners run only after the user
acts, so they do not change the first render and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from lint.frontends.android.androidannotations import after_views
from lint.frontends.android.codevalues import FACT_OF, sized_markup, text_size, value_of
from lint.frontends.android.getters import getter_call

if TYPE_CHECKING:
    from tree_sitter import Node

#: Lifecycle entry points, in the order they run. `<init>` is a constructor or a Kotlin class's `init { }` block (the
#: JVM's name for them): a method that happens to be called `init()` runs only if something calls it, so it is
#: walked when a lifecycle method calls it, like any other helper.
PHASES = {"<init>": 0, "onCreate": 0, "onPostCreate": 1, "onCreateView": 1, "onCreateDialog": 1, "onFinishInflate": 1,
          "onViewCreated": 2, "onActivityCreated": 2, "onStart": 3, "onResume": 4}
#: AndroidAnnotations' `@AfterViews` methods (androidannotations.py) run once the generated class has injected the
#: views: when the layout is set at the end of its `onCreate` (after the class's own), or after `onViewCreated`. In a
#: fragment that writes one view in both, the phases tie and the later line wins (`CodeIndex.facts`).
_AFTER_VIEWS_PHASE = PHASES["onViewCreated"]
_BRANCHES = {"if_statement", "if_expression", "when_expression", "switch_expression", "switch_block",
             "ternary_expression", "conditional_expression", "for_statement", "enhanced_for_statement",
             "while_statement", "do_statement", "for_expression", "while_expression", "do_while_expression",
             "elvis_expression", "catch_clause", "catch_block"}
#: A `return` or `throw` (not Kotlin's `return@label`, which leaves only its lambda) inside a branch: the function
#: may end there, so what follows the branch is conditional.
_LEAVES = re.compile(rb"\b(?:return|throw)\b(?!@)")
_LAMBDAS = {"lambda_literal", "lambda_expression", "anonymous_function", "object_literal", "class_body"}
_INLINE_SCOPES = {"with", "apply", "run", "let", "also", "requireNotNull", "checkNotNull"}
#: Scope functions whose lambda sees the receiver as `this` (bare `isChecked = true`) or as `it`.
_THIS_SCOPES = {"apply", "run", "with"}
_IT_SCOPES = {"also", "let"}
_LISTENER = re.compile(r"^(?:set|add)On\w*Listener$|^doOn\w+|^doAfter\w+|^doBefore\w+|Listener$|Callback$|Watcher$")
_PROPERTIES = {"visibility", "isVisible", "isGone", "isInvisible", "isChecked", "isSelected", "text", "textSize",
               "alpha", "textColor", "scaleX", "scaleY", "isExpanded", "expansion"}
_SETTERS = {"setVisibility", "setChecked", "setSelected", "setImageResource", "inflate", "setText", "setTextSize",
            "setAlpha", "setTextColor", "setScaleX", "setScaleY"}
#: Calls that change a view passed as their first argument, and the facts they leave unknown:
#: `TextViewCompat.setTextAppearance(tv, R.style.x)` sets the appearance's colour and size (the style is not read);
#: `Linkify.addLinks(tv, mask)` is `android:autoLink` in code (its links are drawn in the link colour);
#: `TextViewCompat.setAutoSizeTextType…(tv, …)` autosizes the view (or stops it): its size is not read.
_ON_ARGUMENT = {("TextViewCompat", "setTextAppearance"): ("text_color", "font_size"),
                ("Linkify", "addLinks"): ("text_color",), ("LinkifyCompat", "addLinks"): ("text_color",),
                **{("TextViewCompat", f"setAutoSizeTextType{kind}"): ("autosize",)
                   for kind in ("WithDefaults", "UniformWithConfiguration", "UniformWithPresetSizes")}}
#: ObjectAnimator factories: `ObjectAnimator.ofFloat(view, "alpha", 0f, 1f)` animates the named property of the
#: view (its first argument) from when it starts; what the user first sees of it is not read.
_ANIMATORS = {"ofFloat", "ofInt", "ofArgb", "ofObject", "ofMultiFloat", "ofMultiInt", "ofPropertyValuesHolder"}
#: An animated property, by its string name or View's Property constant; _ANIMATED_FACT: the ones whose facts are read.
_ANIMATED = re.compile(r'"(\w+)"|\bView\.([A-Z_]+)\b')
_ANIMATED_FACT = {"alpha": "visible", "ALPHA": "visible", "textColor": "text_color", "scaleX": "scale",
                  "scaleY": "scale", "SCALE_X": "scale", "SCALE_Y": "scale"}
#: A ViewPropertyAnimator's methods (`view.animate().scaleX(1f)`) and the fact each leaves unknown.
_VIEW_ANIMATOR = {"alpha": "visible", "alphaBy": "visible", "scaleX": "scale", "scaleY": "scale", "scaleXBy": "scale",
                  "scaleYBy": "scale"}
_ANIMATE_CALL = re.compile(r"^(.+?)\??\.animate\(\)")
#: Listeners the framework calls without the user acting: an animator's per-frame update (`ValueAnimator
#: .addUpdateListener { tv.setTextColor(it.animatedValue as Int) }`). Their writes happen, but when and to what is
#: not read: conditional, not skipped as a tap's are.
_AUTOMATIC_LISTENERS = {"addUpdateListener"}
#: Adapter methods that fill a list row from its item (RecyclerView, BaseQuickAdapter, ListView).
_BINDERS = ("onBindViewHolder", "convert", "getView")
#: A project's own visibility helpers (`fun View.show() { isVisible = true }`, `tvTerms.gone()`): what they leave the
#: view at is not read, so its visibility is unknown. A fade (`tvTerms.animate().alpha(1f)`) is _VIEW_ANIMATOR's.
_VISIBILITY_HELPERS = {"show", "hide", "gone", "visible", "invisible", "makeVisible", "makeGone", "beVisible",
                       "beGone", "fadeIn", "fadeOut"}
#: What opens or closes an expandable layout (visibility.EXPANDABLE): its "expanded" fact, read for those views only.
_EXPANDERS = {"expand", "collapse", "toggle", "setExpanded", "setExpansion"}
_CHECKED_ID = re.compile(r"R\.id\.(\w+)")  # fullmatch: the argument is the id itself
_FUNCTIONS = {"method_declaration", "function_declaration", "anonymous_initializer", "constructor_declaration",
              "secondary_constructor"}
#: What runs when the object is made: Kotlin's `init { }` and constructors (a custom view inflating and setting
#: its layout in its constructor, as React Native and Capacitor view managers do), named as the JVM names them.
_CONSTRUCTORS = {"anonymous_initializer", "constructor_declaration", "secondary_constructor"}
_MAX_DEPTH = 4


@dataclass(frozen=True, slots=True)
class Write:
    receiver: str  # the source text of the view expression
    fact: str  # FACT_OF's (visible, checked, text, font_size, …), expanded, autosize or markup_size
    value: bool | str | None  # None: computed, not a literal
    conditional: bool
    phase: int
    line: int
    source: str  # the statement, shortened, for evidence
    method: str


def _name(node: Node) -> str:
    if node.type in _CONSTRUCTORS:
        return _constructor(node)
    named = node.child_by_field_name("name")
    if named is None:
        named = next((c for c in node.children if c.type in ("identifier", "simple_identifier")), None)
    return named.text.decode("utf-8", "replace") if named is not None and named.text is not None else ""


def _constructor(node: Node) -> str:
    """`<init>`, but for a list row's holder or an adapter: a row is made once and filled per item by the
    binder (`onBindViewHolder`, possibly through a `bind()` of the holder), so what its constructor sets is not
    what the user sees."""
    owner = node.parent
    while owner is not None and owner.type not in ("class_declaration", "object_declaration"):
        owner = owner.parent
    if owner is not None and owner.text is not None:
        body = next((c for c in owner.children if c.type in ("class_body", "enum_class_body")), None)
        header = owner.text[: body.start_byte - owner.start_byte] if body is not None else owner.text
        if b"Holder" in header or b"Adapter" in header:
            return "<row-init>"
    return "<init>"


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def functions(root: Node) -> dict[str, list[Node]]:
    found: dict[str, list[Node]] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in _FUNCTIONS:
            found.setdefault(_name(node), []).append(node)
        stack.extend(node.children)
    return found


def entry_points(found: dict[str, list[Node]]) -> list[tuple[str, int, Node]]:
    """A file's lifecycle methods (`found`: its `functions`) with their phases: the `PHASES` names, and the methods
    AndroidAnnotations calls once the views exist (`@AfterViews void init()`), each named by its own name."""
    entries = [(name, phase, function) for name, phase in PHASES.items() for function in found.get(name, [])]
    named = {id(function) for _, _, function in entries}
    entries.extend((name, _AFTER_VIEWS_PHASE, function) for name, group in found.items() for function in group
                   if id(function) not in named and after_views(function))
    return entries


def _callee(call: Node) -> tuple[Node | None, str]:
    """(receiver, method name) of a Java method_invocation or a Kotlin call_expression."""
    if call.type == "method_invocation":
        return call.child_by_field_name("object"), _text(call.child_by_field_name("name"))
    target = call.children[0] if call.children else None
    if target is None:
        return None, ""
    if target.type == "call_expression":  # `with(binding) { ... }`: the lambda belongs to `with`
        return _callee(target)
    if target.type == "navigation_expression":
        parts = [c for c in target.children if c.is_named]
        return (parts[0] if len(parts) > 1 else None), _text(parts[-1])
    return None, _text(target)


def _enclosing_call(node: Node) -> str:
    parent = node.parent
    while parent is not None and parent.type in ("annotated_lambda", "value_argument", "value_arguments",
                                                  "argument_list", "call_suffix", "object_creation_expression"):
        if parent.type == "object_creation_expression":
            return _text(parent.child_by_field_name("type")).rsplit(".", 1)[-1]
        parent = parent.parent
    if parent is not None and parent.type in ("call_expression", "method_invocation"):
        return _callee(parent)[1]
    return ""


def _scope_of(lambda_node: Node) -> tuple[str, str] | None:
    """The view a Kotlin scope function's lambda acts on: ("this" | "it", receiver text), else None.

    `cb.apply { isChecked = true }`, `with(cb) { isChecked = true }` and `cb.also { it.isChecked = true }`
    all write to `cb`; without this the bare `isChecked` has no view to belong to.
    """
    parent = lambda_node.parent
    while parent is not None and parent.type in ("annotated_lambda", "call_suffix"):
        parent = parent.parent
    if parent is None or parent.type != "call_expression":
        return None
    receiver, name = _callee(parent)
    target = parent.children[0] if parent.children else None
    if name == "with" and target is not None and target.type == "call_expression":
        args = next((c for c in target.children if c.type in ("value_arguments", "call_suffix")), None)
        first = next((c for c in args.children if c.is_named), None) if args is not None else None
        if first is not None and first.type == "call_suffix":  # older grammar: call_suffix > value_arguments
            inner = next((c for c in first.children if c.type == "value_arguments"), None)
            first = next((c for c in inner.children if c.is_named), None) if inner is not None else None
        return ("this", _text(first)) if first is not None else None
    if receiver is None:
        return None
    if name in _THIS_SCOPES:
        return "this", _text(receiver)
    if name in _IT_SCOPES:
        return "it", _text(receiver)
    return None


#: `flag ? a : b` (Java) and `if (flag) a else b` (Kotlin) on a plain name: chosen when the name is a constant.
_TERNARY = re.compile(r"^(!?)\s*(?:this\.)?(\w+)\s*\?\s*([^?:]+?)\s*:\s*([^?:]+)$")
_IF_ELSE = re.compile(r"^if\s*\(\s*(!?)\s*(?:this\.)?(\w+)\s*\)\s*(.+?)\s+else\s+(.+)$", re.S)
_NAME = re.compile(r"^(?:this\.)?(\w+)$")
#: A resource getter given a name (`getString(res)`, `resources.getText(tosText)`): the name's value stands in for it.
#: A styled copy of a named text: `SpannableString(tips)`, `Html.fromHtml(tips)` (how a clickable agreement line is
#: usually written: `val tips = "我已阅读并同意…"; agreement.text = SpannableString(tips)`).
_WRAPPED_NAME = re.compile(r"^((?:new\s+)?(?:android\.text\.)?Spann(?:able|ed)String(?:\.valueOf)?\s*\(|"
                           r"(?:[\w.]+\.)?fromHtml\s*\()\s*(?:this\.)?(\w+)\s*(?:,[^()]*)?\)$")
_GETTER_OF_NAME = re.compile(r"^((?:[\w.]+(?:\(\))?\.)?(?:getString|getText)\s*\()\s*(?:this\.)?(\w+)\s*\)$")
class Walker:
    def __init__(self, root: Node, hooks: dict[str, dict[str, int]] | None = None,
                 getters: dict[str, tuple[str, str]] | None = None) -> None:
        self.root = root
        #: The module's saved-setting getters (getters.py): a view set from one shows its default.
        self.getters = getters or {}
        #: How the value `_substitute` just gave came from a getter, for the write's evidence (`_add`).
        self._via: str | None = None
        self._text: str | None = None  # the file's source, read when a getter's receiver needs its type (getters.py)
        #: Per class, the lifecycle hooks it inherits (`lifecycle_hooks`): its overrides are walked as entry points.
        self.hooks = hooks or {}
        self.functions = functions(root)
        self.writes: list[Write] = []
        self.listened: list[str] = []  # receivers of click listeners: views the user can tap
        self._constants: dict[str, str] | None = None

    def _substitute(self, raw: str) -> str:
        """A constant name, or a choice on one, as the literal it stands for; a saved-setting getter's call as
        what it returns (`getConsentBool()` -> `prefs.getBoolean("consent", true)`); anything else as written."""
        value = self._literal(raw)
        if not self.getters:
            return value
        if self._text is None:
            self._text = (self.root.text or b"").decode("utf-8", "replace")
        reached = getter_call(self.getters, value, self.functions, self._text)
        if reached is None:
            return value
        self._via, body = reached
        return body

    def _literal(self, raw: str) -> str:
        raw = " ".join(raw.split())
        if raw in ("true", "false", "null") or raw[:1].isdigit():
            return raw  # a literal already: no need to read the file's declarations
        named, choice = _NAME.match(raw), _TERNARY.match(raw) or _IF_ELSE.match(raw)
        getter = (_GETTER_OF_NAME.match(raw) or _WRAPPED_NAME.match(raw)) if named is None and choice is None else None
        if named is None and choice is None and getter is None:
            return raw
        if self._constants is None:
            from lint.frontends.android.codescope import constants

            self._constants = constants(self.root)
        if named is not None:
            value = self._constants.get(named.group(1), raw)
            # `val span = SpannableString(tips)`: the wrapper's name too, once (`tips` is the literal).
            getter = _WRAPPED_NAME.match(value) if value != raw else None
            if getter is None:
                return value
            raw = value
        if getter is not None:
            inner = self._constants.get(getter.group(2))
            return f"{getter.group(1)}{inner})" if inner is not None else raw
        assert choice is not None
        negated, name, yes, no = choice.groups()
        flag = self._constants.get(name)
        if flag not in ("true", "false"):
            return raw
        return (yes if (flag == "true") != bool(negated) else no).strip()

    def run(self) -> list[Write]:
        for name, phase, function in entry_points(self.functions):
            self._walk(function, phase, name, False, 0, {id(function)})
        for name in _BINDERS:  # a list row's views, set per item from its data: every write there is unknown
            for function in self.functions.get(name, []):
                self._walk(function, max(PHASES.values()), name, True, 0, {id(function)})
        names = {hook for hooks in self.hooks.values() for hook in hooks if hook not in PHASES}
        if names:
            from lint.frontends.android.codescope import enclosing_class, split_phase
        for name in sorted(names):
            for function in self.functions.get(name, []):
                inherited = self.hooks.get(enclosing_class(function), {})
                if name in inherited:
                    phase, conditional = split_phase(inherited[name])
                    self._walk(function, phase, name, conditional, 0, {id(function)})
        return self.writes

    def _walk(self, function: Node, phase: int, method: str, conditional: bool, depth: int, seen: set[int]) -> None:
        body = function.child_by_field_name("body") or next(
            (c for c in function.children if c.type in ("function_body", "block")), None)
        if body is None:
            return
        # Each entry carries the receiver of the innermost Kotlin scope function it sits in.
        stack: list[tuple[Node, bool, tuple[str, str] | None]] = [(body, conditional, None)]
        # Nodes pop in source order: once a branch that may leave the function has been seen (`if (wide) return;`),
        # everything after it runs only on the paths that did not leave.
        left = False
        while stack:
            node, cond, scope = stack.pop()
            cond = cond or left
            kind = node.type
            if not left and kind in _BRANCHES and _LEAVES.search(node.text or b"") is not None:
                left = True
            if kind in _LAMBDAS or (kind == "object_creation_expression" and node.child_by_field_name("body")):
                caller = _enclosing_call(node)
                if _LISTENER.search(caller) and caller not in _AUTOMATIC_LISTENERS:
                    self._listener(node)
                    continue
                cond = cond or caller not in _INLINE_SCOPES
                if kind == "lambda_literal" and caller in _INLINE_SCOPES:
                    scope = _scope_of(node) or scope
            elif kind in _BRANCHES:
                cond = True
            elif kind == "assignment":
                self._assignment(node, cond, phase, method, scope)
            elif kind in ("method_invocation", "call_expression"):
                self._call(node, cond, phase, method, depth, seen, scope)
            stack.extend((child, cond, scope) for child in reversed(node.children) if child.is_named)

    def _listener(self, node: Node) -> None:
        parent = node.parent
        while parent is not None and parent.type not in ("call_expression", "method_invocation"):
            parent = parent.parent
        if parent is not None:
            receiver, _ = _callee(parent)
            if receiver is not None:
                self.listened.append(_text(receiver))

    def _assignment(self, node: Node, cond: bool, phase: int, method: str, scope: tuple[str, str] | None) -> None:
        left = node.child_by_field_name("left") or (node.children[0] if node.children else None)
        right = node.child_by_field_name("right") or (node.children[-1] if node.children else None)
        if left is None or right is None:
            return
        if left.type == "directly_assignable_expression" and left.named_child_count == 1:
            left = left.named_children[0]  # older grammars wrap the target
        if left.type in ("identifier", "simple_identifier"):  # `apply { isChecked = true }`
            if scope is None or scope[0] != "this" or _text(left) not in _PROPERTIES:
                return
            receiver, prop, scoped = scope[1], _text(left), True
        elif left.type == "navigation_expression":
            parts = [c for c in left.children if c.is_named]
            prop = _text(parts[-1])
            if prop not in _PROPERTIES or len(parts) < 2:
                return
            receiver, scoped = _text(parts[0]), False
            if receiver == "it" and scope is not None and scope[0] == "it":  # `also { it.isChecked = true }`
                receiver, scoped = scope[1], True
        else:
            return
        raw = self._substitute(_text(right))
        fact, value = value_of(FACT_OF[prop], prop, raw)
        self._add(receiver, fact, value, cond, phase, node, method, scoped)
        if fact == "text" and sized_markup(raw):  # `text = Html.fromHtml("<big>…")`
            self._add(receiver, "markup_size", None, cond, phase, node, method, scoped)

    def _call(self, node: Node, cond: bool, phase: int, method: str, depth: int, seen: set[int],
              scope: tuple[str, str] | None = None) -> None:
        receiver, name = _callee(node)
        receiver_text = _text(receiver) if receiver is not None else None
        scoped = scope is not None and ((receiver_text == "it" and scope[0] == "it") or (
            receiver is None and (name in _SETTERS or name in _EXPANDERS) and scope[0] == "this"))
        # `apply { setChecked(true) }`, `binding.elTerms.apply { expand(false) }`
        if scoped and scope is not None:
            receiver_text = scope[1]
        if name == "check" and receiver_text is not None:
            # `radioGroup.check(R.id.rb_ads)` checks that button: a write to the button, not to the group.
            args = node.child_by_field_name("arguments") or next(
                (c for c in node.children if c.type in ("value_arguments", "call_suffix", "argument_list")), None)
            values = [c for c in (args.children if args is not None else []) if c.is_named]
            button = _CHECKED_ID.fullmatch(_text(values[0]).strip()) if len(values) == 1 else None
            if button is not None:
                self._add(f"R.id.{button.group(1)}", "checked", True, cond, phase, node, method)
            return
        if name in _SETTERS and receiver_text is not None:
            if name == "inflate":
                args = node.child_by_field_name("arguments") or next(
                    (c for c in node.children if c.type in ("value_arguments", "call_suffix", "argument_list")), None)
                # A ViewStub's `inflate()` takes no argument (a LayoutInflater's takes the layout).
                if "stub" in receiver_text.lower() or not [c for c in (args.children if args else []) if c.is_named]:
                    self._add(receiver_text, "visible", True, cond, phase, node, method, scoped)
                return
            args = node.child_by_field_name("arguments") or next(
                (c for c in node.children if c.type in ("value_arguments", "call_suffix", "argument_list")), None)
            values = [c for c in (args.children if args is not None else []) if c.is_named]
            if name == "setTextSize" and values:  # `setTextSize(9f)`, `setTextSize(TypedValue.COMPLEX_UNIT_SP, 9f)`
                arguments = [_text(value) for value in values]
                read = [self._literal(argument) for argument in arguments]
                size = text_size(read)
                self._add(receiver_text, "font_size", size, cond, phase, node, method, scoped)
                if size is not None and read != arguments:  # through a constant: say what it stands for
                    last = self.writes[-1]
                    self.writes[-1] = replace(last, source=f"{last.source} ({', '.join(read)})")
            elif len(values) == 1 or (name == "setText" and len(values) == 2 and "BufferType" in _text(values[1])):
                # `setText(text, TextView.BufferType.SPANNABLE)`: the same text, kept as a Spannable
                raw = self._substitute(_text(values[0]))
                fact, value = value_of(FACT_OF[name], name, raw)
                self._add(receiver_text, fact, value, cond, phase, node, method, scoped)
                if fact == "text" and sized_markup(raw):  # `<big>`: some words drawn bigger than the view's size
                    self._add(receiver_text, "markup_size", None, cond, phase, node, method, scoped)
            return
        if name in _VIEW_ANIMATOR and receiver_text is not None:
            # `tv.animate().scaleX(1f).alpha(1f)`: each method's receiver is the chain so far, from the view's animate()
            animated = _ANIMATE_CALL.match(receiver_text)
            if animated is not None:
                self._add(animated.group(1), _VIEW_ANIMATOR[name], None, cond, phase, node, method, scoped)
                return
            if name == "alpha" and receiver_text not in ("this", "it"):  # a project's own fade helper, `tv.alpha(1f)`
                self._add(receiver_text, "visible", None, cond, phase, node, method, scoped)
                return
        if name.startswith("setAutoSizeTextType") and receiver_text is not None and receiver_text not in (
                "this", "it") and not receiver_text.endswith("TextViewCompat"):  # that one is _ON_ARGUMENT's
            # `tv.setAutoSizeTextTypeWithDefaults(…)` (API 26): an autosizing TextView ignores setTextSize; whether
            # this turns it on or off is not read.
            self._add(receiver_text, "autosize", None, cond, phase, node, method, scoped)
            return
        if name in _EXPANDERS and receiver_text is not None and receiver_text not in ("this", "it"):
            self._add(receiver_text, "expanded", None, cond, phase, node, method, scoped)
            return
        if name in _VISIBILITY_HELPERS and receiver_text is not None and receiver_text not in ("this", "it"):
            self._add(receiver_text, "visible", None, cond, phase, node, method, scoped)
            return
        owner = receiver_text.rsplit(".", 1)[-1] if receiver_text is not None else ""
        if receiver_text is not None and (name in _ANIMATORS or (owner, name) in _ON_ARGUMENT):
            self._on_argument(node, receiver_text, name, cond, phase, method)
            return
        if name == "setTextAppearance" and receiver_text is not None and receiver_text not in ("this", "it"):
            # `tv.setTextAppearance(R.style.x)` (and the older `(context, R.style.x)`): the appearance's colour and
            # size replace the view's; the style is not read.
            for fact in ("text_color", "font_size"):
                self._add(receiver_text, fact, None, cond, phase, node, method, scoped)
            return
        if receiver is None or _text(receiver) == "this":
            for helper in self.functions.get(name, []):
                if id(helper) not in seen and depth < _MAX_DEPTH and name not in PHASES:
                    self._walk(helper, phase, method, cond, depth + 1, seen | {id(helper)})

    def _on_argument(self, node: Node, receiver: str, name: str, cond: bool, phase: int, method: str) -> None:
        """A call that changes the view it is given (`_ON_ARGUMENT`, an ObjectAnimator's target): unknown facts."""
        owner = receiver.rsplit(".", 1)[-1]
        facts: tuple[str, ...] = _ON_ARGUMENT.get((owner, name), ())
        args = node.child_by_field_name("arguments") or next(
            (c for c in node.children if c.type in ("value_arguments", "call_suffix", "argument_list")), None)
        if args is not None and args.type == "call_suffix":  # older grammar: call_suffix > value_arguments
            args = next((c for c in args.children if c.type == "value_arguments"), args)
        values = [c for c in (args.children if args is not None else []) if c.is_named]
        if not values:
            return
        if owner == "ObjectAnimator" and name in _ANIMATORS and len(values) > 1:
            # The property is the second argument; with PropertyValuesHolders, the first of each one after the view.
            named = values[1:] if name == "ofPropertyValuesHolder" else values[1:2]
            properties = " ".join(_text(value) for value in named)
            found = (_ANIMATED_FACT.get(a or b) for a, b in _ANIMATED.findall(properties))
            facts = tuple(dict.fromkeys(fact for fact in found if fact is not None))
        if facts:
            for fact in facts:
                self._add(" ".join(_text(values[0]).split()), fact, None, cond, phase, node, method)

    def _add(self, receiver: str, fact: str, value: bool | str | None, cond: bool, phase: int, node: Node,
             method: str, scoped: bool = False) -> None:
        source = " ".join(_text(node).split())
        source = source if len(source) <= 80 else source[:79] + "…"
        if fact in ("checked", "selected") and isinstance(value, bool) and (
                "getBoolean" in source or "decodeBool" in source):
            source += f" (nothing saved for a new user: the default {str(value).lower()})"
        elif fact in ("checked", "selected") and isinstance(value, bool) and self._via is not None:
            source += f" ({self._via}: nothing saved for a new user, the default {str(value).lower()})"
        self._via = None
        if scoped:  # `isChecked = true` alone does not say which view: name the scope's receiver
            source = f"{source} on {' '.join(receiver.split())[:60]}"
        self.writes.append(Write(receiver, fact, value, cond, phase, node.start_point[0] + 1, source, method))
