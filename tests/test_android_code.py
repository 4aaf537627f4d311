"""Lifecycle code in Java and Kotlin: what it decides before the user acts, and what it leaves unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.frontends.android.code import CodeIndex, build_index
from lint.frontends.android.toggles import meaning

KOTLIN = """
class LoginActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityLoginBinding.inflate(layoutInflater)
        binding.cbMarketing.isChecked = true
        binding.tvTerms.isGone = true
        if (BuildConfig.DEBUG) binding.tvPrivacy.isVisible = true
        binding.btnAll.setOnClickListener { binding.cbTerms.isChecked = true }
        with(binding) { rowLegal.visibility = View.VISIBLE }
        bindState()
    }
    private fun bindState() { binding.swShare.isChecked = viewModel.share }
    override fun onResume() { super.onResume(); binding.tvTerms.isVisible = true }
}
"""

JAVA = """
public class SignupActivity extends Activity {
    private CheckBox agree;
    @Override protected void onCreate(Bundle b) {
        super.onCreate(b);
        setContentView(R.layout.activity_signup);
        agree = (CheckBox) findViewById(R.id.cb_agree);
        agree.setChecked(true);
        ((TextView) findViewById(R.id.tv_eula)).setVisibility(mode == 2 ? View.VISIBLE : View.GONE);
        findViewById(R.id.btn).setOnClickListener(new View.OnClickListener() {
            @Override public void onClick(View v) { agree.setChecked(false); }
        });
    }
}
"""


def _index(module: Path, sources: dict[str, str]) -> CodeIndex:
    """The code index of a module holding `sources` ({"java/A.java": text, "kotlin/B.kt": text})."""
    for rel, text in sources.items():
        path = module / "src" / "main" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return build_index(module, lambda p: p.name)


@pytest.fixture
def module(tmp_path: Path) -> Path:
    kotlin = tmp_path / "src" / "main" / "kotlin" / "com" / "shop"
    java = tmp_path / "src" / "main" / "java" / "com" / "shop"
    kotlin.mkdir(parents=True)
    java.mkdir(parents=True)
    (kotlin / "LoginActivity.kt").write_text(KOTLIN, encoding="utf-8")
    (java / "SignupActivity.java").write_text(JAVA, encoding="utf-8")
    return tmp_path


def test_kotlin_view_binding_writes(module: Path) -> None:
    index = build_index(module, lambda p: p.name)
    login = frozenset({"activity_login"})
    assert index.facts(login, "cb_marketing")["checked"].value is True
    # onResume runs after onCreate: the last unconditional write decides.
    terms = index.facts(login, "tv_terms")["visible"]
    assert terms.value is True and "onResume" in terms.evidence[0].note
    assert index.facts(login, "tv_privacy")["visible"].value is None  # inside `if`
    assert index.facts(login, "row_legal")["visible"].value is True  # `with` runs inline
    assert index.facts(login, "sw_share")["checked"].value is None  # computed, through a helper
    assert index.facts(login, "cb_terms") == {}  # only in a click listener
    assert "btnall" in index.tappable
    # Scoped to the layouts the file inflates.
    assert index.facts(frozenset({"activity_other"}), "cb_marketing") == {}


def test_java_find_view_by_id_fields_casts_and_anonymous_listeners(module: Path) -> None:
    index = build_index(module, lambda p: p.name)
    signup = frozenset({"activity_signup"})
    agree = index.facts(signup, "cb_agree")["checked"]
    assert agree.value is True and agree.evidence[0].path == "SignupActivity.java"
    assert index.facts(signup, "tv_eula")["visible"].value is None


KOTLIN_VIEW = """
class ConsentRow(context: Context, attrs: AttributeSet) : LinearLayout(context, attrs) {
    private val binding = ViewConsentRowBinding.inflate(LayoutInflater.from(context), this)
    init {
        binding.swAds.isChecked = true
    }
    fun init() { binding.swOffers.isChecked = true }
}
"""


def test_a_kotlin_init_block_runs_but_a_method_named_init_only_when_called(tmp_path: Path) -> None:
    index = _index(tmp_path, {"kotlin/ConsentRow.kt": KOTLIN_VIEW})
    row = frozenset({"view_consent_row"})
    assert index.facts(row, "sw_ads")["checked"].value is True
    assert index.facts(row, "sw_offers") == {}


@pytest.mark.parametrize(("name", "expected"), [
    ("ic_agree_selected", True), ("icon_check_on", True), ("ic_checkbox_checked", True), ("login_sel", True),
    ("ic_agree_normal", False), ("icon_unselect", False), ("ic_checkbox_unchecked", False), ("check_off", False),
    ("bg_checkbox_selector", None), ("ic_checkbox", None),
])
def test_drawable_names_say_checked_or_unchecked(name: str, expected: bool | None) -> None:
    assert meaning(name) is expected


CONSTANTS_JAVA = """
public class RegisterActivity extends Activity implements View.OnClickListener {
    private static final boolean SHOW_POLICY = false;
    private boolean isAgree = true; // 默认选中
    private boolean subscribed = false;
    private boolean restored = true;
    private CheckBox cbAgree, cbSubscribe, cbRestored, cbLocal, cbParam;
    @Override protected void onCreate(Bundle b) {
        super.onCreate(b);
        setContentView(R.layout.activity_register);
        cbAgree = findViewById(R.id.cb_agree);
        cbSubscribe = findViewById(R.id.cb_subscribe);
        cbRestored = findViewById(R.id.cb_restored);
        cbLocal = findViewById(R.id.cb_local);
        cbAgree.setChecked(isAgree);
        cbSubscribe.setChecked(this.subscribed);
        restored = b != null && b.getBoolean("restored");
        cbRestored.setChecked(restored);
        boolean marketing = true;
        cbLocal.setChecked(marketing);
        findViewById(R.id.tv_policy).setVisibility(SHOW_POLICY ? View.VISIBLE : View.GONE);
        cbSubscribe.setOnClickListener(v -> subscribed = !subscribed);
        bind(false);
    }
    private void bind(boolean marketing2) { cbParam = findViewById(R.id.cb_param); cbParam.setChecked(marketing2); }
    @Override public void onClick(View v) { isAgree = !isAgree; cbAgree.setChecked(isAgree); }
}
"""

CONSTANTS_KOTLIN = """
class ConsentActivity : AppCompatActivity() {
    private var personalized = true
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityConsentBinding.inflate(layoutInflater)
        binding.swPersonalized.isChecked = personalized
        binding.tvTerms.visibility = if (personalized) View.GONE else View.VISIBLE
        binding.swPersonalized.setOnCheckedChangeListener { _, on -> personalized = on }
    }
}
"""


def test_constant_names_are_read_as_their_initializer(tmp_path: Path) -> None:
    index = _index(tmp_path, {"java/RegisterActivity.java": CONSTANTS_JAVA,
                              "kotlin/ConsentActivity.kt": CONSTANTS_KOTLIN})
    register, consent = frozenset({"activity_register"}), frozenset({"activity_consent"})
    # Toggled only by the user (the class's own onClick, a click listener): the initializer at first render.
    assert index.facts(register, "cb_agree")["checked"].value is True
    assert index.facts(register, "cb_subscribe")["checked"].value is False
    assert index.facts(register, "cb_local")["checked"].value is True
    assert index.facts(register, "tv_policy")["visible"].value is False  # a static final flag chooses
    assert index.facts(register, "cb_restored")["checked"].value is None  # assigned before use: computed
    assert index.facts(register, "cb_param")["checked"].value is None  # a parameter, not a constant
    assert index.facts(consent, "sw_personalized")["checked"].value is True
    assert index.facts(consent, "tv_terms")["visible"].value is False


TWO_BINDINGS = """
import com.example.app.databinding.DialogConsentDetailsBinding
import com.example.app.databinding.FragmentConsentBinding

