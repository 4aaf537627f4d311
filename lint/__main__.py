"""`python -m lint`: the same entry point as the `darklint` script."""

from lint.cli import app

if __name__ == "__main__":
    app(prog_name="darklint")
