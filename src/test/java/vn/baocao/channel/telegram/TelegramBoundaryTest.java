package vn.baocao.channel.telegram;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** TelegramBots stays at the edge: no other package of baocao may touch its types. */
@AnalyzeClasses(packages = "vn.baocao", importOptions = ImportOption.DoNotIncludeTests.class)
class TelegramBoundaryTest {

	@ArchTest
	static final ArchRule telegramTypesStayInTheTelegramChannel = noClasses().that()
		.resideOutsideOfPackage("vn.baocao.channel.telegram..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.telegram..");

}