class ConsentFragment : Fragment() {
    private var _binding: FragmentConsentBinding? = null
    private val binding get() = _binding!!

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        super.onViewCreated(view, savedInstanceState)
        binding.checkbox.isChecked = true
        val details = DialogConsentDetailsBinding.inflate(layoutInflater)
        details.footer.visibility = View.GONE
    }
}
"""


def test_a_write_through_a_binding_touches_only_the_layout_that_binding_inflates(tmp_path: Path) -> None:
    index = _index(tmp_path, {"kotlin/ConsentFragment.kt": TWO_BINDINGS})
    consent, details = frozenset({"fragment_consent"}), frozenset({"dialog_consent_details"})
    assert index.facts(consent, "checkbox")["checked"].value is True
    assert index.facts(details, "checkbox") == {}  # the other binding the file imports has a checkbox too
    assert index.facts(details, "footer")["visible"].value is False
    assert index.facts(consent, "footer") == {}


BASE_KT = """
abstract class FrameActivity<DB : ViewDataBinding> : AppCompatActivity() {
    protected lateinit var binding: DB
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        initView()
        binding.root.setOnClickListener { onTapped() }
    }
    protected open fun initView() {}
    protected open fun onTapped() {}
    fun helper() {}
}
"""

GATE_KT = """
class ConsentGateActivity : FrameActivity<ViewTermsBinding>() {
    override fun initView() { binding.cbAgree.isChecked = true }
    override fun onTapped() { binding.cbMarketing.isChecked = true }
}
"""

BASE_JAVA = """
public abstract class BaseActivity extends AppCompatActivity {
    @Override protected void onCreate(Bundle b) { super.onCreate(b); setContentView(getLayoutId()); initData(); }
    protected abstract int getLayoutId();
    protected abstract void initData();
}
"""

SIGNUP_JAVA = """
public class SignupActivity extends BaseActivity {
    @Override protected int getLayoutId() { return R.layout.activity_signup; }
    @Override protected void initData() { ((CheckBox) findViewById(R.id.cb_news)).setChecked(true); }
}
public class Unrelated extends AppCompatActivity {
    void initData() { ((CheckBox) findViewById(R.id.cb_other)).setChecked(true); }
}
"""


def test_a_subclass_fills_in_its_base_class_lifecycle(tmp_path: Path) -> None:
    index = _index(tmp_path, {"kotlin/FrameActivity.kt": BASE_KT, "kotlin/ConsentGateActivity.kt": GATE_KT,
                              "java/BaseActivity.java": BASE_JAVA, "java/SignupActivity.java": SIGNUP_JAVA})
    gate, signup = frozenset({"view_terms"}), frozenset({"activity_signup"})
    assert index.facts(gate, "cb_agree")["checked"].value is True  # initView() runs in the base's onCreate
    assert index.facts(gate, "cb_marketing") == {}  # onTapped() runs when the user taps
    assert index.facts(signup, "cb_news")["checked"].value is True
    assert index.facts(signup, "cb_other") == {}  # a class of another base: its initData() is not called


DIALOG_JAVA = """
public class ScanDialog extends DialogFragment {
    @Override public Dialog onCreateDialog(Bundle savedInstanceState) {
        View view = LayoutInflater.from(getContext()).inflate(R.layout.dialog_scan, null);
        TextView tvPrivacy = view.findViewById(R.id.tv_privacy);
        tvPrivacy.setVisibility(View.GONE);
        return new AlertDialog.Builder(getContext()).setView(view).create();
    }
}
"""


def test_a_dialog_fragments_oncreatedialog_runs_before_the_user_acts(tmp_path: Path) -> None:
    index = _index(tmp_path, {"java/ScanDialog.java": DIALOG_JAVA})
    assert index.facts(frozenset({"dialog_scan"}), "tv_privacy")["visible"].value is False


AA_BASE_JAVA = """
@EActivity
public abstract class AnnotatedBaseActivity extends AppCompatActivity {
    @AfterViews
    void afterViewsBase() { initViews(); }
    protected abstract void initViews();
}
"""

AA_JOIN_JAVA = """
@EActivity(resName = "activity_join")
public class JoinActivity extends AnnotatedBaseActivity {
    @ViewById(resName = "cb_offers") CheckBox offers;
    @ViewById CheckBox cb_partners;
    private boolean news = true;

