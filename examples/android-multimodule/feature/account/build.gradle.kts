plugins {
    id("com.android.library")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.example.shiguang.account"
    compileSdk = 34
    buildFeatures { viewBinding = true }
}

dependencies {
    api(project(":core:designsystem"))
    implementation("androidx.fragment:fragment-ktx:1.6.2")
}
