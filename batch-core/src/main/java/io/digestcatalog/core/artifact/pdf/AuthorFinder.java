package io.digestcatalog.core.artifact.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds author names on page 1: the lines between the title and the abstract (or the
 * first section), read as names; affiliations, addresses and e-mail lines are rejected by
 * {@link NameParser}. Where the abstract sits in a column beside a grid of authors, the
 * authors beside and below its heading are read too.
 */
final class AuthorFinder {

	/** Authors sit above this share of the page height. */
	private static final float LOWER_LIMIT = 0.65f;

	private static final int MAX_AUTHORS = 40;

	private AuthorFinder() {
	}

	/**
	 * Names, and the baseline of the last line that held one (0 when none).
	 *
	 * @param names the names in reading order
	 * @param lastBaseline where the author block ends
	 */
	record Authors(List<String> names, float lastBaseline) {

	}

	static Authors find(PageLayout page, TitleFinder.Choice title) {
		float start = title.block().isEmpty() ? 0 : title.lastBaseline();
		List<TextFragment> below = page.fragments()
			.stream()
			.filter(f -> f.baseline() > start + 0.3f * f.size() && !title.block().contains(f))
			.toList();
		float limit = LOWER_LIMIT * page.height();
		TextFragment heading = null;
		for (TextFragment f : below) {
			if (heading == null && FrontMatter.isAbstractHeading(f)) {
				heading = f;
			}
			if (FrontMatter.isSectionHeading(f) && f.baseline() < limit) {
				limit = f.baseline();
				break;
			}
		}
		Column column = (heading != null) ? Column.under(heading, below) : null;
		Set<String> names = new LinkedHashSet<>();
		float last = 0;
		float namesSize = 0;
		for (TextFragment f : below) {
			if (f.baseline() >= limit || names.size() >= MAX_AUTHORS) {
				break;
			}
			if (column != null && column.holds(f)) {
				continue;
			}
			// affiliations start with their mark ("¹University of …") and are set smaller
			if (f.isMark(f.glyphs().get(0)) || f.size() < 0.9f * namesSize) {
				continue;
			}
			List<String> found = NameParser.names(f.textWithoutMarks(","));
			if (!found.isEmpty()) {
				names.addAll(found);
				last = Math.max(last, f.baseline());
				namesSize = (namesSize == 0) ? f.size() : Math.min(namesSize, f.size());
			}
		}
		return new Authors(new ArrayList<>(names), last);
	}

	/**
	 * The abstract's column: its heading and the lines right under it.
	 *
	 * @param x0 the left edge
	 * @param x1 the right edge
	 * @param top the heading's baseline
	 */
	private record Column(float x0, float x1, float top) {

		static Column under(TextFragment heading, List<TextFragment> below) {
			float x0 = heading.x0();
			float x1 = heading.x1();
			int taken = 0;
			for (TextFragment f : below) {
				if (taken < 3 && f.baseline() > heading.baseline() && f.overlapsHorizontally(heading)) {
					x0 = Math.min(x0, f.x0());
					x1 = Math.max(x1, f.x1());
					taken++;
				}
			}
			return new Column(x0, x1, heading.baseline());
		}

		boolean holds(TextFragment f) {
			return f.baseline() > this.top - 0.3f * f.size() && f.x0() < this.x1 && f.x1() > this.x0;
		}

	}

}
