package com.newsdesk.article;

import com.newsdesk.common.db.VersionedEntity;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An article. Other features' things (authors, tags, section, media) are held by id and resolved
 * through their services, in batches.
 */
@Entity
@Table(name = "article")
public class Article extends VersionedEntity {

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String headline;

    /** The label above the headline, such as Exclusive or Analysis. */
    public String kicker;

    public String standfirst;

    /** Where the story was filed from, as on wire copy: KYIV. */
    public String dateline;

    /** Between editors: staff see it, readers never do. */
    @Column(name = "editor_note")
    public String editorNote;

    /** As given by the editor; null means derived from the body. */
    public String excerpt;

    // The body and its text are the bulk of a row: lists never read them (an excerpt comes from
    // ArticleRefs), one article reads both in one more statement when it needs them.
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Block> body = new ArrayList<>();

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_text", nullable = false)
    public String bodyText = "";

    /** The start of the first paragraph with text (BodyText.lede): lists make excerpts from it. */
    public String lede;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Column(name = "reading_time_minutes", nullable = false)
    public int readingTimeMinutes = 1;

    /** The tag names, for the search document (a generated column the entity does not map). */
    @Column(name = "tag_names", nullable = false)
    public String tagNames = "";

    @Column(name = "section_id")
    public UUID sectionId;

    @Column(name = "lead_image_id")
    public UUID leadImageId;

    @Column(name = "lead_image_caption")
    public String leadImageCaption;

    @Column(name = "lead_image_credit")
    public String leadImageCredit;

    @Column(name = "audio_id")
    public UUID audioId;

    @Column(name = "audio_ai_assisted")
    public Boolean audioAiAssisted;

    @Column(name = "audio_disclosure")
    public String audioDisclosure;

    @Column(nullable = false)
    public String language = "en";

    @Column(name = "meta_title")
    public String metaTitle;

    @Column(name = "meta_description")
    public String metaDescription;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    /** Live coverage: entries from liveFrom until liveUntil (open while null). */
    @Column(nullable = false)
    public boolean live;

    @Column(name = "live_from")
    public Instant liveFrom;

    @Column(name = "live_until")
    public Instant liveUntil;

    /** Whether editors may post entries now: live, and its coverage not ended. */
    public boolean isLiveAt(Instant now) {
        return live && (liveUntil == null || liveUntil.isAfter(now));
    }

    @Convert(converter = StatusColumn.class)
    @Column(nullable = false)
    public ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_by")
    public UUID createdBy;

    /** When it first became public; kept through unpublishing. Null: readers never saw it. */
    @Column(name = "first_published_at")
    public Instant firstPublishedAt;

    /** A killed article's public notice (the 410's detail); null when it has none or is not killed. */
    @Column(name = "kill_notice")
    public String killNotice;

    @Column(name = "killed_at")
    public Instant killedAt;

    /** The status a kill took it from, which lifting the kill puts back. */
    @Convert(converter = StatusColumn.class)
    @Column(name = "killed_from")
    public ArticleStatus killedFrom;

    /** The article this one translates, as the editor gave it. */
    @Column(name = "translation_of")
    public UUID translationOf;

    /** The translation group: the id of its first article; null when the article has no translations. */
    @Column(name = "translation_group")
    public UUID translationGroup;

    /** The group's other public articles: read with a reader's article, never stored. */
    @jakarta.persistence.Transient
    public List<ArticleParts.Translation> translations;

    /** Corrections, clarifications and updates, oldest first, removed ones included. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CorrectionViews.Stored> corrections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "author_id", nullable = false)
    public List<UUID> authorIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag_id", nullable = false)
    public List<UUID> tagIds = new ArrayList<>();

    /** Readers have seen it: it is public now or was public once. */
    public boolean wasEverPublic(Instant now) {
        return firstPublishedAt != null || isPublicAt(now);
    }

    /** Public: published, or scheduled and its time has come. */
    public boolean isPublicAt(Instant now) {
        return (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED)
                && publishedAt != null
                && !publishedAt.isAfter(now);
    }

    @Converter
    static class StatusColumn implements AttributeConverter<ArticleStatus, String> {
        @Override
        public String convertToDatabaseColumn(ArticleStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public ArticleStatus convertToEntityAttribute(String value) {
            return value == null ? null : ArticleStatus.of(value);
        }
    }
}
