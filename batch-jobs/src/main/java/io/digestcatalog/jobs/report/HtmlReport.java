package io.digestcatalog.jobs.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML of a run report: one self-contained page (its style inline, its chart an
 * inline SVG, no script, nothing fetched), every value escaped.
 */
final class HtmlReport {

	private static final String STYLE = """
			body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
			main{max-width:1060px;margin:0 auto;padding:28px 24px 48px}
			h1{font-size:26px;margin:0 0 4px}h2{font-size:17px;margin:30px 0 10px;color:#3a4356}
			.sub{color:#5a6478;margin:0}.status{display:inline-block;padding:2px 10px;border-radius:12px;font-size:14px;
			font-weight:600;vertical-align:middle;margin-left:10px}.COMPLETED{background:#d8f3dc;color:#1b5e20}
			.FAILED,.ABANDONED,.UNKNOWN{background:#fde2e1;color:#9b1c1c}.STOPPED,.STOPPING,.STARTED{background:#fff1c2;color:#7a5300}
			.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px;margin-top:22px}
			.card{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:12px 14px}
			.card b{display:block;font-size:24px;font-variant-numeric:tabular-nums}.card span{color:#5a6478;font-size:13px}
			table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #e3e6ec;border-radius:10px;overflow:hidden}
			th,td{text-align:left;padding:7px 10px;border-bottom:1px solid #eef0f4;vertical-align:top}
			th{background:#f0f2f6;font-weight:600;font-size:13px;color:#3a4356}td.n{text-align:right;font-variant-numeric:tabular-nums}
			tr:last-child td{border-bottom:0}.bar{height:8px;background:#7aa2f7;border-radius:4px;min-width:2px}
			.fail{background:#fff5f5;border:1px solid #f3c1c1;border-radius:10px;padding:12px 16px;margin-top:22px}
			.fail code,.next code{background:#f0f2f6;padding:1px 6px;border-radius:4px}
			.muted{color:#8a93a6}.ex{color:#5a6478;font-size:13px;margin:2px 0 0}svg{background:#fff;border:1px solid #e3e6ec;
			border-radius:10px}footer{margin-top:36px;color:#8a93a6;font-size:12px}""";

	private final StringBuilder html = new StringBuilder();

	HtmlReport(String title) {
		this.html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
			.append(esc(title))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body><main>\n");
	}

	HtmlReport header(String title, String status, String subtitle) {
		this.html.append("<h1>")
			.append(esc(title))
			.append("<span class=\"status ")
			.append(esc(status))
			.append("\">")
			.append(esc(status))
			.append("</span></h1><p class=\"sub\">")
			.append(esc(subtitle))
			.append("</p>\n");
		return this;
	}

	HtmlReport cards(Map<String, String> cards) {
		this.html.append("<section class=\"cards\">");
		cards.forEach((label, value) -> this.html.append("<div class=\"card\"><b>")
			.append(esc(value))
			.append("</b><span>")
			.append(esc(label))
			.append("</span></div>"));
		this.html.append("</section>\n");
		return this;
	}

	HtmlReport failure(String cause, String failedItem, String next) {
		this.html.append("<section class=\"fail\"><b>Why it did not complete.</b> ").append(esc(cause));
		if (failedItem != null) {
			this.html.append("<p>It failed on ").append(esc(failedItem)).append(".</p>");
		}
		if (next != null) {
			this.html.append("<p class=\"next\">Next: <code>").append(esc(next)).append("</code></p>");
		}
		this.html.append("</section>\n");
		return this;
	}

