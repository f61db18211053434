package io.digestcatalog.eval.digests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;

/**
 * The real records of {@code hf-daily-papers-api/}: every paper once (its first listing),
 * in arXiv id order.
 */
public final class RealPapers {

	private RealPapers() {
	}

	public static List<RealPaper> load(Path corpus) {
		Path dir = corpus.resolve("hf-daily-papers-api");
		DigestFormats formats = DigestFormats.standard();
		Map<String, RealPaper> papers = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				DigestFile digest = new DigestFile(file, formats, null);
				DigestParser parser = digest.parser()
					.orElseThrow(() -> new IllegalStateException(file + " is not read as a digest"));
				try (DigestItemStream items = digest.open(parser, null, ZoneOffset.UTC, digest.sha256())) {
					for (DigestItem item = items.next(); item != null; item = items.next()) {
						if (item instanceof DigestEntry e && e.arxivId() != null && !e.abstractText().isBlank()) {
							papers.putIfAbsent(e.arxivId().id(), new RealPaper(e.arxivId().id(), e.title().strip(),
									e.abstractText().replaceAll("\\s+", " ").strip(), e.authors(), e.digest().date()));
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + dir, ex);
		}
		List<RealPaper> sorted = new ArrayList<>(papers.values());
		sorted.sort(Comparator.comparing(RealPaper::arxivId));
		return List.copyOf(sorted);
	}

}
