plugins { id("com.android.application") }
val brand = "brand"
val tier = "tier"
android {
    flavorDimensions += listOf("brand", "tier")
    productFlavors {
        create("huawei") { dimension = brand }
        create("xiaomi") { dimension = brand }
        create("free") { dimension = tier }
        create("paid") { dimension = tier }
    }
}
