package io.digestcatalog.core.catalog;

/**
 * What a load did to the catalog.
 *
 * @param newPapers papers created
 * @param updatedPapers existing papers that gained a sighting
 * @param unchanged sightings already in the catalog (a rerun of the same input)
 * @param links links added to papers
 * @param merges pairs of papers merged into one
 */
public record WriteCounts(long newPapers, long updatedPapers, long unchanged, long links, long merges) {

	public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0);

	public WriteCounts plus(WriteCounts o) {
		return new WriteCounts(this.newPapers + o.newPapers, this.updatedPapers + o.updatedPapers,
				this.unchanged + o.unchanged, this.links + o.links, this.merges + o.merges);
	}

}
