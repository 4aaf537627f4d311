plugins { id("com.android.library") }

android {
    namespace = "com.example.shiguang.designsystem"
    compileSdk = 34
}

dependencies {
    api("com.google.android.material:material:1.11.0")
}
