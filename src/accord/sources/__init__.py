"""Evidence that lasts: checking every evidence URL (``check``), fetching one safely (``fetch``),
keeping copies of the live ones (``keep``) and asking a public archive for snapshots
(``archive``). The only package that talks HTTP, and the only one importing the HTTP client
(httpx and its core, httpcore). At the actions layer: it may import the domain, storage, export
and tracker packages, never the command line."""
