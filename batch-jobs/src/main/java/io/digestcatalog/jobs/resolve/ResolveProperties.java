package io.digestcatalog.jobs.resolve;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.digestcatalog.core.catalog.CatalogResolution;
import io.digestcatalog.core.catalog.StoredResolution;
import io.digestcatalog.core.catalog.SourceRanking;

/**
 * Settings of entity resolution ({@code digestcat.resolve.*}): the {@code resolve} step,
 * the merge policy, and an operator's corrections. A correction names two records
 * ({@code <digest sha, 16 hex>:<ordinal>}, as {@code catalog show} prints them) or two
 * papers (standing for every record the paper has when the step runs). Record ids derive
 * from the digests' bytes and paper ids from the key a paper was first seen under, so a
 * correction keeps holding when the catalog is rebuilt from the same digests.
 *
 * @param enabled whether the step runs
 * @param sourceRanking whose value a paper keeps when its records disagree, best first
 * ({@code digest:<format>} or {@code pdf}); empty for the default ranking
 * @param neverMerge pairs ({@code "A B"}) that are different papers
 * @param alwaysMerge pairs that are one paper
 * @param indexDir where the blocking keys of resolved records are kept (one folder per
 * catalog generation)
 * @param batchSize records resolved per transaction
 * @param whileLoading whether the steps that load records resolve a batch each time they
 * have loaded a batch's worth, leaving the resolve step only the rest
 * @param mergeWhileLoading whether each batch resolved while loading also merges the
 * papers of the clusters it changed, in the same transaction (a run killed late and
 * restarted then has only the last merges left to make)
 */
@ConfigurationProperties("digestcat.resolve")
public record ResolveProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> sourceRanking,
		@DefaultValue List<String> neverMerge, @DefaultValue List<String> alwaysMerge,
		@DefaultValue("data/resolve-index") Path indexDir, @DefaultValue("2000") int batchSize,
		@DefaultValue("true") boolean whileLoading, @DefaultValue("true") boolean mergeWhileLoading) {

	public ResolveProperties {
		sourceRanking = (sourceRanking != null) ? List.copyOf(sourceRanking) : List.of();
		neverMerge = (neverMerge != null) ? List.copyOf(neverMerge) : List.of();
		alwaysMerge = (alwaysMerge != null) ? List.copyOf(alwaysMerge) : List.of();
		if (batchSize < 1) {
			throw new IllegalArgumentException("digestcat.resolve.batch-size must be at least 1, not " + batchSize);
		}
		for (String pair : pairs(neverMerge, alwaysMerge)) {
			String[] ids = pair.strip().split("\\s+");
			if (ids.length != 2) {
				throw new IllegalArgumentException(
						"digestcat.resolve: a pair is two paper or record ids separated by a space, not \"" + pair
								+ "\"");
			}
			for (String id : ids) {
				if (!CatalogResolution.isRecordId(id) && !id.matches("P[0-9a-f]{16}")) {
					throw new IllegalArgumentException("digestcat.resolve: \"" + id
							+ "\" is neither a paper id (P and 16 hex digits) nor a record id (16 hex digits, ':', ordinal)");
				}
			}
		}
	}

	private static List<String> pairs(List<String> neverMerge, List<String> alwaysMerge) {
		List<String> pairs = new ArrayList<>(neverMerge);
		pairs.addAll(alwaysMerge);
		return pairs;
	}

	/** Every id the configured corrections name, records and papers. */
	List<String> correctedIds() {
		List<String> ids = new ArrayList<>();
		for (String pair : pairs(this.neverMerge, this.alwaysMerge)) {
			ids.addAll(List.of(pair.strip().split("\\s+")));
		}
		return ids;
	}

	/**
	 * Whether a configured correction names a paper: it stands for the records the paper
	 * has when resolution runs, so only the resolve step, once every record is loaded,
	 * can apply it.
	 */
	boolean correctsPapers() {
		return correctedIds().stream().anyMatch(id -> !CatalogResolution.isRecordId(id));
	}

	/**
	 * Opens the catalog's stored resolution on {@code c} with these corrections and batch
	 * size, warning when it has to resolve every record again.
	 */
	StoredResolution open(Connection c) {
		StoredResolution r = StoredResolution.open(c, this.indexDir,
				CatalogResolution.overrides(c, this.neverMerge, this.alwaysMerge), this.batchSize);
		if (r.restartedFull()) {
			org.slf4j.LoggerFactory.getLogger(ResolveProperties.class)
				.warn("resolve: records resolved before are no longer in the catalog; resolving every record again");
		}
		return r;
	}

	/** The ranking configured, or the default one. */
	public SourceRanking ranking() {
		return this.sourceRanking.isEmpty() ? SourceRanking.DEFAULT : new SourceRanking(this.sourceRanking);
	}

}
