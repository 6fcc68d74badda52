"""Entry script of the frozen editor: ``ui.launch:editor_entry``, as in pyproject.toml.

``multiprocessing.freeze_support()`` comes first: a frozen program is its own Python, so a
worker process started with the 'spawn' method runs this same executable, and freeze_support()
turns that run into the worker (and exits) before the app starts.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from ui.launch import editor_entry

    editor_entry()
