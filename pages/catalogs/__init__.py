"""Translation files (PO and XLIFF 2) for translators' own tools: export and import."""
