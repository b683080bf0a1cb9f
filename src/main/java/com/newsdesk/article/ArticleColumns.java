package com.newsdesk.article;

import com.newsdesk.article.ArticleInputs.NewArticle;
import com.newsdesk.common.Texts;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/**
 * The input's fields that are columns of the same name, copied by name (MapStruct writes the
 * code): text trimmed, blank as null. {@link ArticleEditor} sets the rest, which need lookups or
 * rules. Apart from {@link ArticleMapping} because its trimming applies to every text it copies.
 */
@Mapper
interface ArticleColumns {

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "headline", ignore = true)
    @Mapping(target = "slug", ignore = true)
    @Mapping(target = "body", ignore = true)
    @Mapping(target = "language", ignore = true)
    @Mapping(target = "live", ignore = true)
    void copy(NewArticle input, @MappingTarget Article article);

    default String text(String value) {
        return Texts.orNull(value);
    }
}
