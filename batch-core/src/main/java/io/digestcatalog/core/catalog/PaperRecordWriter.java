package io.digestcatalog.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Writes paper records one at a time, as JSON lines or CSV rows. */
abstract class PaperRecordWriter implements AutoCloseable {

	static final List<String> CSV_COLUMNS = List.of("paper_id", "arxiv_id", "arxiv_version", "doi", "title", "authors",
			"abstract", "first_seen", "last_seen", "published_on", "categories", "journal_ref", "keywords", "links",
			"appearances");

	static PaperRecordWriter of(ExportFormat format, Writer out) {
		return (format == ExportFormat.JSONL) ? new Jsonl(out) : new Csv(out);
	}

	abstract void write(PaperRecord record);

	@Override
	public abstract void close() throws IOException;

	private static final class Jsonl extends PaperRecordWriter {

		private final JsonMapper mapper = JsonMapper.builder().build();

		private final Writer out;

		Jsonl(Writer out) {
			this.out = out;
		}

		@Override
		void write(PaperRecord record) {
			try {
				this.out.write(this.mapper.writeValueAsString(record));
				this.out.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() throws IOException {
			this.out.flush();
		}

	}

	private static final class Csv extends PaperRecordWriter {

		private final SequenceWriter rows;

		Csv(Writer out) {
			CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
			CSV_COLUMNS.forEach(schema::addColumn);
			try {
				this.rows = new CsvMapper().writer(schema.build()).writeValues(out);
			}
			catch (JacksonException ex) {
				throw new UncheckedIOException(new IOException(ex.getMessage(), ex));
			}
		}

		@Override
		void write(PaperRecord r) {
			String links = r.links().stream().map(l -> l.kind() + " " + l.url()).collect(Collectors.joining(" | "));
			String seen = r.appearances()
				.stream()
				.map(a -> a.digestDate() + " " + a.source() + " #" + a.ordinal() + " (" + a.format() + ")")
				.collect(Collectors.joining(" | "));
			this.rows.write(new Object[] { r.paperId(), r.arxivId(), r.arxivVersion(), r.doi(), r.title(),
					String.join("; ", r.authors()), r.abstractText(), r.firstSeen(), r.lastSeen(), r.publishedOn(),
					String.join(" ", r.categories()), r.journalRef(), String.join("; ", r.keywords()), links, seen });
		}

		@Override
		public void close() {
			this.rows.close();
		}

	}

}
