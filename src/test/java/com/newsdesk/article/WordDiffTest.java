package com.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static String side(List<WordDiff.Op> ops, String skip) {
        return ops.stream()
                .filter(op -> !op.op().equals(skip))
                .map(WordDiff.Op::text)
                .collect(Collectors.joining());
    }

    @Test
    void aReplacedWordIsADeleteAndAnInsertBetweenEqualRuns() {
        List<WordDiff.Op> ops = WordDiff.diff("Power returned to Kharkiv at dawn.", "Power returned to Odesa at dawn.");
        assertEquals(
                List.of(
                        new WordDiff.Op("equal", "Power returned to "),
                        new WordDiff.Op("delete", "Kharkiv "),
                        new WordDiff.Op("insert", "Odesa "),
                        new WordDiff.Op("equal", "at dawn.")),
                ops);
    }

    @Test
    void theRunsGiveBothTextsBack() {
        String from = "Talks  resumed on Monday,\nofficials said; a deal is not expected soon.";
        String to = "Talks resumed late on Monday, two officials said; no deal is expected.";
        List<WordDiff.Op> ops = WordDiff.diff(from, to);
        assertEquals(from, side(ops, "insert"));
        assertEquals(to, side(ops, "delete"));
    }

    /** 1,200 words each side, every other one shared: a full comparison finds 600 equal runs. */
    private static String words(String prefix) {
        return "start "
                + IntStream.range(0, 1_200)
                        .mapToObj(i -> i % 2 == 0 ? "x" : prefix + i)
                        .collect(Collectors.joining(" "))
                + " end";
    }

    @Test
    void pastTheBudgetTheMiddleIsDeletedAndInsertedWhole() {
        String from = words("a");
        String to = words("b");
        List<WordDiff.Op> ops = WordDiff.diff(from, to);
        assertEquals(
                List.of("equal", "delete", "insert", "equal"),
                ops.stream().map(WordDiff.Op::op).toList());
        assertEquals(from, side(ops, "insert"));
        assertEquals(to, side(ops, "delete"));
    }

    @Test
    void theTextsOfOneComparisonShareTheBudget() {
        String from = IntStream.range(0, 800)
                .mapToObj(i -> i % 2 == 0 ? "x" : "a" + i)
                .collect(Collectors.joining(" "));
        String to = IntStream.range(0, 800)
                .mapToObj(i -> i % 2 == 0 ? "x" : "b" + i)
                .collect(Collectors.joining(" "));
        WordDiff.Budget budget = new WordDiff.Budget();
        // 800 x 800 cells fit once in a budget of a million, not twice.
        assertEquals(true, WordDiff.diff(from, to, budget).size() > 4, "the first block is compared word by word");
        assertEquals(
                List.of("equal", "delete", "insert"),
                WordDiff.diff(from, to, budget).stream().map(WordDiff.Op::op).toList(),
                "the second is past what is left");
    }

    @Test
    void emptyTextsAreAllInsertedOrAllDeleted() {
        assertEquals(List.of(new WordDiff.Op("insert", "New words")), WordDiff.diff("", "New words"));
        assertEquals(List.of(new WordDiff.Op("delete", "Old words")), WordDiff.diff("Old words", null));
        assertEquals(List.of(), WordDiff.diff("", ""));
    }
}
