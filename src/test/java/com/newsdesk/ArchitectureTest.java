package com.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The package structure STYLE.md asks for, checked on the compiled main classes: features and the
 * parts of {@code common} depend on each other in one direction only, {@code common} on no feature,
 * and a feature reaches another through its services and view records, never its repository.
 *
 * <p>Bytecode does not show every source import: a compile-time constant such as
 * {@code StaffRole.ADMIN_ROLE} in {@code @RolesAllowed} is copied into the class that uses it, so
 * such an import is not seen here.
 */
@AnalyzeClasses(packages = "com.newsdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every package is its own slice, so {@code common.http} and {@code common.cache} count apart. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("com.newsdesk.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commonDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("com.newsdesk.common..")
            .should()
            .dependOnClassesThat(resideInAFeature());

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature =
            classes().that().resideInAPackage("com.newsdesk..").should(onlyUseRepositoriesOfTheirOwnPackage());

    private static ArchCondition<JavaClass> onlyUseRepositoriesOfTheirOwnPackage() {
        return new ArchCondition<>("use only the *Repository classes of their own package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    // A type nested in a repository (a filter record, say) is part of it.
                    JavaClass target = outermost(dependency.getTargetClass().getBaseComponentType());
                    boolean foreignRepository = target.getPackageName().startsWith("com.newsdesk.")
                            && target.getSimpleName().endsWith("Repository")
                            && !target.getPackageName().equals(origin.getPackageName());
                    if (foreignRepository) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> resideInAFeature() {
        return DescribedPredicate.describe(
                "reside in a feature package",
                type -> type.getPackageName().startsWith("com.newsdesk.")
                        && !type.getPackageName().equals("com.newsdesk.common")
                        && !type.getPackageName().startsWith("com.newsdesk.common."));
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }
}
