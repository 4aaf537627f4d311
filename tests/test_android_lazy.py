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
