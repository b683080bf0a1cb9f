package com.newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.common.json.StoredJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.persister.entity.EntityPersister;

/**
 * An article's columns as one JSON document that PostgreSQL builds in the statement that also
 * reads the article's references, read back into a detached {@link Article}: a reader's article
 * then costs one statement and no entity loading. The columns are Hibernate's mapping of
 * {@link Article} (every basic attribute but the lazy body and body text), so a new column needs
 * no edit here.
 */
@ApplicationScoped
class ArticleDocument {

    /** The select list of the document: each column under its attribute's name. */
    private final String columns;

    private final ObjectMapper mapper;

    ArticleDocument(EntityManagerFactory factory) {
        EntityPersister persister = factory.unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(Article.class);
        Set<String> lazy = persister
                .getBytecodeEnhancementMetadata()
                .getLazyAttributesMetadata()
                .getLazyAttributeNames();
        List<String> selected = new ArrayList<>();
        selected.add(column(((BasicValuedModelPart) persister.getIdentifierMapping()).getSelectionExpression(), "id"));
        persister.forEachAttributeMapping(attribute -> {
            if (attribute instanceof BasicValuedModelPart basic && !lazy.contains(attribute.getAttributeName())) {
                selected.add(column(basic.getSelectionExpression(), attribute.getAttributeName()));
            }
        });
        this.columns = String.join(", ", selected);
        this.mapper = StoredJson.mapper();
    }

    private static String column(String name, String attribute) {
        return "p." + name + " AS \"" + attribute + "\"";
    }

    /**
     * The SQL expression (text) of the document of the article row aliased {@code p}, with
     * {@code extra} select items ({@code expression AS "name"}) added. row_to_json writes JSON text
     * directly: jsonb_build_object cost a fifth more, building a binary document only to print it,
     * and takes at most 50 pairs.
     */
    String sql(String... extra) {
        String select = extra.length == 0 ? columns : columns + ", " + String.join(", ", extra);
        return "CAST((SELECT row_to_json(d) FROM (SELECT " + select + ") d) AS text)";
    }

    /** The article of a document: detached, never written. */
    Article read(String document) {
        try {
            return mapper.readValue(document, Article.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable article document", e);
        }
    }
}
