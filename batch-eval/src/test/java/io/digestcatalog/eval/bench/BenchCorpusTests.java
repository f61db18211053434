package io.digestcatalog.eval.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.eval.digests.RealisticDigests;
import io.digestcatalog.eval.digests.RealisticDigests.Digest;
import io.digestcatalog.eval.digests.RealisticDigests.Sighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The benchmark corpus is a pure function of its seed, written in pieces or at once, and
 * reads as real digests do: about 50 entries a digest, about 40% repeat sightings, every
 * file parsed by the standard formats into the entries generated.
 */
class BenchCorpusTests {

	static final Path CORPUS = Path.of(System.getProperty("digestcat.shared", "../shared"), "corpus");

	/** SHA-256 over the names and bytes of digests 0 to 30 of seed 42. */
	static final String SEED_42_HASH = "e6a1408f323f35a9ff67bfe970916d02f236838e9340c91e8e7118d6abdcc18e";

	static Vocabulary vocabulary;

	@TempDir
	Path dir;

	@BeforeAll
	static void learn() {
		vocabulary = Vocabulary.from(CORPUS);
	}

	@Test
	void theSameSeedWritesTheSameBytes() throws IOException {
		new BenchCorpus(vocabulary, 42).write(this.dir.resolve("a"), 0, 30);
		new BenchCorpus(vocabulary, 43).write(this.dir.resolve("b"), 0, 30);

		assertThat(hash(this.dir.resolve("a"))).isEqualTo(SEED_42_HASH);
		assertThat(hash(this.dir.resolve("b"))).isNotEqualTo(SEED_42_HASH);
	}

	@Test
	void digestsWrittenInPiecesAreTheDigestsWrittenAtOnce() throws IOException {
		BenchCorpus.Stats whole = new BenchCorpus(vocabulary, 7).write(this.dir.resolve("a"), 0, 30);
		BenchCorpus pieces = new BenchCorpus(vocabulary, 7);
		BenchCorpus.Stats first = pieces.write(this.dir.resolve("b"), 0, 17);
		BenchCorpus.Stats second = pieces.write(this.dir.resolve("b"), 17, 30);

		List<Path> files = files(this.dir.resolve("a"));
		assertThat(files).hasSize(30);
		assertThat(files(this.dir.resolve("b")).stream().map(Path::getFileName).toList())
			.isEqualTo(files.stream().map(Path::getFileName).toList());
		for (Path file : files) {
			assertThat(Files.readAllBytes(this.dir.resolve("b").resolve(file.getFileName())))
				.as(file.getFileName().toString())
				.isEqualTo(Files.readAllBytes(file));
		}
		assertThat(first.entries() + second.entries()).isEqualTo(whole.entries());
		assertThat(first.repeatShare() * first.entries() + second.repeatShare() * second.entries())
			.isCloseTo(whole.repeatShare() * whole.entries(), offset(1e-6));
		// papers still trending on day 17 are counted in both pieces
		assertThat(first.papers() + second.papers()).isGreaterThan(whole.papers());
	}

	@Test
	void theDigestsLookRealAndParseIntoTheEntriesGenerated() throws IOException {
		int digests = 200;
		BenchCorpus corpus = new BenchCorpus(vocabulary, 42);
		BenchCorpus.Stats stats = corpus.write(this.dir, 0, digests);

		assertThat(stats.digests()).isEqualTo(digests);
		assertThat((double) stats.entries() / digests).isBetween(45.0, 55.0);
		assertThat(stats.repeatShare()).isBetween(0.35, 0.48);
		long repeats = Math.round(stats.repeatShare() * stats.entries());
		assertThat(stats.papers()).isEqualTo(stats.entries() - repeats);
		DigestFormats formats = DigestFormats.standard();
		Set<String> seenFormats = new HashSet<>();
		Set<String> perturbations = new HashSet<>();
		long links = 0;
		for (int i = 0; i < digests; i++) {
			Digest digest = corpus.digest(i);
			Path file = this.dir.resolve(digest.name());
			DigestFile digestFile = new DigestFile(file, formats, null);
			DigestParser parser = digestFile.parser().orElseThrow();
			assertThat(parser.format()).as(file.toString()).isEqualTo(digest.format());
			seenFormats.add(digest.format());
			int entries = 0;
			try (DigestItemStream items = digestFile.open(parser, digest.day(), ZoneOffset.UTC, digestFile.sha256())) {
				for (DigestItem item = items.next(); item != null; item = items.next()) {
					assertThat(item).as(file + ": %s", item).isNotInstanceOf(RejectedEntry.class);
					DigestEntry e = (DigestEntry) item;
					Sighting s = digest.entries().get((int) e.ordinal() - 1);
					if (s.arxivId() != null) {
						assertThat(e.arxivId().versioned()).isEqualTo(s.arxivId());
					}
					entries++;
				}
			}
			assertThat(entries).as(file.toString()).isEqualTo(digest.entries().size());
			for (Sighting s : digest.entries()) {
				if (s.perturbation() != null) {
					perturbations.add(s.perturbation());
				}
				if (s.abstractText().contains("https://")) {
					links++;
				}
			}
		}
		assertThat(seenFormats).containsExactlyInAnyOrder(RealisticDigests.TEXT, RealisticDigests.HF_JSON,
				RealisticDigests.ARXIV_EMAIL);
		assertThat(perturbations).contains("truncated", "markup", "typo", "trailing-period", "case", "punctuation",
				"dropped-word", "abstract-cut", "version-bump");
		assertThat((double) links / stats.entries()).isBetween(0.1, 0.3);
	}

	@Test
	void papersHaveDistinctTitles() {
		BenchCorpus corpus = new BenchCorpus(vocabulary, 42);
		// each paper's title as printed unchanged, case and punctuation folded
		Map<String, String> titles = new HashMap<>();
		for (int i = 0; i < 400; i++) {
			for (Sighting s : corpus.digest(i).entries()) {
				if (s.perturbation() == null || s.perturbation().equals("version-bump")) {
					titles.put(s.truth(), s.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip());
				}
			}
		}
		assertThat(titles).hasSizeGreaterThan(10_000);
		assertThat(new HashSet<>(titles.values())).hasSameSizeAs(titles.keySet());
	}

	private static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}

	private static String hash(Path dir) throws IOException {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		for (Path file : files(dir)) {
			sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
			sha.update(Files.readAllBytes(file));
		}
		return HexFormat.of().formatHex(sha.digest());
	}

}
