"""Team tracking on git: one state file in a shared repository, merged without conflicts.

``setup`` makes or clones the team's repository (`accord git init`, `accord git clone`) and
carries the updates recorded so far into it; ``sync`` commits, pulls with the merge driver and
pushes (`accord sync`), with the git plumbing both use. Neither follows a link out of the
repository (``accord.storage.confine``).
"""
