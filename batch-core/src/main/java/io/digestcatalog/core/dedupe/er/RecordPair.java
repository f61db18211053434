package io.digestcatalog.core.dedupe.er;

import java.util.Objects;

/**
 * Two distinct record ids, unordered: {@code RecordPair.of("b", "a")} equals
 * {@code RecordPair.of("a", "b")}.
 *
 * @param first the smaller id
 * @param second the larger id
 */
public record RecordPair(String first, String second) {

	public RecordPair {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(second, "second");
		if (first.compareTo(second) >= 0) {
			throw new IllegalArgumentException("a pair needs two distinct ids in ascending order: " + first + ", "
					+ second + " (use RecordPair.of)");
		}
	}

	public static RecordPair of(String a, String b) {
		return (a.compareTo(b) <= 0) ? new RecordPair(a, b) : new RecordPair(b, a);
	}

}
