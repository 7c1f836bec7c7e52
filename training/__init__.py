"""Training and re-exporting the default NLI model (``python -m factlint.training.train``).

Not part of the installed package (``pyproject.toml`` lists only linter/, rules/, models/ and
analysis/): a development checkout installed with ``pip install -e ".[train]"`` imports it as
``factlint.training``. It builds on ``factlint.models``; nothing in the package imports it.
"""
