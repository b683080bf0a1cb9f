package com.newsdesk.author;

import com.newsdesk.common.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Media items used as author avatars cannot be deleted. */
@ApplicationScoped
public class AvatarUsage implements Usage {

    private final AuthorRepository authors;

    AvatarUsage(AuthorRepository authors) {
        this.authors = authors;
    }

    @Override
    public String of() {
        return "media";
    }

    @Override
    public long count(UUID id) {
        return authors.countWithAvatar(id);
    }

    @Override
    public String users() {
        return "authors (as avatar)";
    }
}
