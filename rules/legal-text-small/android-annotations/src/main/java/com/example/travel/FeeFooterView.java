package com.example.travel;

import android.content.Context;
import android.util.AttributeSet;
import android.widget.LinearLayout;
import android.widget.TextView;
import org.androidannotations.annotations.AfterViews;
import org.androidannotations.annotations.EViewGroup;
import org.androidannotations.annotations.ViewById;

/** The fee line under the checkout's total: a view group AndroidAnnotations inflates from its layout. */
@EViewGroup(R.layout.view_fee_footer)
public class FeeFooterView extends LinearLayout {

    @ViewById
    TextView feeTerms;

    public FeeFooterView(Context context, AttributeSet attrs) {
        super(context, attrs);
        setOrientation(VERTICAL);
    }

    @AfterViews
    void init() {
        feeTerms.setText(R.string.fee_terms);
    }
}
