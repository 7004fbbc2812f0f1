"""The ingest pipeline: an article file or URL in, records out."""

EXTRACTOR_VERSION = "0.1.0"
