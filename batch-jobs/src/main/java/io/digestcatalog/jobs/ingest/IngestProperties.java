package io.digestcatalog.jobs.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the {@code ingest} job ({@code digestcat.ingest.*}).
 *
 * @param chunkSize entries per chunk: one transaction, one saved restart position
 * @param zone the zone in which file modification times are read as dates
 * @param progressIntervalMillis least time between two progress lines
 * @param downloadDir where digests named by URL are downloaded (content-addressed)
 * @param fetchTimeout time limit of one download
 * @param maxDownloadSize largest digest a URL may deliver
 * @param liveProgress on a terminal, one progress line rewritten in place rather than log
 * lines (the daemon logs)
 */
@ConfigurationProperties("digestcat.ingest")
public record IngestProperties(@DefaultValue("200") int chunkSize, @DefaultValue("UTC") ZoneId zone,
		@DefaultValue("1000") long progressIntervalMillis, @DefaultValue("./data/downloads") Path downloadDir,
		@DefaultValue("60s") Duration fetchTimeout, @DefaultValue("512MB") DataSize maxDownloadSize,
		@DefaultValue("true") boolean liveProgress) {

	public IngestProperties {
		if (chunkSize < 1) {
			throw new IllegalArgumentException("digestcat.ingest.chunk-size must be at least 1");
		}
	}

}
