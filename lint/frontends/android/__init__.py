"""Android: XML layouts resolved against their module's `res/values*` tables."""
