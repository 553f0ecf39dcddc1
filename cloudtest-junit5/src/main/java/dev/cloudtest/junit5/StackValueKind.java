package dev.cloudtest.junit5;

import dev.cloudtest.stack.StackValues;

/** The three kinds of stack value a test can ask for, with their system-property prefix and annotation. */
enum StackValueKind {
    OUTPUT("output", StackValues.OUTPUT_PREFIX, "@StackOutput"),
    EXPORT("export", StackValues.EXPORT_PREFIX, "@StackExport"),
    RESOURCE("resource", StackValues.RESOURCE_PREFIX, "@PhysicalId");

    final String noun;
    final String propertyPrefix;
    final String annotation;

    StackValueKind(String noun, String propertyPrefix, String annotation) {
        this.noun = noun;
        this.propertyPrefix = propertyPrefix;
        this.annotation = annotation;
    }
}
