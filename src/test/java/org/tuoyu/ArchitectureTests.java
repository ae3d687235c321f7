package org.tuoyu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Web and security types stay in the web adapters and the security configuration: domain
 * classes (facades, policies, repositories, value types) never see HTTP.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tuoyu");

	@Test
	void domainClassesDoNotDependOnWebOrSecurityTypes() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackages("..web..", "..security..", "org.tuoyu.platform.database..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.security.web..",
					"org.springframework.http..", "org.springframework.ui..");
		rule.check(classes);
	}

	@Test
	void sharedValueTypesDependOnNoFramework() {
		noClasses().that()
			.resideInAPackage("org.tuoyu.shared..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..")
			.because("shared holds plain value types (DESIGN §3)")
			.check(classes);
	}
}
