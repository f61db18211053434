package io.digestcatalog.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = DigestCatCommand.class.getPackage().getImplementationVersion();
		return new String[] { "digestcat " + ((version != null) ? version : "development build"),
				"Java " + System.getProperty("java.version") };
	}

}
