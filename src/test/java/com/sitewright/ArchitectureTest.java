package com.sitewright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the feature packages apart: views call services, repositories stay inside their feature. */
class ArchitectureTest {

    private static JavaClasses studio;

    @BeforeAll
    static void importClasses() {
        studio = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.sitewright");
    }

    @Test
    void viewsDoNotTouchRepositoriesOrJdbc() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Store")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.jdbc..")
                .check(studio);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .or()
                .haveSimpleNameEndingWith("Store")
                .should()
                .bePackagePrivate()
                .check(studio);
    }

    @Test
    void viewsGetRecordsNotEntities() {
        // An entity in a view would load lazily outside its transaction and let the view change it unseen.
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(studio);
    }

    @Test
    void restControllersOnlyCallServices() {
        noClasses()
                .that()
                .areAnnotatedWith(RestController.class)
                .or()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(studio);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("com.sitewright.(*)..").should().beFreeOfCycles().check(studio);
    }

    @Test
    void jobsAndServicesDoNotDependOnTheUi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .resideOutsideOfPackage("com.sitewright")
                .and()
                .resideOutsideOfPackage("com.sitewright.security")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(studio);
    }

    @Test
    void notificationsAndConfirmationsAreShownOnlyThroughTheStudiosHelpers() {
        // One place decides where a notification appears, how long it stays and how a confirmation reads.
        noClasses()
                .that()
                .resideOutsideOfPackage("com.sitewright.base.ui")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin.flow.component.notification..", "com.vaadin.flow.component.confirmdialog..")
                .check(studio);
    }

    @Test
    void timeComesFromTheStudiosClock() {
        // Code that reads the time takes the Clock bean (or an Instant from its caller), so tests can move time.
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("com.sitewright.base.TimeConfiguration")
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .check(studio);
    }
}
