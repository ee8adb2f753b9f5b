"""Files on disk: reading and writing safely, the state file (its TOML blocks, its lock) and the git merge
driver that merges it. Imports only accord.domain.
"""
