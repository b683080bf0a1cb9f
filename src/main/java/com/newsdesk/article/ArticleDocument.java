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

    /** jsonb_build_object takes at most 100 arguments: larger documents are concatenated. */
    private static final int PAIRS_PER_CALL = 40;

    private final String sql;
    private final ObjectMapper mapper;

    ArticleDocument(EntityManagerFactory factory) {
        EntityPersister persister = factory.unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(Article.class);
        Set<String> lazy = persister
                .getBytecodeEnhancementMetadata()
                .getLazyAttributesMetadata()
                .getLazyAttributeNames();
        List<String> pairs = new ArrayList<>();
        pairs.add("'id', p." + ((BasicValuedModelPart) persister.getIdentifierMapping()).getSelectionExpression());
        persister.forEachAttributeMapping(attribute -> {
            if (attribute instanceof BasicValuedModelPart basic && !lazy.contains(attribute.getAttributeName())) {
                pairs.add("'" + attribute.getAttributeName() + "', p." + basic.getSelectionExpression());
            }
        });
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += PAIRS_PER_CALL) {
            calls.add("jsonb_build_object("
                    + String.join(", ", pairs.subList(i, Math.min(pairs.size(), i + PAIRS_PER_CALL))) + ")");
        }
        this.sql = String.join(" || ", calls);
        this.mapper = StoredJson.mapper();
    }

    /** The SQL expression of the document of the article row aliased {@code p}. */
    String sql() {
        return sql;
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
