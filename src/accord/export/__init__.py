"""Machine formats: stable records, JSON/CSV/TSV/Markdown tables, the JSON Schemas and the data package.
Imports accord.domain, accord.storage.
"""
