package com.newsdesk.article;

import com.newsdesk.common.problem.ProblemException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A BCP 47 language tag whose primary subtag is an ISO 639 language: {@code uk} is Ukrainian,
 * {@code ua} (Ukraine's country code) is not a language. Two-letter codes are ISO 639-1's as the
 * JDK knows them; three-letter ones are their ISO 639-2 forms.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoLanguage.Check.class)
public @interface IsoLanguage {

    String message() default "Must be a BCP 47 language tag whose first part is an ISO 639 language, such as en or uk";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<IsoLanguage, String> {

        private static final Pattern TAG = Pattern.compile(ArticleInputs.LANGUAGE_PATTERN);
        private static final Set<String> LANGUAGES = new HashSet<>();

        static {
            for (String code : Locale.getISOLanguages()) {
                LANGUAGES.add(code);
                LANGUAGES.add(Locale.forLanguageTag(code).getISO3Language());
            }
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || known(value);
        }

        /** Whether a tag is well formed and its primary subtag a language. */
        static boolean known(String tag) {
            if (!TAG.matcher(tag).matches()) {
                return false;
            }
            int dash = tag.indexOf('-');
            return LANGUAGES.contains((dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT));
        }

        /** A language= query parameter: null when not given, 400 at that name when not a language. */
        static String parameter(String raw, String name) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            if (!known(raw.strip())) {
                throw new ProblemException.InvalidInput(
                        name,
                        "Must be a BCP 47 language tag whose first part is an ISO 639 language, such as en or uk");
            }
            return raw.strip();
        }
    }
}
