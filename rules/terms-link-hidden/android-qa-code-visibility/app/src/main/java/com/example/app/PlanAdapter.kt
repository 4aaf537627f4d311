package com.example.app

import android.view.LayoutInflater
import android.view.ViewGroup
import androidx.core.view.isVisible
import androidx.recyclerview.widget.RecyclerView
import com.example.app.databinding.ItemPlanBinding

data class Plan(val name: String, val price: String, val isSubscription: Boolean)

class PlanAdapter(private val plans: List<Plan>) : RecyclerView.Adapter<PlanAdapter.VH>() {
    class VH(val binding: ItemPlanBinding) : RecyclerView.ViewHolder(binding.root)

    override fun onCreateViewHolder(parent: ViewGroup, viewType: Int) =
        VH(ItemPlanBinding.inflate(LayoutInflater.from(parent.context), parent, false))

    override fun onBindViewHolder(holder: VH, position: Int) {
        val plan = plans[position]
        holder.binding.tvPlanName.text = plan.name
        holder.binding.tvPlanPrice.text = plan.price
        holder.binding.tvPlanTerms.isVisible = plan.isSubscription
    }

    override fun getItemCount() = plans.size
}
