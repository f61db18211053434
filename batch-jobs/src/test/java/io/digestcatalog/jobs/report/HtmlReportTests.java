package io.digestcatalog.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The report page: every value escaped, bars and the chart drawn inline. */
class HtmlReportTests {

	@Test
	void titlesWithMarkupAndQuotesAreShownNotRun() {
		String page = new HtmlReport("<b>x</b>").header("ingest · execution 1", "COMPLETED", "sub")
			.table("Merges made", List.of("Paper kept", "Why"),
					List.of(List.of("P1 <script>alert('x')</script> & \"Bobby\"; DROP TABLE paper;--", "because")),
					"none")
			.finish("end");

		assertThat(page).doesNotContain("<script>")
			.doesNotContain("<b>x</b>")
			.contains(
					"P1 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bobby&quot;; DROP TABLE paper;--");
		assertThat(page).doesNotContainPattern("(?i)<(link|img|script)\\b").doesNotContainPattern("(?i)\\bsrc=");
	}

	@Test
	void shareCellsAreBarsAndNumbersAlignRight() {
		String page = new HtmlReport("t")
			.table("Steps", List.of("Step", "Seconds", "Share"),
					List.of(List.of("read", "12.30", HtmlReport.bar(0.75))), "none")
			.finish("end");

		assertThat(page)
			.contains("<td>read</td><td class=\"n\">12.30</td><td><div class=\"bar\" style=\"width:75.0%\">");
	}

	@Test
	void anAddressIsNotANumber() {
		String page = new HtmlReport("t")
			.table("Hosts", List.of("Host", "Fetches"), List.of(List.of("127.0.0.1", "1,204")), "none")
			.finish("end");

		assertThat(page).contains("<td>127.0.0.1</td><td class=\"n\">1,204</td>");
	}

	@Test
	void throughputIsALineOfEntriesPerSecond() {
		String page = new HtmlReport("t")
			.throughput(List.of(new long[] { 0, 0 }, new long[] { 1000, 500 }, new long[] { 2000, 1500 },
					new long[] { 3000, 2000 }))
			.finish("end");

		assertThat(page).contains("<svg").contains("<polyline").contains("1,000 entries/s").contains("3 s</text>");
		String points = page.replaceAll("(?s).*points=\"([^\"]*)\".*", "$1");
		assertThat(points.split(" ")).hasSize(3);
	}

	@Test
	void emptySectionsSaySo() {
		String page = new HtmlReport("t").examples("Quarantine", Map.of(), Map.of(), "Nothing was quarantined.")
			.finish("end");

		assertThat(page).contains("<p class=\"muted\">Nothing was quarantined.</p>");
	}

}
