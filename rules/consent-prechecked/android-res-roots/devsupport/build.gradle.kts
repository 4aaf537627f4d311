// React Native's ReactAndroid keeps one resource root per feature inside src/main/res.
android {
    sourceSets {
        getByName("main") {
            res.setSrcDirs(listOf("src/main/res/devsupport", "src/main/res"))
        }
    }
}
