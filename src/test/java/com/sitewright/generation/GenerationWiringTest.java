package com.sitewright.generation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;

import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Keeps the generation feature's classes narrow: a constructor that needs more than a handful of collaborators
 * mixes jobs that belong in beans of their own. Records are left out: their components are data, like the progress
 * the REST API reports.
 */
class GenerationWiringTest {

    private static final int MAX_PARAMETERS = 7;

    @Test
    void noConstructorTakesMoreThanSevenParameters() {
        constructors()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("com.sitewright.generation")
                .and()
                .areDeclaredInClassesThat()
                .areNotRecords()
                .should(takeAtMost(MAX_PARAMETERS))
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.sitewright.generation"));
    }

    private static ArchCondition<JavaConstructor> takeAtMost(int parameters) {
        return new ArchCondition<>("take at most " + parameters + " parameters") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                int count = constructor.getRawParameterTypes().size();
                events.add(new SimpleConditionEvent(
                        constructor,
                        count <= parameters,
                        constructor.getFullName() + " takes " + count + " parameters"));
            }
        };
    }
}
