package io.digestcatalog.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import io.digestcatalog.jobs.ops.ExclusiveRuns;

import io.digestcatalog.core.catalog.CatalogCorrections;
import io.digestcatalog.core.catalog.CatalogExporter;
import io.digestcatalog.core.catalog.CatalogQueries;
import io.digestcatalog.core.catalog.CatalogStats;
import io.digestcatalog.core.catalog.ExportFormat;
import io.digestcatalog.core.catalog.PaperDetail;
import io.digestcatalog.core.catalog.PaperSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code digestcat catalog stats|search|show|export|unmerge|merge}: reading the catalog,
 * and an operator's corrections.
 */
@Component
@Command(name = "catalog", mixinStandardHelpOptions = true,
		description = "Statistics, search, show, export, corrections and generations.",
		subcommands = { CatalogGenerationsCommand.class, CatalogGenerationsCommand.Rollback.class })
class CatalogCommand {

	@Spec
	CommandSpec spec;

	private final CatalogQueries queries;

	private final CatalogExporter exporter;

	private final CatalogCorrections corrections;

	private final ExclusiveRuns runs;

	CatalogCommand(CatalogQueries queries, CatalogExporter exporter, CatalogCorrections corrections,
			ExclusiveRuns runs) {
		this.queries = queries;
		this.exporter = exporter;
		this.corrections = corrections;
		this.runs = runs;
	}

	@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts over the whole catalog.")
	int stats(@Option(names = "--json", description = "Print as JSON.") boolean json) {
		CatalogStats s = this.queries.stats();
		PrintWriter out = this.spec.commandLine().getOut();
		if (json) {
			Output.json(out, s);
			return ExitCodes.OK;
		}
		out.printf("papers:       %d (%d with arXiv id, %d with DOI)%n", s.papers(), s.withArxivId(), s.withDoi());
		out.printf("digests:      %d%n", s.digests());
		out.printf("appearances:  %d%n", s.appearances());
		out.printf("links:        %d %s%n", s.links(), s.linksByKind().isEmpty() ? "" : s.linksByKind());
		out.printf("merges:       %d%n", s.merges());
		out.printf("quarantined:  %d%n", s.quarantined());
		out.flush();
		return ExitCodes.OK;
	}

	@Command(name = "search", mixinStandardHelpOptions = true,
			description = "Papers whose title or abstract contains every word.")
	int search(@Parameters(arity = "1..*", paramLabel = "<word>") List<String> words,
			@Option(names = "--limit", defaultValue = "20",
					description = "At most this many (default: ${DEFAULT-VALUE}).") int limit,
			@Option(names = "--json", description = "Print as JSON.") boolean json) {
		List<PaperSummary> found = this.queries.search(words, limit);
		PrintWriter out = this.spec.commandLine().getOut();
		if (json) {
			Output.json(out, found);
			return ExitCodes.OK;
		}
		for (PaperSummary p : found) {
			String id = (p.arxivId() != null) ? "arXiv:" + p.arxivId() : (p.doi() != null) ? "doi:" + p.doi() : "";
			out.printf("%s  %s  %s  (seen %d×, last %s)%n", p.paperId(), p.title(), id, p.appearances(), p.lastSeen());
		}
		out.printf("%d paper(s)%n", found.size());
		out.flush();
		return ExitCodes.OK;
	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "One paper with its identifiers, links, every appearance, which source gave each field "
					+ "and the reason of every merge.")
	int show(@Parameters(paramLabel = "<paper>", description = "Paper id, arXiv id or DOI.") String paper,
			@Option(names = "--json", description = "Print as JSON.") boolean json) {
		PaperDetail detail = this.queries.show(paper)
			.orElseThrow(
					() -> new UserError("no paper " + paper + " (see: digestcat catalog search)", ExitCodes.USAGE));
		PrintWriter out = this.spec.commandLine().getOut();
		if (json) {
			Output.json(out, detail);
			return ExitCodes.OK;
		}
		var p = detail.paper();
		out.printf("%s  %s%n", p.paperId(), p.title());
		out.printf("  arXiv %s%s, DOI %s, first seen %s, last seen %s%n", (p.arxivId() != null) ? p.arxivId() : "-",
				(p.arxivVersion() != null) ? "v" + p.arxivVersion() : "", (p.doi() != null) ? p.doi() : "-",
				p.firstSeen(), p.lastSeen());
		if (!p.authors().isEmpty()) {
			out.println("  authors: " + String.join("; ", p.authors()));
		}
		detail.fieldSources().forEach((field, source) -> out.printf("  %s from %s%n", field, source));
		p.links().forEach(l -> out.printf("  link %-12s %s (%s)%n", l.kind(), l.url(), l.origin()));
		p.appearances()
			.forEach(a -> out.printf("  record %s  seen %s in %s #%d (%s), matched by %s%s%n", a.recordId(),
					a.digestDate(), a.source(), a.ordinal(), a.format(), a.matchedBy(),
					a.title().equals(p.title()) ? "" : ", as \"" + a.title() + "\""));
		detail.merges()
			.forEach(m -> out.printf("  merged %s%s: %s%n", m.mergedId(),
					(m.decidedAt() != null) ? " at " + m.decidedAt() : "", m.reason()));
		detail.corrections()
			.forEach(o -> out.printf("  %s merge record %s with %s (now in %s): %s, %s%n", o.kind(), o.recordId(),
					o.otherRecordId(), o.otherPaperId(), o.reason(), o.createdAt()));
		out.flush();
		return ExitCodes.OK;
	}

