"""The vocabulary of accord: documents, commitments, updates, dates, evidence, errors, the one gate every
update passes and the one sanitiser for user text. Imports nothing else of accord.
"""