    @AfterInject
    void injected() { cb_partners.setChecked(true); }

    @Override
    protected void initViews() { offers.setChecked(true); }

    @AfterViews
    void restore() { cb_news.setChecked(news); }

    @org.androidannotations.annotations.Click
    void newsTickClicked() { news = !news; }

    @Click({R.id.iv_terms, R.id.tv_terms})
    void onTermsTapped() {}
}
"""

AA_KT = """
@EActivity(R.layout.checkout)
open class CheckoutActivity : AppCompatActivity() {
    @ViewById lateinit var tos: TextView
    @AfterViews fun init() { tos.text = getString(R.string.tos_pay) }
    @CheckedChange(R.id.cb_save) fun saveChanged(checked: Boolean) { tos.text = getString(R.string.tos_saved) }
}
"""


def test_android_annotations_injected_views_and_after_views(tmp_path: Path) -> None:
    index = _index(tmp_path, {"java/AnnotatedBaseActivity.java": AA_BASE_JAVA, "java/JoinActivity.java": AA_JOIN_JAVA,
                              "kotlin/CheckoutActivity.kt": AA_KT})
    join = frozenset({"activity_join"})
    assert index.layouts_by_class["JoinActivity"] == join  # `@EActivity(resName = …)`
    offers = index.facts(join, "cb_offers")["checked"]  # a hook the base class's @AfterViews method calls
    assert offers.value is True and "initViews()" in offers.evidence[0].note
    assert index.facts(join, "cb_partners") == {}  # @AfterInject runs before the views exist
    # Toggled only in a @Click method: still its initializer when @AfterViews reads it.
    assert index.facts(join, "cb_news")["checked"].value is True
    assert {"newstick", "ivterms", "tvterms"} <= index.tappable
    tos = index.facts(frozenset({"checkout"}), "tos")["text"]
    assert tos.value == "@string/tos_pay" and "init()" in tos.evidence[0].note  # not the @CheckedChange method's


def test_a_staged_one_tap_login_config_lints_its_module(tmp_path: Path) -> None:
    """A pre-commit run on the one file that configures a carrier's one-tap login page (no layout names it) lints
    the module, whose units report the builder's pre-ticked agreement at its call."""
    import json
    import shutil

    from tests.conftest import ROOT, run_cli

    project = tmp_path / "shop"
    shutil.copytree(ROOT / "rules/consent-prechecked/android-onekey-login", project)
    staged = "app/src/main/kotlin/com/example/shop/login/OneTapConfig.kt"
    (project / staged).write_text(
        "package com.example.shop.login\n\n"
        "import cn.jiguang.verifysdk.api.JVerifyUIConfig\n\n"
        "object OneTapConfig {\n"
        "    fun build(): JVerifyUIConfig = JVerifyUIConfig.Builder()\n"
        "        .setPrivacyState(true)\n"
        "        .build()\n"
        "}\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", staged, cwd=project)
    found = {(f["rule"], f["path"], f["line"]) for f in json.loads(result.stdout)}
    assert ("consent-prechecked", staged, 7) in found, result.stderr
