package io.digestcatalog.jobs.artifact;

import io.digestcatalog.core.catalog.ArtifactOutcome;
import io.digestcatalog.core.catalog.PendingArtifact;

/**
 * An artifact with what fetching and reading it came to.
 *
 * @param artifact the artifact
 * @param outcome the outcome
 */
record FetchedArtifact(PendingArtifact artifact, ArtifactOutcome outcome) {

}
