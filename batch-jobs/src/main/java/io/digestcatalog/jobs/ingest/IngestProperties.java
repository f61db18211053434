package io.digestcatalog.jobs.ingest;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code ingest} job ({@code digestcat.ingest.*}).
 *
 * @param chunkSize entries per chunk: one transaction, one saved restart position
 * @param zone the zone in which file modification times are read as dates
 * @param progressIntervalMillis least time between two progress lines
 */
@ConfigurationProperties("digestcat.ingest")
public record IngestProperties(@DefaultValue("200") int chunkSize, @DefaultValue("UTC") ZoneId zone,
		@DefaultValue("1000") long progressIntervalMillis) {

	public IngestProperties {
		if (chunkSize < 1) {
			throw new IllegalArgumentException("digestcat.ingest.chunk-size must be at least 1");
		}
	}

}
