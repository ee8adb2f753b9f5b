"""Reports for people: Markdown and HTML reports, their chart, identity and introduction.
Imports domain, storage, export and tracker; never the cache or the command line.
"""
