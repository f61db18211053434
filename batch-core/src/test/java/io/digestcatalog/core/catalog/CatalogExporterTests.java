package io.digestcatalog.core.catalog;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.SampleDigests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import static io.digestcatalog.core.catalog.CatalogEntries.JUL_29;
import static io.digestcatalog.core.catalog.CatalogEntries.digest;
import static io.digestcatalog.core.catalog.CatalogEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Exports of a catalog loaded with the canonical digest, read back. */
class CatalogExporterTests {

	@TempDir
	Path dir;

	private CatalogDatabase db;

	private CatalogExporter exporter;

	@BeforeEach
	void loadCanonicalDigest() throws Exception {
		this.db = CatalogDatabase.in(this.dir);
		this.exporter = new CatalogExporter(this.db.dataSource());
		this.db.write(1, CatalogEntries.canonical());
	}

	@AfterEach
	void closeCatalog() throws Exception {
		this.db.close();
	}

	@Test
	void jsonLinesHoldOnePaperPerLineInPaperIdOrder() throws Exception {
		// when
		List<JsonNode> papers = exportJsonLines();

		// then
		assertThat(papers).hasSize(56);
		List<String> ids = papers.stream().map(p -> p.get("paperId").asString()).toList();
		assertThat(ids).doesNotHaveDuplicates().isSorted();
		assertThat(papers).extracting(p -> p.get("title").asString()).contains(SampleDigests.FIRST_TITLE);
		assertThat(papers.stream().mapToInt(p -> p.get("links").size()).sum()).isEqualTo(11);
		assertThat(papers).allSatisfy(p -> assertThat(p.get("appearances").size()).isEqualTo(1));
	}

	@Test
	void jsonLineOfAPaperCarriesItsLinksAndAppearances() throws Exception {
		// when
		JsonNode paper = exportJsonLines().stream()
			.filter(p -> p.get("title").asString().startsWith("View-Consistent Hierarchical 3D Segmentation"))
			.findFirst()
			.orElseThrow();

		// then
		assertThat(paper.get("firstSeen").asString()).isEqualTo("2025-07-29");
		assertThat(paper.get("lastSeen").asString()).isEqualTo("2025-07-29");
		assertThat(paper.get("arxivId").isNull()).isTrue();
		assertThat(paper.get("abstractText").asString()).startsWith("Large-scale vision foundation models");
		JsonNode link = paper.get("links").get(0);
		assertThat(link.get("url").asString()).isEqualTo("https://github.com/hardyho/ultrametric_feature_fields");
		assertThat(link.get("kind").asString()).isEqualTo("CODE");
		assertThat(link.get("repository").asString()).isEqualTo("hardyho/ultrametric_feature_fields");
		JsonNode seen = paper.get("appearances").get(0);
		assertThat(seen.get("source").asString()).isEqualTo(SampleDigests.canonical().toString());
		assertThat(seen.get("format").asString()).isEqualTo("text");
		assertThat(seen.get("digestDate").asString()).isEqualTo("2025-07-29");
		assertThat(seen.get("ordinal").asLong()).isEqualTo(2);
		assertThat(seen.get("matchedBy").asString()).isEqualTo("new");
	}

	@Test
	void appearancesOfAPaperSeenTwiceAreListedByDate() throws Exception {
		// given
		DigestRef august = digest("aug.txt", JUL_29.plusDays(7));
		this.db.write(1, List.of(entry(august, 4, SampleDigests.FIRST_TITLE.toUpperCase(), "Again.")));

		// when
		JsonNode paper = exportJsonLines().stream()
			.filter(p -> p.get("title").asString().equals(SampleDigests.FIRST_TITLE))
			.findFirst()
			.orElseThrow();

		// then
		assertThat(paper.get("lastSeen").asString()).isEqualTo("2025-08-05");
		assertThat(paper.get("appearances").size()).isEqualTo(2);
		assertThat(paper.get("appearances").get(0).get("digestDate").asString()).isEqualTo("2025-07-29");
		assertThat(paper.get("appearances").get(1).get("source").asString()).isEqualTo("aug.txt");
		assertThat(paper.get("appearances").get(1).get("matchedBy").asString()).isEqualTo("title");
	}

	@Test
	void csvHasAHeaderAndOneRowPerPaper() throws Exception {
		// given
		StringWriter out = new StringWriter();

		// when
		long exported = this.exporter.export(ExportFormat.CSV, out);

		// then
		assertThat(exported).isEqualTo(56);
		assertThat(out.toString().lines().findFirst()).contains(String.join(",", PaperRecordWriter.CSV_COLUMNS));
		List<Map<String, String>> rows = readCsv(out.toString());
		assertThat(rows).hasSize(56);
		assertThat(rows).filteredOn(row -> row.get("title").equals(SampleDigests.FIRST_TITLE))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("first_seen")).isEqualTo("2025-07-29");
				assertThat(row.get("links")).isEmpty();
				assertThat(row.get("appearances")).isEqualTo("2025-07-29 " + SampleDigests.canonical() + " #1 (text)");
			});
		assertThat(rows).filteredOn(row -> !row.get("links").isEmpty()).hasSize(11);
		assertThat(rows).extracting(row -> row.get("links"))
			.contains("CODE https://github.com/lanxiang1017/GEM", "PROJECT_PAGE https://zhao-yian.github.io/GraCo");
	}

	@Test
	void forEachHandsOverEveryPaperOnce() {
		// given
		List<PaperRecord> records = new ArrayList<>();

		// when
		long count = this.exporter.forEach(records::add);

		// then
		assertThat(count).isEqualTo(56);
		assertThat(records).extracting(PaperRecord::paperId).doesNotHaveDuplicates().hasSize(56);
		assertThat(records).flatExtracting(PaperRecord::links).hasSize(11);
	}

	private List<JsonNode> exportJsonLines() throws Exception {
		StringWriter out = new StringWriter();
		long exported = this.exporter.export(ExportFormat.JSONL, out);
		JsonMapper mapper = JsonMapper.builder().build();
		List<JsonNode> papers = out.toString().lines().map(mapper::readTree).toList();
		assertThat(papers).hasSize((int) exported);
		return papers;
	}

	private static List<Map<String, String>> readCsv(String csv) throws Exception {
		CsvMapper mapper = new CsvMapper();
		try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(csv)) {
			return rows.readAll();
		}
	}

}
