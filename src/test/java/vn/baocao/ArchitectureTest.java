package vn.baocao;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of DESIGN.md, checked on every build. */
class ArchitectureTest {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("vn.baocao");

	static final String[] CORE = { "vn.baocao.campaign", "vn.baocao.report", "vn.baocao.roster",
			"vn.baocao.conversation", "vn.baocao.summary", "vn.baocao.text" };

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublicParts() {
		ApplicationModules.of(BaocaoApplication.class).verify();
	}

	@Test
	void theCoreIsPlainJava() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(CORE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.telegram..", "vn.baocao.channel..", "jakarta.servlet..",
					"vn.baocao.inbox..", "vn.baocao.system..")
			.because("the domain and the dialogue are plain Java; adapters (jdbc sub-packages, channels) sit outside");
		rule.check(CLASSES);
	}

	@Test
	void telegramTypesStayInTheTelegramChannel() {
		noClasses().that()
			.resideOutsideOfPackage("vn.baocao.channel.telegram..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.telegram..")
			.check(CLASSES);
	}

	@Test
	void zaloCodeStaysInTheZaloChannel() {
		noClasses().that()
			.resideOutsideOfPackage("vn.baocao.channel.zalo..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("vn.baocao.channel.zalo..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

}
