package io.digestcatalog.jobs.resolve;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code resolve} step ({@code digestcat.resolve.*}), including an
 * operator's corrections. Paper ids derive from the key a paper was first seen under, so
 * a correction written against them keeps holding when the catalog is rebuilt from the
 * same digests.
 *
 * @param enabled whether the step runs
 * @param neverMerge pairs of paper ids ({@code "P1 P2"}) that are different papers
 * @param alwaysMerge pairs of paper ids that are one paper
 */
@ConfigurationProperties("digestcat.resolve")
public record ResolveProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> neverMerge,
		@DefaultValue List<String> alwaysMerge) {

	public ResolveProperties {
		neverMerge = (neverMerge != null) ? List.copyOf(neverMerge) : List.of();
		alwaysMerge = (alwaysMerge != null) ? List.copyOf(alwaysMerge) : List.of();
		for (String pair : concat(neverMerge, alwaysMerge)) {
			if (pair.strip().split("\\s+").length != 2) {
				throw new IllegalArgumentException(
						"digestcat.resolve: a pair is two paper ids separated by a space, not \"" + pair + "\"");
			}
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
