"""Android sample resources shared by the baseline and diff tests (a sign-up module's strings
and the opening of a vertical form layout)."""

STRINGS = """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="agree_privacy">I have read and agree to the Privacy Policy</string>
    <string name="marketing_opt_in">Email me promotional offers and the monthly newsletter</string>
    <string name="share_with_partners">Share my usage data with partners to personalise ads</string>
</resources>
"""
HEAD = """<?xml version="1.0" encoding="utf-8"?>
<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent"
    android:layout_height="wrap_content"
    android:orientation="vertical">
"""
