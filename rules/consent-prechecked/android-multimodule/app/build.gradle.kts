plugins { id("com.android.application") }
dependencies {
    implementation(project(":core:ui"))
    implementation("androidx.appcompat:appcompat:1.6.1")
}
