"""Evidence that lasts: checking every evidence URL (``check``), fetching it safely (``fetch``)
and keeping copies of the live ones (``keep``). The only package that talks HTTP, and the only
one importing the HTTP client (httpx and its core). At the actions layer: it may import the
domain, storage, export and tracker packages, never the command line."""