	/** A table; a cell that is a number is right-aligned. */
	HtmlReport table(String heading, List<String> columns, List<List<String>> rows, String empty) {
		this.html.append("<h2>").append(esc(heading)).append("</h2>");
		if (rows.isEmpty()) {
			this.html.append("<p class=\"muted\">").append(esc(empty)).append("</p>\n");
			return this;
		}
		this.html.append("<table><tr>");
		columns.forEach(c -> this.html.append("<th>").append(esc(c)).append("</th>"));
		this.html.append("</tr>");
		for (List<String> row : rows) {
			this.html.append("<tr>");
			for (String cell : row) {
				if (cell.startsWith("<bar ")) {
					this.html.append("<td><div class=\"bar\" style=\"width:")
						.append(cell.substring(5, cell.length() - 1))
						.append("%\"></div></td>");
				}
				else {
					boolean number = cell.matches("-|-?[\\d,]+(\\.\\d+)?%?");
					this.html.append(number ? "<td class=\"n\">" : "<td>").append(esc(cell)).append("</td>");
				}
			}
			this.html.append("</tr>");
		}
		this.html.append("</table>\n");
		return this;
	}

	/** A cell drawing a bar of this share (0 to 1) of the column's width. */
	static String bar(double share) {
		return "<bar " + String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(1, share)) * 100) + ">";
	}

	HtmlReport examples(String heading, Map<String, Long> counts, Map<String, List<String>> examples, String empty) {
		this.html.append("<h2>").append(esc(heading)).append("</h2>");
		if (counts.isEmpty()) {
			this.html.append("<p class=\"muted\">").append(esc(empty)).append("</p>\n");
			return this;
		}
		this.html.append("<table><tr><th>Reason</th><th>Entries</th><th>Examples</th></tr>");
		counts.forEach((reason, n) -> {
			this.html.append("<tr><td>")
				.append(esc(reason))
				.append("</td><td class=\"n\">")
				.append(n)
				.append("</td><td>");
			examples.getOrDefault(reason, List.of())
				.forEach(e -> this.html.append("<p class=\"ex\">").append(esc(e)).append("</p>"));
			this.html.append("</td></tr>");
		});
		this.html.append("</table>\n");
		return this;
	}

	/** Entries read per second over the run, as a line drawn in an inline SVG. */
	HtmlReport throughput(List<long[]> samples) {
		this.html.append("<h2>Entries read per second</h2>");
		if (samples.size() < 2) {
			this.html.append("<p class=\"muted\">The run was too short to draw.</p>\n");
			return this;
		}
		int w = 1000;
		int h = 180;
		int pad = 36;
		double maxT = samples.get(samples.size() - 1)[0];
		double[] rates = new double[samples.size()];
		double maxRate = 1;
		for (int i = 1; i < samples.size(); i++) {
			double dt = Math.max(1, samples.get(i)[0] - samples.get(i - 1)[0]) / 1000.0;
			rates[i] = (samples.get(i)[1] - samples.get(i - 1)[1]) / dt;
			maxRate = Math.max(maxRate, rates[i]);
		}
		StringBuilder points = new StringBuilder();
		for (int i = 1; i < samples.size(); i++) {
			double x = pad + (w - 2 * pad) * samples.get(i)[0] / Math.max(1, maxT);
			double y = h - pad + 10 - (h - pad) * rates[i] / maxRate;
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
		}
		this.html.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" "
				+ "aria-label=\"entries read per second over the run\">", w, h));
		this.html
			.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ccd2dd\"/>",
					pad, h - pad + 10, w - pad, h - pad + 10));
		this.html.append("<polyline fill=\"none\" stroke=\"#3b6fd8\" stroke-width=\"2\" points=\"")
			.append(points.toString().strip())
			.append("\"/>");
		this.html.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"16\" font-size=\"12\" fill=\"#5a6478\">%,.0f entries/s</text>", pad, maxRate));
		this.html.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#5a6478\" text-anchor=\"end\">%.0f s</text>", w - pad,
				h - 4, maxT / 1000.0));
		this.html.append("</svg>\n");
		return this;
	}

	String finish(String footer) {
		return this.html.append("<footer>").append(esc(footer)).append("</footer></main></body></html>\n").toString();
	}

	static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> b.append(c);
			}
		}
		return b.toString();
	}

}
