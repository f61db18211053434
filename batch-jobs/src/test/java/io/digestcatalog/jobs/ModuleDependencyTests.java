package io.digestcatalog.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The jobs module wires the core into Spring Batch and knows nothing of the command line.
 */
class ModuleDependencyTests {

	private final JavaClasses jobs = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.digestcatalog.jobs");

	@Test
	void jobsDependOnNeitherTheCliNorPicocli() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.digestcatalog.cli..", "picocli..")
			.check(this.jobs);
	}

}
