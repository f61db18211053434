package io.digestcatalog.core.dedupe.er;

import java.util.List;
import java.util.Objects;

/**
 * Groups records that describe the same paper, across sources and years: one cluster per
 * real paper, every link explained. Shared identity keys (arXiv id, publisher DOI) link
 * first; records without one are blocked by MinHash over their titles and compared on
 * title, authors, year, venue and abstract; links are clustered with a guard that keeps
 * records with conflicting keys apart. The result depends only on the set of records and
 * the operator's overrides, not on their order.
 * <p>
 * Typical use: {@code new EntityResolver(overrides).resolve(records)} for a batch, or
 * {@link #newIndex()} and {@link ResolverIndex#add} to resolve new records against those
 * resolved before.
 */
public final class EntityResolver {

	private final Overrides overrides;

	public EntityResolver() {
		this(Overrides.NONE);
	}

	public EntityResolver(Overrides overrides) {
		this.overrides = Objects.requireNonNull(overrides, "overrides");
	}

	/** Resolves a whole batch; record ids must be unique. */
	public Resolution resolve(List<ResolutionRecord> records) {
		ResolverIndex index = newIndex();
		index.add(records);
		return index.resolution();
	}

	/** An empty index to add records to in batches. */
	public ResolverIndex newIndex() {
		return new ResolverIndex(this.overrides);
	}

	/**
	 * An index holding {@code records} as {@code previous} resolved them (with these
	 * overrides), without comparing them again: only blocking keys are recomputed.
	 * Overrides added since are applied to the clusters they name.
	 */
	public ResolverIndex restore(List<ResolutionRecord> records, Resolution previous) {
		ResolverIndex index = newIndex();
		index.restore(records, previous);
		return index;
	}

	/**
	 * The verdict on two records, with its reason, whether or not blocking pairs them.
	 */
	public PairDecision explain(ResolutionRecord a, ResolutionRecord b) {
		return ResolverIndex.explain(a, b);
	}

}
