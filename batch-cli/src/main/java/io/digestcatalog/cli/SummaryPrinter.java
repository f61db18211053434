package io.digestcatalog.cli;

import java.io.PrintWriter;

import io.digestcatalog.jobs.ingest.IngestSummary;

/** The human form of an ingest summary. */
final class SummaryPrinter {

	private SummaryPrinter() {
	}

	static void print(PrintWriter out, IngestSummary s) {
		out.printf("ingest execution %d %s%n", s.executionId(), s.status());
		out.printf("  digests:  %d read, %d unchanged (already loaded)%n", s.sourcesRead(), s.sourcesUnchanged());
		out.printf("  entries:  %d read, %d quarantined%n", s.entriesRead(), s.quarantined());
		out.printf("  papers:   %d new, %d updated, %d already in the catalog%n", s.papersNew(), s.papersUpdated(),
				s.unchanged());
		out.printf("  links:    %d added%n", s.links());
		out.printf("  merges:   %d%n", s.merges());
		IngestSummary.Artifacts a = s.artifacts();
		if (a.fetched() + a.failed() + a.leftPending() > 0) {
			out.printf("  artifacts: %d fetched, %d failed, %d left for the next run; %d PDFs applied to papers%n",
					a.fetched(), a.failed(), a.leftPending(), a.applied());
		}
		for (IngestSummary.FormatCount f : s.formats()) {
			out.printf("  format %-12s %6d entries, %d rejected%n", f.format() + ":", f.entries(), f.rejected());
		}
		if (!s.quarantineSamples().isEmpty()) {
			out.printf("  quarantined entries%s:%n", (s.quarantined() > s.quarantineSamples().size())
					? " (first " + s.quarantineSamples().size() + " of " + s.quarantined() + ")" : "");
			s.quarantineSamples().forEach(q -> out.println("    " + q));
		}
		out.flush();
	}

}
