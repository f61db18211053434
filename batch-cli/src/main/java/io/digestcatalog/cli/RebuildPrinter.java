package io.digestcatalog.cli;

import java.io.PrintWriter;

import io.digestcatalog.jobs.rebuild.RebuildSummary;

/** The human form of a rebuild's summary. */
final class RebuildPrinter {

	private RebuildPrinter() {
	}

	static void print(PrintWriter out, RebuildSummary s) {
		out.printf("rebuild execution %d %s in %.1f s%n", s.executionId(), s.status(), s.seconds());
		if (s.generation() != null) {
			out.printf("  generation %d (from generation %d)%s%n", s.generation(), s.basedOn(),
					s.current() ? String.format(" is current; the swap took %.1f ms", s.swapMillis())
							: " is not current: the current generation is untouched");
		}
		if (!s.dropped().isEmpty()) {
			out.printf("  dropped generation(s) %s%n", s.dropped());
		}
		var l = s.loaded();
		out.printf("  digests:  %d read again, %d kept from the catalog (source gone or changed)%n", l.sourcesRead(),
				s.kept());
		s.keptSamples().forEach(k -> out.println("    " + k));
		out.printf("  entries:  %d read, %d quarantined%n", l.entriesRead(), l.quarantined());
		out.printf("  papers:   %d, %d merged%n", l.papersNew(), l.merges());
		out.printf("  links:    %d%n", l.links());
		var a = l.artifacts();
		if (a.fetched() + a.failed() + a.leftPending() + a.applied() > 0) {
			out.printf("  artifacts: %d fetched, %d failed, %d left for the next run; %d PDFs applied to papers%n",
					a.fetched(), a.failed(), a.leftPending(), a.applied());
		}
		out.flush();
	}

}
