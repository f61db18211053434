package io.digestcatalog.core.dedupe.er;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An operator's corrections, applied on every run: pairs that must end in one cluster,
 * and pairs that must never share one (a cannot-link also stops chains through other
 * records). A pair in both sets is a contradiction and rejected.
 *
 * @param mustLink pairs that are one paper
 * @param cannotLink pairs that are different papers
 */
public record Overrides(Set<RecordPair> mustLink, Set<RecordPair> cannotLink) {

	public static final Overrides NONE = new Overrides(Set.of(), Set.of());

	public Overrides {
		mustLink = Set.copyOf(Objects.requireNonNull(mustLink, "mustLink"));
		cannotLink = Set.copyOf(Objects.requireNonNull(cannotLink, "cannotLink"));
		Set<RecordPair> both = new HashSet<>(mustLink);
		both.retainAll(cannotLink);
		if (!both.isEmpty()) {
			throw new IllegalArgumentException("pairs both must-link and cannot-link: " + both);
		}
	}

}
