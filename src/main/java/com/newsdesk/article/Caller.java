package com.newsdesk.article;

import java.util.UUID;

/** Who is asking: contributors may only touch their own drafts. */
public record Caller(UUID staffId, boolean editor) {}
