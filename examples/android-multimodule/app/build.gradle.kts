plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.example.shiguang"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.example.shiguang"
        minSdk = 24
        targetSdk = 34
    }
    buildFeatures { viewBinding = true }
}

dependencies {
    implementation(projects.feature.account)
    implementation(project(":core:designsystem"))
    implementation("com.google.android.material:material:1.11.0")
}
