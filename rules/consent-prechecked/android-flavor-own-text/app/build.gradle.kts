plugins { id("com.android.application") }
android {
    flavorDimensions += "brand"
    productFlavors {
        create("free") { dimension = "brand" }
        create("paid") { dimension = "brand" }
    }
}
android.sourceSets["main"].res.srcDirs("src/main/res", "src/main/res-privacy")
