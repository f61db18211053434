package io.digestcatalog.jobs.artifact;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the artifact steps of the {@code ingest} job
 * ({@code digestcat.artifacts.*}).
 *
 * @param enabled whether ingest fetches papers' PDFs at all
 * @param concurrency partitions (groups of hosts) fetched at once
 * @param storeDir the content-addressed store of fetched files
 * @param arxivBase where arXiv PDFs are fetched from ({@code <base>/pdf/<id>})
 * @param maxPerPaper artifacts fetched per paper at most
 * @param allow addresses allowed although private or loopback ({@code host:port} or
 * CIDR); empty means public addresses only
 * @param connectTimeout connect time limit
 * @param readTimeout longest silence while reading a body
 * @param totalTimeout time limit of one request
 * @param maxAttempts attempts per artifact (retries on connection errors, 5xx, 429)
 * @param maxSize largest body kept; larger ones are aborted
 * @param perHostConcurrency requests in flight to one host at most
 * @param perHostInterval least time between two request starts to one host
 * @param pdfTimeLimit time limit for reading one PDF
 * @param chunkSize artifacts per transaction
 */
@ConfigurationProperties("digestcat.artifacts")
public record ArtifactProperties(@DefaultValue("true") boolean enabled, @DefaultValue("4") int concurrency,
		@DefaultValue("./data/artifacts") Path storeDir, @DefaultValue("https://arxiv.org") String arxivBase,
		@DefaultValue("3") int maxPerPaper, @DefaultValue List<String> allow,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
		@DefaultValue("120s") Duration totalTimeout, @DefaultValue("4") int maxAttempts,
		@DefaultValue("100MB") DataSize maxSize, @DefaultValue("2") int perHostConcurrency,
		@DefaultValue("1s") Duration perHostInterval, @DefaultValue("30s") Duration pdfTimeLimit,
		@DefaultValue("10") int chunkSize) {

	public ArtifactProperties {
		if (concurrency < 1 || maxPerPaper < 0 || chunkSize < 1) {
			throw new IllegalArgumentException(
					"digestcat.artifacts: concurrency and chunk-size must be at least 1, max-per-paper at least 0");
		}
		allow = (allow != null) ? List.copyOf(allow) : List.of();
	}

}
