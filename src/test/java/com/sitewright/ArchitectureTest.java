package com.sitewright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.sitewright.base.JobApi;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the feature packages apart: views call services, repositories stay inside their feature. */
class ArchitectureTest {

    /** Called by Spring Security itself while it signs someone in, before there is a user to check. */
    private static final Set<String> SIGN_IN = Set.of(
            "com.sitewright.security.UserService.loadUserByUsername",
            "com.sitewright.security.ApiCredentials.authenticate");

    private static final int MAX_CONSTRUCTOR_PARAMETERS = 7;

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
        // Code that reads the time takes the Clock bean (or an Instant from its caller), so tests can move time; only
        // the bean itself is the system clock.
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
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .check(studio);
    }

    @Test
    void viewsAndRestControllersCallSecuredServicesNotJobApis() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .or()
                .resideInAPackage("com.sitewright.api..")
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(JobApi.class)
                .check(studio);
    }

    @Test
    void servicesCheckAccessOnEveryPublicMethod() {
        // Jobs use @JobApi classes; everything else reaches a service through a user's request.
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and()
                .areNotAnnotatedWith(JobApi.class)
                .and()
                .areNotAnnotatedWith(PreAuthorize.class)
                .should(securePublicMethods())
                .check(studio);
    }

    @Test
    void noBeanConstructorTakesMoreThanSevenParameters() {
        // A bean that needs more collaborators than this does more than one thing: split off the part that does the
        // other (a listener, a tracker, a vendor client) instead of reaching for a static shortcut.
        classes()
                .that()
                .areMetaAnnotatedWith(Component.class)
                .or()
                .areAnnotatedWith(Route.class)
                .should(haveNoConstructorWiderThan(MAX_CONSTRUCTOR_PARAMETERS))
                .check(studio);
    }

    private static ArchCondition<JavaClass> haveNoConstructorWiderThan(int limit) {
        return new ArchCondition<>("have no constructor taking more than " + limit + " parameters") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                for (JavaConstructor constructor : bean.getConstructors()) {
                    int width = constructor.getRawParameterTypes().size();
                    if (width > limit) {
                        events.add(SimpleConditionEvent.violated(
                                constructor, constructor.getFullName() + " takes " + width + " parameters"));
                    }
                }
            }
        };
    }

    /** Public instance methods carry {@code @PreAuthorize}; static helpers and constants need none. */
    private static ArchCondition<JavaClass> securePublicMethods() {
        return new ArchCondition<>("annotate every public method with @PreAuthorize") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                for (JavaMethod method : service.getMethods()) {
                    boolean exposed = method.getModifiers().contains(JavaModifier.PUBLIC)
                            && !method.getModifiers().contains(JavaModifier.STATIC)
                            && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                            && !method.getModifiers().contains(JavaModifier.BRIDGE);
                    if (exposed
                            && !method.isAnnotatedWith(PreAuthorize.class)
                            && !SIGN_IN.contains(service.getName() + "." + method.getName())) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " is public but has no @PreAuthorize"));
                    }
                }
            }
        };
    }
}
