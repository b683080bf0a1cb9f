package com.newsdesk.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoContentTest {

    @Test
    void demoContentIsNotPartOfTheTestBuild() {
        assertFalse(Arc.container().instance(DemoContent.class).isAvailable());
    }
}
