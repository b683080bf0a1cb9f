package com.newsdesk.syndication;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.newsdesk.common.http.CacheTags;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as an IPTC ninjs 2.2 news item (property names as IPTC spells them, all lower case).
 * Empty properties are left out; an association is a ninjs item with a {@code name}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
        name = "Ninjs",
        description =
                "IPTC ninjs 2.2 (https://iptc.org/standards/ninjs/): a published article with its lead picture and"
                        + " audio as associations; a killed article is pubstatus canceled with no text.",
        requiredProperties = {"uri"},
        examples = """
                {"uri": "https://api.newsroom.example/api/v1/articles/by-id/019abf3e-8d7c-7c1e-9a55-3f1f7f8e0c11",
                 "type": "text", "version": "4",
                 "standard": {"name": "ninjs", "version": "2.2",
                   "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"},
                 "firstcreated": "2026-12-01T06:40:00Z", "versioncreated": "2026-12-01T07:02:11Z",
                 "pubstatus": "usable", "language": "en",
                 "headlines": [{"role": "main", "value": "Grid holds through the coldest night"}],
                 "bodies": [{"role": "main", "contenttype": "text/plain", "charcount": 42, "wordcount": 7,
                   "value": "Engineers kept the lights on in the city."}],
                 "by": "Olena Petrenko", "located": "KYIV",
                 "copyrightnotice": "Copyright 2026 Newsdesk"}""")
public record Ninjs(
        @Schema(description = "Only in an association: what it is to the article (featuremedia, audio).")
        String name,

        @Schema(format = "uri") String uri,
        @Schema(enumeration = {"text", "audio", "picture"}) String type,

        @Schema(description = "The article's version: it grows with every change.")
        String version,

        Standard standard,
        Instant firstcreated,
        Instant versioncreated,
        @Schema(enumeration = {"usable", "canceled"}) String pubstatus,
        String language,
        List<Text> headlines,
        List<Text> descriptions,
        List<Body> bodies,
        String by,
        List<Concept> people,
        List<Concept> subjects,

        @Schema(description = "The dateline.", example = "KYIV")
        String located,

        String copyrightnotice,

        @Schema(description = "For a killed article: the notice to the recipient's editors.")
        String ednote,

        List<Ninjs> associations,
        List<Rendition> renditions,
        Concept digitalsourcetype,
        @JsonIgnore @Schema(hidden = true) List<String> surrogateKeys)
        implements CacheTags {

    /** Which standard and schema the document follows. */
    @Schema(name = "NinjsStandard")
    public record Standard(String name, String version, String schema) {}

    /** A headline or a description. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsText", requiredProperties = "value")
    public record Text(String role, String contenttype, String value) {}

    /** The body in one content type. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsBody", requiredProperties = "value")
    public record Body(String role, String contenttype, Integer charcount, Integer wordcount, String value) {}

    /** A person, subject or source type. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsConcept")
    public record Concept(
            String name, String rel, @Schema(format = "uri") String uri, String literal) {}

    /** One file of a picture or audio. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsRendition", requiredProperties = "name")
    public record Rendition(
            String name,
            @Schema(format = "uri") String href,
            String contenttype,
            Integer height,
            Integer width,
            Long sizeinbytes,
            @Schema(description = "Seconds, for audio.") Integer duration) {}

    @Override
    public List<String> surrogateKeys() {
        return surrogateKeys == null ? List.of() : surrogateKeys;
    }
}
