package io.digestcatalog.core.catalog;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestFile;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.extract.EntryExtractor;
import io.digestcatalog.core.extract.ExtractedEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way the catalog went wrong on realistic daily digests, on a real catalog: Daily
 * Papers text digests (no ids, no authors) parsed by the real parser, loaded by the
 * writer and resolved as the nightly job does.
 */
class RealisticFailuresCatalogTests {

	static final LocalDate DAY = LocalDate.of(2025, 12, 15);

	/** The opening a family's papers share, then what each one is. */
	static final String FAMILY = "Large language models deployed as agents must reason over long contexts, call tools "
			+ "reliably and stay cheap to serve across a wide range of hardware budgets. ";

	static final String NANO = FAMILY + "We present the smallest member, a hybrid Mamba-Transformer mixture of experts "
			+ "with three billion active parameters that runs on a single consumer graphics card, and report its "
			+ "latency on phones and laptops.";

	static final String SUPER = FAMILY + "We describe the mid-sized member trained with reinforcement learning from "
			+ "verifiable rewards on mathematics and code, its data curation pipeline, and ablations of the "
			+ "curriculum against supervised fine-tuning baselines.";

	static final String ULTRA = FAMILY + "We introduce the flagship model, pretrained on twenty-five trillion tokens "
			+ "with a multi-token prediction objective, and evaluate it on frontier benchmarks of scientific "
			+ "question answering and software engineering.";

	static final String VIDEO = "Test-time scaling lets video generators trade compute for quality: we search over "
			+ "noise candidates with a learned verifier, tree-structured sampling and early pruning, and show gains on "
			+ "text-to-video benchmarks without any retraining of the base diffusion model.";

	static final String PROTEINS = "Protein structure prediction from single sequences remains hard for orphan "
			+ "families; we distil a folding model into a compact language model of amino acids and report accuracy on "
			+ "targets without homologues, with runtime measured on a commodity workstation.";

	@TempDir
	Path dir;

	private CatalogDatabase db;

	@BeforeEach
	void openCatalog() throws Exception {
		this.db = CatalogDatabase.in(this.dir.resolve("catalog"));
	}

	@AfterEach
	void closeCatalog() throws Exception {
		this.db.close();
	}

	@Test
	void theVariantsOfAModelListedOnOneDayAreThreePapersAndALaterSightingJoinsItsOwn() throws Exception {
		load("daily-1.txt", DAY, entry("Nemotron 3 Nano: Open Efficient Hybrid Models for Agentic Reasoning", NANO),
				entry("Nemotron 3 Super: Open Efficient Hybrid Models for Agentic Reasoning", SUPER),
				entry("Nemotron 3 Ultra: Open Efficient Hybrid Models for Agentic Reasoning", ULTRA));
		load("daily-2.txt", DAY.plusDays(1),
				entry("Nemotron 3 Super: Open Efficient Hybrid Models for Agentic Reasoning", SUPER));

		assertThat(papersTitled("Nemotron 3 %")).hasSize(3);
		assertThat(appearancesOf("Nemotron 3 Super%")).isEqualTo(2);
		assertThat(appearancesOf("Nemotron 3 Nano%")).isEqualTo(1);
	}

	@Test
	void aNameAndItsV2OrPointReleaseAreDifferentPapers() throws Exception {
		load("daily-1.txt", DAY, entry("DeepSeek Technical Report", NANO),
				entry("Qwen3-Omni: Open Efficient Hybrid Models for Agentic Reasoning", SUPER));
		load("daily-2.txt", DAY.plusDays(3), entry("DeepSeek-V2 Technical Report", ULTRA),
				entry("Qwen3.5-Omni: Open Efficient Hybrid Models for Agentic Reasoning", NANO));

		assertThat(papersTitled("DeepSeek%")).hasSize(2);
		assertThat(papersTitled("Qwen3%")).hasSize(2);
	}

	@Test
	void aTitleWithAHyphenatedQualifierAndAnUnrelatedAbstractIsAnotherPaper() throws Exception {
		load("daily-1.txt", DAY, entry("Test-Time Scaling for Video Diffusion Models", VIDEO));
		load("daily-2.txt", DAY.plusDays(1),
				entry("Training-Free Test-Time Scaling for Video Diffusion Models", PROTEINS));

		assertThat(papersTitled("%Test-Time Scaling for Video Diffusion Models")).hasSize(2);
	}

	@Test
	void aTitleCutWithAnEllipsisJoinsItsPaperWhenTheAbstractAgreesAndOnlyThen() throws Exception {
		load("daily-1.txt", DAY, entry("Test-Time Scaling for Video Diffusion Models with Learned Verifiers", VIDEO));
		load("daily-2.txt", DAY.plusDays(1), entry("Test-Time Scaling for Video\u2026", VIDEO));
		load("daily-3.txt", DAY.plusDays(2), entry("Test-Time Scaling for Video\u2026", PROTEINS));

		assertThat(papersTitled("Test-Time Scaling for Video%")).hasSize(2);
		assertThat(appearancesOf("Test-Time Scaling for Video Diffusion Models with Learned Verifiers")).isEqualTo(2);
	}

