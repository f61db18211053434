package io.digestcatalog.core.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.SampleDigests;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.EntryExtractor;
import io.digestcatalog.core.extract.ExtractedEntry;

/** Digests and entries for catalog tests. */
final class CatalogEntries {

	static final LocalDate JUL_29 = LocalDate.of(2025, 7, 29);

	private CatalogEntries() {
	}

	/** The canonical digest, dated Jul 29 2025, extracted. */
	static List<ExtractedEntry> canonical() throws IOException {
		return SampleDigests.canonicalEntries(JUL_29).stream().map(EntryExtractor::extract).toList();
	}

	/** A digest named {@code name}, whose bytes hash as its name does. */
	static DigestRef digest(String name, LocalDate date) {
		return new DigestRef(sha256(name), name, "text", date, "test");
	}

	static ExtractedEntry entry(DigestRef digest, long ordinal, String title, String abstractText) {
		return EntryExtractor.extract(DigestEntry.of(digest, ordinal, ordinal * 4, title, abstractText));
	}

	static ExtractedEntry entry(DigestRef digest, long ordinal, String title, String abstractText, String arxiv) {
		return EntryExtractor.extract(new DigestEntry(digest, ordinal, ordinal * 4, title, abstractText, List.of(),
				ArxivId.parse(arxiv).orElseThrow(), null));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
