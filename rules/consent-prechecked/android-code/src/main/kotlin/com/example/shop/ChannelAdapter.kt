package com.example.shop

import android.view.LayoutInflater
import android.view.View
import android.view.ViewGroup
import android.widget.CheckBox
import androidx.recyclerview.widget.RecyclerView

class ChannelAdapter(private val enabled: List<Boolean>) : RecyclerView.Adapter<ChannelAdapter.ChannelHolder>() {

    class ChannelHolder(view: View) : RecyclerView.ViewHolder(view) {
        private val box: CheckBox = view.findViewById(R.id.cb_channel)

        init {
            box.isChecked = true
        }

        fun bind(on: Boolean) {
            box.isChecked = on
        }
    }

    override fun onCreateViewHolder(parent: ViewGroup, viewType: Int): ChannelHolder =
        ChannelHolder(LayoutInflater.from(parent.context).inflate(R.layout.item_notification_channel, parent, false))

    override fun onBindViewHolder(holder: ChannelHolder, position: Int) = holder.bind(enabled[position])

    override fun getItemCount(): Int = enabled.size
}