	@Command(name = "unmerge", mixinStandardHelpOptions = true,
			description = {
					"Takes a record (a sighting, as catalog show lists them) out of a paper it was wrongly "
							+ "merged into, into a paper of its own.",
					"The correction is stored: neither loading nor entity resolution joins the two again." })
	int unmerge(@Parameters(index = "0", paramLabel = "<paper>", description = "The paper id.") String paper,
			@Parameters(index = "1", paramLabel = "<record>",
					description = "The record id (16 hex digits, ':', ordinal).") String record,
			@Option(names = "--reason", paramLabel = "TEXT",
					description = "Why, kept with the correction.") String reason,
			@Option(names = "--json", description = "Print as JSON.") boolean json) {
		return correct("digestcat catalog unmerge", () -> this.corrections.unmerge(paper, record, reason), json,
				done -> "record %s taken out of %s into %s; it will not be merged with the %d record(s) left"
					.formatted(done.recordId(), done.paperId(), done.newPaperId(), done.overrides()));
	}

	@Command(name = "merge", mixinStandardHelpOptions = true,
			description = { "Merges two papers entity resolution kept apart into the one seen first.",
					"The correction is stored: every later resolution keeps them one paper; never-merge corrections "
							+ "between them are lifted." })
	int merge(@Parameters(index = "0", paramLabel = "<paper>", description = "A paper id.") String paperA,
			@Parameters(index = "1", paramLabel = "<other>", description = "The other paper id.") String paperB,
			@Option(names = "--reason", paramLabel = "TEXT",
					description = "Why, kept with the correction.") String reason,
			@Option(names = "--json", description = "Print as JSON.") boolean json) {
		return correct("digestcat catalog merge", () -> this.corrections.merge(paperA, paperB, reason), json,
				done -> done.mergedId() + " merged into " + done.survivorId()
						+ ((done.lifted() > 0) ? "; " + done.lifted() + " never-merge correction(s) lifted" : ""));
	}

	/**
	 * Runs a correction and prints what it did; a refused correction is a user error.
	 */
	private <T> int correct(String command, java.util.function.Supplier<T> correction, boolean json,
			java.util.function.Function<T, String> text) {
		T done;
		try {
			// a correction writes the current generation: not while a job runs
			done = this.runs.run(command, correction);
		}
		catch (CatalogCorrections.Refused ex) {
			throw new UserError(ex.getMessage(), ExitCodes.USAGE);
		}
		PrintWriter out = this.spec.commandLine().getOut();
		if (json) {
			Output.json(out, done);
		}
		else {
			out.println(text.apply(done));
			out.flush();
		}
		return ExitCodes.OK;
	}

	@Command(name = "corrections", mixinStandardHelpOptions = true,
			description = { "Every correction stored by catalog unmerge and catalog merge.",
					"--yaml prints them as configuration, to keep them in a catalog rebuilt from the same digests." })
	int corrections(@Option(names = "--json", description = "Print as JSON.") boolean json,
			@Option(names = "--yaml", description = "Print as digestcat.resolve configuration.") boolean yaml) {
		List<CatalogQueries.StoredCorrection> all = this.queries.corrections();
		PrintWriter out = this.spec.commandLine().getOut();
		if (json) {
			Output.json(out, all);
			return ExitCodes.OK;
		}
		if (yaml) {
			out.println("digestcat:");
			out.println("  resolve:");
			for (String kind : List.of("never", "always")) {
				List<CatalogQueries.StoredCorrection> ofKind = all.stream().filter(o -> o.kind().equals(kind)).toList();
				out.println("    " + kind + "-merge:" + (ofKind.isEmpty() ? " []" : ""));
				ofKind.forEach(o -> out.printf("      - \"%s %s\"  # %s%n", o.recordA(), o.recordB(),
						o.reason().replace('\n', ' ')));
			}
			out.flush();
			return ExitCodes.OK;
		}
		all.forEach(o -> out.printf("%s merge %s %s  %s  (%s)%n", o.kind(), o.recordA(), o.recordB(), o.reason(),
				o.createdAt()));
		out.printf("%d correction(s)%n", all.size());
		out.flush();
		return ExitCodes.OK;
	}

	@Command(name = "export", mixinStandardHelpOptions = true,
			description = "Every paper with identifiers, links and appearances.")
	int export(
			@Option(names = "--format", required = true, paramLabel = "jsonl|csv",
					description = "jsonl or csv.") String format,
			@Option(names = "--out", paramLabel = "FILE",
					description = "Write here instead of standard output.") Path outFile)
			throws IOException {
		ExportFormat f;
		try {
			f = ExportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UserError("unknown export format " + format + " (use jsonl or csv)", ExitCodes.USAGE);
		}
		long n;
		if (outFile == null) {
			Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
			n = this.exporter.export(f, w);
			w.flush();
		}
		else {
			Path tmp = outFile.toAbsolutePath().resolveSibling(outFile.getFileName() + ".part");
			try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				n = this.exporter.export(f, w);
			}
			Files.move(tmp, outFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			this.spec.commandLine().getErr().printf("exported %d papers to %s%n", n, outFile);
			this.spec.commandLine().getErr().flush();
		}
		return ExitCodes.OK;
	}

}
