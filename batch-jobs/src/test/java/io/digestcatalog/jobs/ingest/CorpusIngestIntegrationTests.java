package io.digestcatalog.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.digestcatalog.core.dedupe.NormalizedTitle;
import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.jobs.IngestTestApplication;

/**
 * The real digests of every format, mixed in one folder under misleading names, loaded in
 * one run: the catalog holds exactly as many papers as the sightings form groups that
 * share an arXiv id or a normalized title, computed here on its own by union-find.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class CorpusIngestIntegrationTests {

	static final Path CORPUS = Path.of(System.getProperty("digestcat.shared", "../../shared"), "corpus");

	@TempDir
	static Path dbDir;

	@TempDir
	static Path mixed;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		IngestTestApplication.register(registry, dbDir);
	}

	/**
	 * Every digest of the corpus in one flat folder; some under a misleading extension.
	 */
	@BeforeAll
	static void mixCorpus() throws IOException {
		int n = 0;
		for (String folder : List.of("hf-daily-papers", "hf-daily-papers-api", "arxiv-listing-email", "arxiv-atom")) {
			try (Stream<Path> files = Files.list(CORPUS.resolve(folder))) {
				for (Path file : files.sorted().toList()) {
					if (file.toString().endsWith(".pdf")) {
						continue;
					}
					String name = file.getFileName().toString();
					// every third file loses its extension's truth: content decides the
					// format
					String target = (n++ % 3 == 0) ? name.replaceAll("\\.(json|xml|txt)$", ".dat") : name;
					Files.copy(file, mixed.resolve(folder + "--" + target));
				}
			}
		}
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job ingestJob;

	@Autowired
	DataSource dataSource;

	@Test
	void theMixedCorpusLoadsAsOnePaperPerGroupOfSightingsSharingAnIdOrATitle() throws Exception {
		List<DigestEntry> entries = parseEverything();
		int expectedPapers = new Groups(entries).count();

		JobExecution execution = ingestMixed();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		IngestSummary summary = IngestSummary.of(execution);
		assertThat(summary.formats()).extracting(IngestSummary.FormatCount::format)
			.containsExactlyInAnyOrder("arxiv-atom", "arxiv-email", "hf-json", "text");
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM paper", Integer.class)).isEqualTo(expectedPapers);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appearance", Integer.class)).isEqualTo(entries.size());
		assertThat(summary.quarantined()).isEqualTo(2); // malformed.txt: the entry
														// without id, the truncated one
		assertThat(jdbc.queryForList("SELECT reason FROM quarantine ORDER BY ordinal", String.class))
			.allSatisfy(reason -> assertThat(reason).isNotBlank());
	}

	@Test
	void papersOfTheListingEmailThatTheDailyPapersDumpAlsoHoldsAreOnePaperSeenTwice() throws Exception {
		Set<String> emailIds = arxivIds(CORPUS.resolve("arxiv-listing-email/2026-01-26.txt"));
		Set<String> dumpIds = arxivIds(CORPUS.resolve("hf-daily-papers-api/2026-01-26.json"));
		Set<String> both = new HashSet<>(emailIds);
		both.retainAll(dumpIds);
		ingestMixed();

		assertThat(both).hasSize(2);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		for (String id : both) {
			assertThat(jdbc.queryForList("""
					SELECT d.format FROM appearance a JOIN paper p ON p.paper_id = a.paper_id
					JOIN digest d ON d.digest_sha = a.digest_sha WHERE p.arxiv_id = ? ORDER BY d.format""",
					String.class, id))
				.as(id)
				.containsExactly("arxiv-email", "hf-json");
		}
	}

	@Test
	void mavorsFromTheTextDigestMergesByTitleWithItsArxivEntryAndCarriesTheId() throws Exception {
		ingestMixed();

		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForList("SELECT arxiv_id FROM paper WHERE title LIKE 'Mavors:%'", String.class))
			.containsExactly("2504.10068");
		assertThat(jdbc.queryForList("""
				SELECT d.format || ' ' || a.matched_by FROM appearance a JOIN paper p ON p.paper_id = a.paper_id
				JOIN digest d ON d.digest_sha = a.digest_sha WHERE p.arxiv_id = '2504.10068' ORDER BY d.format""",
				String.class))
			.hasSize(2)
			.anySatisfy(s -> assertThat(s).startsWith("hf-json"))
			.anySatisfy(s -> assertThat(s).startsWith("text"));
	}

	private static long runId;

	/** Loads the mixed folder into an empty catalog. */
	private JobExecution ingestMixed() throws Exception {
		IngestTestApplication.emptyCatalog(this.dataSource);
		return this.jobOperator.start(this.ingestJob,
				IngestJobParameters.of(List.of(mixed.toString()), null, null, ++runId));
	}

	private static List<DigestEntry> parseEverything() throws IOException {
		List<DigestEntry> entries = new ArrayList<>();
		try (Stream<Path> files = Files.list(mixed)) {
			for (Path file : files.sorted().toList()) {
				entries.addAll(parse(file));
			}
		}
		return entries;
	}

	private static List<DigestEntry> parse(Path file) throws IOException {
		DigestFile digest = new DigestFile(file, DigestFormats.standard(), null);
		Optional<DigestParser> parser = digest.parser();
		List<DigestEntry> entries = new ArrayList<>();
		if (parser.isEmpty()) {
			return entries;
		}
		try (DigestItemStream stream = digest.open(parser.get(), null, java.time.ZoneOffset.UTC, digest.sha256())) {
			DigestItem item;
			while ((item = stream.next()) != null) {
				if (item instanceof DigestEntry entry) {
					entries.add(entry);
				}
			}
		}
		return entries;
	}

	private static Set<String> arxivIds(Path file) throws IOException {
		Set<String> ids = new HashSet<>();
		for (DigestEntry e : parse(file)) {
			if (e.arxivId() != null) {
				ids.add(e.arxivId().id());
			}
		}
		return ids;
	}

	/**
	 * Union-find over sightings: two sightings are one paper when they share an arXiv id
	 * or a title.
	 */
	static final class Groups {

		private final Map<String, String> parent = new HashMap<>();

		Groups(List<DigestEntry> entries) {
			for (DigestEntry e : entries) {
				String title = "title:" + NormalizedTitle.of(e.title()).value();
				find(title);
				if (e.arxivId() != null) {
					union("arxiv:" + e.arxivId().id(), title);
				}
				if (e.doi() != null) {
					union("doi:" + e.doi().value(), title);
				}
			}
		}

		int count() {
			Set<String> roots = new HashSet<>();
			this.parent.keySet().forEach(k -> roots.add(find(k)));
			return roots.size();
		}

		private String find(String k) {
			this.parent.putIfAbsent(k, k);
			String p = this.parent.get(k);
			if (!p.equals(k)) {
				p = find(p);
				this.parent.put(k, p);
			}
			return p;
		}

		private void union(String a, String b) {
			this.parent.put(find(a), find(b));
		}

	}

}
