package io.digestcatalog.core.catalog;

/** The formats the catalog exports to. */
public enum ExportFormat {

	/** One JSON object per paper per line. */
	JSONL,
	/** One row per paper; links and appearances flattened into cells. */
	CSV

}
