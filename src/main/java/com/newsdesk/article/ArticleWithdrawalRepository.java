package com.newsdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class ArticleWithdrawalRepository implements PanacheRepository<ArticleWithdrawal> {

    void record(Article article, String reason, Instant at) {
        ArticleWithdrawal withdrawal = new ArticleWithdrawal();
        withdrawal.articleId = article.id;
        withdrawal.slug = article.slug;
        withdrawal.reason = reason;
        withdrawal.at = at;
        persist(withdrawal);
    }
}
