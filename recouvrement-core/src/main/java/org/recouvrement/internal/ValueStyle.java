package org.recouvrement.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.recouvrement.MissingValueException;

/**
 * The one Immutables style of the library, applied per package: generated implementations are package-private and
 * hidden behind the abstract type, builders are strict (each attribute set once), a missing or {@code null}
 * attribute raises {@link MissingValueException}, and redacted attributes print as {@code ****}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        strictBuilder = true,
        depluralize = true,
        redactedMask = "****",
        throwForInvalidImmutableState = MissingValueException.class,
        throwForNullPointer = MissingValueException.class,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {
}
