package com.newsdesk.live;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LiveEntryRepository implements PanacheRepositoryBase<LiveEntry, UUID> {

    /** An entry of this article that is not deleted. */
    public Optional<LiveEntry> findCurrent(UUID articleId, UUID id) {
        return find("id = ?1 and articleId = ?2 and deletedAt is null", id, articleId)
                .firstResultOptional();
    }
}
