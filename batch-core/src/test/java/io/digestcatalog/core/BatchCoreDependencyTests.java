package io.digestcatalog.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * batch-core is plain Java: no Spring, no picocli, nothing of the modules built on it.
 */
class BatchCoreDependencyTests {

	private static JavaClasses core;

	@BeforeAll
	static void importMainClasses() {
		core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.digestcatalog.core");
	}

	@Test
	void mainClassesOfEveryPackageAreImported() {
		assertThat(core.stream().map(c -> c.getPackageName()).distinct()).contains("io.digestcatalog.core.digest",
				"io.digestcatalog.core.extract", "io.digestcatalog.core.dedupe", "io.digestcatalog.core.catalog");
		assertThat(core.stream().map(c -> c.getSimpleName())).doesNotContain("BatchCoreDependencyTests");
	}

	@Test
	void coreDependsOnNoSpring() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("io.digestcatalog.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..");
		rule.check(core);
	}

	@Test
	void coreDependsOnNoCommandLineLibrary() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("io.digestcatalog.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("picocli..");
		rule.check(core);
	}

	@Test
	void coreDependsOnNoModuleBuiltOnIt() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("io.digestcatalog.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.digestcatalog.jobs..", "io.digestcatalog.cli..");
		rule.check(core);
	}

}
