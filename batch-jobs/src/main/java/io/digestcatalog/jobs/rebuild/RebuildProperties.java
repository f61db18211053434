package io.digestcatalog.jobs.rebuild;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rebuild job ({@code digestcat.rebuild.*}).
 *
 * @param keepGenerations complete catalog generations kept for a rollback, the current
 * one included
 */
@ConfigurationProperties("digestcat.rebuild")
public record RebuildProperties(@DefaultValue("3") int keepGenerations) {

	public RebuildProperties {
		if (keepGenerations < 1) {
			throw new IllegalArgumentException("digestcat.rebuild.keep-generations must be at least 1");
		}
	}

}
