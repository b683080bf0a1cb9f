package com.newsdesk.common.json;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that is one line wherever it goes: a headline, a name, a mail subject or sender. Line
 * breaks are refused (other control characters already are, by {@link StrictJson}), so such a
 * text can never split a mail header or a feed title.
 */
@Target({
    ElementType.FIELD,
    ElementType.RECORD_COMPONENT,
    ElementType.PARAMETER,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneLine.Check.class)
public @interface OneLine {

    String message() default "Must be a single line, without line breaks";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneLine, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (value.indexOf('\n') < 0 && value.indexOf('\r') < 0);
        }
    }
}
