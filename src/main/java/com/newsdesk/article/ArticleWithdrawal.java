package com.newsdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A public article that stopped being public: when, and how (unpublished, archived, deleted). */
@Entity
@Table(name = "article_withdrawal")
public class ArticleWithdrawal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public Instant at;
}
