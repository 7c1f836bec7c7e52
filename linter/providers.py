"""The app's side of ``Resources``: a run whose loaders are the app's.

The ground floor (``linter/rule.py``) defines what a rule or an analysis may ask a run for; this
module decides who answers: the models from ``factlint.models``, a newsroom's files (word lists,
the register, sources) read by the app's readers. So the plugin API imports no model runtime and
no analysis reads a file.
"""

from __future__ import annotations

from .register_file import register_loader
from .rule import Resources, Settings
from .source_files import read_sources
from .wordlists import load_lexicon


def _load_nli(resources: Resources, s: Settings):
    from factlint.models import load_nli

    key = ("nli", s.model, s.device, s.precision, s.use_cache)
    return resources.shared(
        key, lambda: load_nli(s.model, device=s.device, use_cache=s.use_cache, precision=s.precision)
    )


def _load_embedder(resources: Resources, s: Settings):
    from factlint.models import load_embedder

    return resources.shared(("embedder", s.device), lambda: load_embedder(device=s.device))


def _embedding_cache(resources: Resources, s: Settings):
    """The persistent sentence-embedding cache (None with ``--no-cache``)."""
    if not s.use_cache:
        return None
    from factlint.models.cache import EmbeddingCache, cache_dir

    folder = cache_dir()
    return resources.shared(
        ("embedding-cache", str(folder)), lambda: EmbeddingCache(folder / EmbeddingCache.FILE)
    )


LOADERS = {
    "nli": _load_nli,
    "embedder": _load_embedder,
    "embedding_cache": _embedding_cache,
    "lexicon": load_lexicon,
    "register": register_loader,
    "sources": read_sources,
}


def model_resources() -> Resources:
    """A fresh run: nothing loaded yet; each model or file loads on first use, once for this run."""
    return Resources(LOADERS)
