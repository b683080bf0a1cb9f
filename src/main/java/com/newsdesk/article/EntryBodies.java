package com.newsdesk.article;

import com.newsdesk.common.problem.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bodies of short items other features keep in article blocks (a live entry): text blocks and
 * embeds, checked by the article body's rules (marks, link schemes, embed providers). Images and
 * related cards need an article's references and are refused; a live entry has its own media.
 */
@ApplicationScoped
public class EntryBodies {

    private final ArticleConfig config;

    EntryBodies(ArticleConfig config) {
        this.config = config;
    }

    /** The body as stored, with its problems (named {@code field[i]}) added to {@code errors}. */
    public List<Block> check(List<Block> body, String field, List<FieldError> errors) {
        BodyRules.check(body, Set.of(), config.embedHosts(), field, errors);
        List<Block> stored = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (block instanceof Block.Image || block instanceof Block.Related || block instanceof Block.Unknown) {
                errors.add(new FieldError(
                        field + "[" + i + "].type", "Must be one of paragraph, heading, quote, list, embed"));
            } else if (block instanceof Block.Paragraph p) {
                stored.add(new Block.Paragraph(p.text(), p.marks() == null ? List.of() : p.marks()));
            } else if (block instanceof Block.ListBlock l) {
                stored.add(new Block.ListBlock(l.items(), Boolean.TRUE.equals(l.ordered())));
            } else {
                stored.add(block);
            }
        }
        return stored;
    }

    /** The body as readers get it. */
    public List<BlockView> view(List<Block> body) {
        return ReaderBlocks.of(body, ArticleRefRows.EMPTY);
    }

    /** The body as plain text, blocks apart by a blank line. */
    public String text(List<Block> body) {
        return BodyText.plain(body);
    }
}
