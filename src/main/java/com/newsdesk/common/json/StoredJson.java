package com.newsdesk.common.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

/**
 * The mapper for JSON the database gives back (jsonb columns, documents built by a statement):
 * what was stored is read as it is. The API's mapper ({@link StrictJson}) judges input and would
 * refuse stored text from before a rule existed, such as a control character.
 */
public final class StoredJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("stored-instants").addDeserializer(Instant.class, StoredInstants.DESERIALIZER))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StoredJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
