package com.newsdesk.newsletter;

import com.newsdesk.common.problem.ProblemException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reader's email address as {@link EmailAddress} checks it, reported with the message a sign-up
 * box shows: "Please enter your email address" or "Please enter a correct email address".
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReaderEmail.Validator.class)
public @interface ReaderEmail {

    String message() default EmailAddress.INVALID;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReaderEmail, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                EmailAddress.parse(value, EmailAddress.FIELD);
                return true;
            } catch (ProblemException e) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(e.errors().get(0).message())
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