	@Test
	void aShortTitleWithTwoLettersSwappedJoinsItsPaperWhenTheAbstractIsTheSame() throws Exception {
		load("daily-1.txt", DAY, entry("Video Diffusion Transformers", VIDEO));
		load("daily-2.txt", DAY.plusDays(1), entry("Video Diffusion Trasnformers", VIDEO));

		assertThat(papersTitled("Video Diffusion %")).hasSize(1);
	}

	@Test
	void twoEntriesOfOneListingWithOneTitleAreTwoPapers() throws Exception {
		load("daily-1.txt", DAY, entry("Scaling Laws for Agents", VIDEO), entry("Scaling Laws for Agents", PROTEINS));

		assertThat(papersTitled("Scaling Laws for Agents")).hasSize(2);
	}

	@Test
	void aNulByteCostsOnlyItsEntryAndHostileTitlesAreKeptVerbatimAndEscapedOnExport() throws Exception {
		List<String> hostile = List.of("Robert'); DROP TABLE paper;-- and \"Quoted\" Retrieval",
				"<script>alert('x')</script> Attention Sinks in Long Context Models",
				"\uff34\uff52\uff41\uff4e\uff53\uff46\uff4f\uff52\uff4d\uff45\uff52\uff53 Are Efficient Learners",
				"E\ufb03cient \ufb01ne-tuning of Small Models");
		List<String> entries = new ArrayList<>();
		entries.add(entry(hostile.get(0), VIDEO));
		entries.add(entry("Noisy\u0000Ti\u0007tle From A Broken Export", PROTEINS));
		entries.add(entry(hostile.get(1), NANO));
		entries.add(entry(hostile.get(2), SUPER));
		entries.add(entry(hostile.get(3), ULTRA));

		Parsed parsed = load("daily-1.txt", DAY, entries.toArray(String[]::new));

		assertThat(parsed.rejected()).singleElement()
			.satisfies(r -> assertThat(r.reason()).isEqualTo("control characters in text"));
		assertThat(this.db.column("SELECT title FROM paper ORDER BY title"))
			.containsExactlyInAnyOrderElementsOf(hostile);
		assertThat(this.db.column("SELECT title_as_seen FROM appearance")).containsExactlyInAnyOrderElementsOf(hostile);
		StringWriter jsonl = new StringWriter();
		new CatalogExporter(this.db.dataSource()).export(ExportFormat.JSONL, jsonl);
		assertThat(jsonl.toString()).contains("\"Robert'); DROP TABLE paper;-- and \\\"Quoted\\\" Retrieval\"")
			.contains(hostile.get(2))
			.doesNotContain("\u0000");
		StringWriter csv = new StringWriter();
		new CatalogExporter(this.db.dataSource()).export(ExportFormat.CSV, csv);
		assertThat(csv.toString()).contains("\"Robert'); DROP TABLE paper;-- and \"\"Quoted\"\" Retrieval\"");
	}

	static String entry(String title, String abstractText) {
		return title + "\n\n" + abstractText + "\n\n";
	}

	record Parsed(List<ExtractedEntry> entries, List<RejectedEntry> rejected) {
	}

	/** A Daily Papers text digest through the real parser, writer and resolution. */
	private Parsed load(String name, LocalDate day, String... entries) throws Exception {
		Path file = this.dir.resolve(name);
		Files.writeString(file, "Daily Papers\n\nDec 15\n\n" + String.join("", entries), StandardCharsets.UTF_8);
		DigestFile digest = new DigestFile(file, DigestFormats.standard(), null);
		DigestParser parser = digest.parser().orElseThrow();
		assertThat(parser.format()).isEqualTo("text");
		List<ExtractedEntry> extracted = new ArrayList<>();
		List<RejectedEntry> rejected = new ArrayList<>();
		try (DigestItemStream items = digest.open(parser, day, ZoneOffset.UTC, digest.sha256())) {
			for (DigestItem item = items.next(); item != null; item = items.next()) {
				if (item instanceof DigestEntry e) {
					extracted.add(EntryExtractor.extract(e));
				}
				else {
					rejected.add((RejectedEntry) item);
				}
			}
		}
		this.db.write(1, extracted);
		CatalogResolution.run(this.db.connection(), this.db.indexDir(), false, List.of(), List.of(),
				SourceRanking.DEFAULT);
		this.db.connection().commit();
		return new Parsed(extracted, rejected);
	}

	private List<Object> papersTitled(String pattern) throws Exception {
		return this.db.column("SELECT paper_id FROM paper WHERE title LIKE ?", pattern);
	}

	private long appearancesOf(String titlePattern) throws Exception {
		return ((Number) this.db
			.rows("SELECT COUNT(*) FROM appearance a JOIN paper p ON p.paper_id = a.paper_id WHERE p.title LIKE ?",
					titlePattern)
			.get(0)
			.get(0)).longValue();
	}

}
