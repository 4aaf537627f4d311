"""`python -m lint`: the same entry point as the `darklint` script."""

from lint.cli import main

if __name__ == "__main__":
    main()
