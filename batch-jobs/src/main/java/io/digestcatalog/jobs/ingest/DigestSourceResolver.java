package io.digestcatalog.jobs.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.digestcatalog.core.digest.DigestInputException;
import io.digestcatalog.core.digest.DigestInputs;
import io.digestcatalog.core.digest.InputFilter;
import io.digestcatalog.core.digest.RemoteDigestFetcher;

/**
 * Resolves what the operator named into digest sources, in a stable order: files, folders
 * (filtered), globs, and http(s) URLs (downloaded with a conditional GET). A URL that
 * cannot be fetched becomes a failed source, quarantined with its reason; the run goes
 * on.
 */
class DigestSourceResolver {

	private static final Logger log = LoggerFactory.getLogger(DigestSourceResolver.class);

	private final InputFilter filter;

	private final RemoteDigestFetcher fetcher;

	DigestSourceResolver(InputFilter filter, RemoteDigestFetcher fetcher) {
		this.filter = filter;
		this.fetcher = fetcher;
	}

	List<DigestSource> resolve(List<String> inputs) {
		List<DigestSource> sources = new ArrayList<>();
		for (String input : inputs) {
			if (!RemoteDigestFetcher.isUrl(input)) {
				DigestInputs.expand(List.of(input), this.filter).forEach(p -> sources.add(DigestSource.file(p)));
				continue;
			}
			try {
				RemoteDigestFetcher.Fetched fetched = this.fetcher.fetch(URI.create(input));
				log.info("{} {}", fetched.notModified() ? "not modified since the last run:" : "fetched", input);
				sources.add(new DigestSource(input, fetched.body(), fetched.name(), null));
			}
			catch (DigestInputException | IllegalArgumentException ex) {
				log.info("cannot fetch {}: {}", input, ex.getMessage());
				sources.add(DigestSource.failed(input, ex.getMessage()));
			}
		}
		return sources;
	}

}
