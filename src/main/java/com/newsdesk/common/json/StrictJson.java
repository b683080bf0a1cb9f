package com.newsdesk.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON as the API guide promises: unknown fields are ignored, but a known field with a wrong
 * type is a 400, so {@code "limit": "5"} or {@code "headline": 42} are refused instead of being
 * quietly converted.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        refuse(
                mapper,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(
                mapper,
                LogicalType.Integer,
                CoercionInputShape.String,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer);
        mapper.registerModule(new SimpleModule("newsdesk-text").addDeserializer(String.class, new PlainStrings()));
    }

    /**
     * Text fields refuse the characters no text should hold: C0 control characters other than
     * tab, line feed and carriage return (PostgreSQL cannot store NUL; the others, such as the
     * U+000B a word processor pastes for a soft line break, make XML feeds ill-formed and can
     * forge search-snippet markup), the non-characters U+FFFE and U+FFFF, and halves of
     * surrogate pairs. It covers every string of every request body, in lists too.
     */
    static final class PlainStrings extends StdScalarDeserializer<String> {
        static final String CONTROL = "Must not contain control characters (such as a pasted soft line break)";
        static final String BROKEN = "Must be valid Unicode text; it contains part of a broken character";

        private final StringDeserializer strings = StringDeserializer.instance;

        PlainStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = strings.deserialize(parser, context);
            String problem = value == null ? null : problem(value);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, value, String.class);
            }
            return value;
        }

        /** Why the text is refused, or null when it is fine. */
        static String problem(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == 0) {
                    return "Must not contain NUL characters";
                }
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                    return CONTROL;
                }
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return BROKEN;
                }
            }
            return null;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
