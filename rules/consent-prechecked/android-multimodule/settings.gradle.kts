rootProject.name = "Shop"
include(":app")
include(":core:ui")
