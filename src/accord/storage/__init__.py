"""Files on disk: reading and writing safely (a team repository's files never through a link out of it:
confine), the state file (its TOML blocks, the rules across its updates, its lock) and the git merge driver
that merges it. Imports only accord.domain.
"""
