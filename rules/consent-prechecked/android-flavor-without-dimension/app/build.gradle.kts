plugins { id("com.android.application") }
android {
    flavorDimensions += "version"
    productFlavors {
        create("full") {
            dimension = "version"
        }
        // AGP puts a flavor with no `dimension` in the only one declared: builds are fullRelease and playRelease.
        create("play") {
            buildConfigField("Boolean", "SHIZUKU", "false")
        }
    }
}
