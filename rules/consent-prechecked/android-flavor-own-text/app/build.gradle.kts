plugins { id("com.android.application") }
android {
    flavorDimensions += "brand"
    productFlavors {
        create("free") { dimension = "brand" }
        create("paid") { dimension = "brand" }
    }
}
