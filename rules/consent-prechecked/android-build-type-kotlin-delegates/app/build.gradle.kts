plugins { id("com.android.application") }
android {
    buildTypes {
        val release by getting {
            isMinifyEnabled = true
        }
        val debug by getting {
            applicationIdSuffix = ".debug"
        }
        // Testers' build: a debug build under another name, installed by no user.
        val qa by creating {
            initWith(getByName("debug"))
            applicationIdSuffix = ".qa"
        }
    }
}
