"""Entry script of the frozen team app: ``ui.moderator_launch:moderator_entry``, as in
pyproject.toml.

``multiprocessing.freeze_support()`` comes first: a frozen program is its own Python, so a
worker process started with the 'spawn' method (the moderator's import) runs this same
executable, and freeze_support() turns that run into the worker (and exits) before the app starts.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from ui.moderator_launch import moderator_entry

    moderator_entry()
