plugins { id("com.android.application") }

android {
    namespace = "com.example.shop"
    buildTypes {
        getByName("release") {
            isMinifyEnabled = true
        }
        // Testers' build from the team's distribution channel: debuggable, never on a store.
        create("qa") {
            initWith(getByName("debug"))
            applicationIdSuffix = ".qa"
        }
        create("internalBeta") {
            isDebuggable = true
            versionNameSuffix = "-beta"
        }
    }
}
