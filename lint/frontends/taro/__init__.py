"""Taro: React components (`.jsx`/`.tsx`) compiled to mini-programs, linted from their source."""
