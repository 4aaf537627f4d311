"""Android facts computed on first demand give what eager building gave: same facts, same order, same evidence."""

from __future__ import annotations

from pathlib import Path

from lint.frontends.android import include, layout
from lint.frontends.android.module import module_for
from lint.model import Document, Node

NS = 'xmlns:android="http://schemas.android.com/apk/res/android"'
ROW = f"""<LinearLayout {NS} android:layout_width="match_parent" android:layout_height="wrap_content">
    <TextView android:id="@+id/tv_terms" android:layout_width="wrap_content"
        android:layout_height="wrap_content" android:text="Terms" />
</LinearLayout>
"""


def _build(root: Path, files: dict[str, str], name: str) -> Document:
    for rel, text in files.items():
        path = root / "src/main/res/layout" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    module = module_for(root / "src/main/res", lambda p: p.relative_to(root).as_posix())
    return layout.build(root / "src/main/res/layout" / name, f"src/main/res/layout/{name}", module)


def _nodes(doc: Document) -> list[Node]:
    return [node for root in doc.roots for node in root.walk()]


def test_kind_and_text_are_eager_the_rest_waits_and_keeps_the_eager_order(tmp_path: Path) -> None:
    doc = _build(tmp_path, {"a.xml": f"""<LinearLayout {NS} android:layout_width="match_parent"
    android:layout_height="wrap_content" android:orientation="horizontal">
    <CheckBox android:id="@+id/cb" android:layout_width="wrap_content" android:layout_height="wrap_content"
        android:checked="true" />
    <TextView android:layout_width="wrap_content" android:layout_height="wrap_content" android:text="Send offers" />
</LinearLayout>
"""}, "a.xml")
    row, box, text = _nodes(doc)
    assert all(node.pending is not None for node in (row, box, text))
    assert box.kind == "toggle" and box.facts["label"].value == "Send offers"
    assert text.facts["text"].value == "Send offers"
    assert box.fact("checked").value is True
    assert row.pending is None  # settled first: the box inherits its visibility
    assert list(box.facts) == ["visible", "checked", "label"]  # the label, set after the tree, stays last
    assert text.pending is not None


def test_an_unchanged_graft_is_silenced_when_its_ignores_are_read(tmp_path: Path) -> None:
    doc = _build(tmp_path, {"row.xml": ROW, "main.xml": f"""<FrameLayout {NS}
    android:layout_width="match_parent" android:layout_height="match_parent">
    <include layout="@layout/row" />
</FrameLayout>
"""}, "main.xml")
    _, row, terms = _nodes(doc)
    assert isinstance(terms, include.Grafted) and terms.pending is not None
    assert "all" in terms.ignores
    assert terms.pending is None and row.pending is None


def test_a_hidden_include_marks_each_graft_with_its_own_origin_only(tmp_path: Path) -> None:
    doc = _build(tmp_path, {"row.xml": ROW, "main.xml": f"""<FrameLayout {NS}
    android:layout_width="match_parent" android:layout_height="match_parent">
    <include layout="@layout/row" android:visibility="gone" />
</FrameLayout>
"""}, "main.xml")
    _, row, terms = _nodes(doc)
    visible = terms.fact("visible")  # settles the row (its parent) first, which adds its own origin
    assert visible.value is False
    gone = 'android:visibility="gone"'
    assert [e.note for e in visible.evidence] == [gone, "included element <TextView @+id/tv_terms>"]
    assert [e.note for e in row.fact("visible").evidence] == [gone, "included element <LinearLayout>"]
    assert "all" not in terms.ignores


def _release(doc: Document) -> None:
    """What the runner does to a unit's trees once it is linted (runner._release)."""
    for node in _nodes(doc):
        node.children, node.parent, node.pending = [], None, None


MAIN = f"""<FrameLayout {NS} android:layout_width="match_parent" android:layout_height="match_parent">
    <include layout="@layout/row" />
</FrameLayout>
"""


def test_an_included_layout_linted_and_released_still_answers_its_includers(tmp_path: Path) -> None:
    """The row's own unit takes the build its includer made; the runner releases it unsettled, and the
    table of the row's standalone facts is pruned: a later includer's comparison rebuilds the row."""
    files = {"row.xml": ROW, "a.xml": MAIN, "b.xml": MAIN}
    first = _build(tmp_path, files, "a.xml")
    module = module_for(tmp_path / "src/main/res", lambda p: p.relative_to(tmp_path).as_posix())
    row_doc = layout.build(tmp_path / "src/main/res/layout/row.xml", "src/main/res/layout/row.xml", module)
    assert all(node.pending is not None for node in _nodes(row_doc))  # the includer compared nothing yet
    module.release_trees()
    _release(row_doc)
    _release(first)
    module.release_trees()  # the next unit: the row's table drops its released nodes
    later = layout.build(tmp_path / "src/main/res/layout/b.xml", "src/main/res/layout/b.xml", module)
    _, row, terms = _nodes(later)
    assert "all" in terms.ignores and "all" in row.ignores
    assert terms.fact("visible").value is True and len(terms.fact("visible").evidence) == 0


def test_a_pruned_table_keeps_what_its_settled_nodes_said(tmp_path: Path) -> None:
    files = {"row.xml": ROW, "a.xml": MAIN, "b.xml": MAIN}
    _build(tmp_path, files, "a.xml")
    module = module_for(tmp_path / "src/main/res", lambda p: p.relative_to(tmp_path).as_posix())
    row_doc = layout.build(tmp_path / "src/main/res/layout/row.xml", "src/main/res/layout/row.xml", module)
    for node in _nodes(row_doc):
        node.settle()  # what the rules of the row's own unit may do
    table = module.standalone[tmp_path / "src/main/res/layout/row.xml"]
    module.release_trees()
    _release(row_doc)
    module.release_trees()
    before = dict(table._made)
    assert len(before) == 2  # both elements summarised from their settled facts, no node kept
    later = layout.build(tmp_path / "src/main/res/layout/b.xml", "src/main/res/layout/b.xml", module)
    assert all("all" in node.ignores for node in _nodes(later)[1:])
    assert table._made == before and table._rebuild is not None  # answered without rebuilding
