package com.newsdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts: runs of equal, inserted and deleted words (a word keeps the
 * whitespace after it, so the runs put together give each text back). The longest common
 * subsequence is found after the common start and end are set aside, within a budget of cells
 * that all the texts of one comparison share (a body's blocks, say): past it, a middle counts as
 * all deleted and all inserted, so that no body can make a diff cost more than that.
 */
final class WordDiff {

    /** One run of words. */
    record Op(String op, String text) {}

    static final int BUDGET = 1_000_000;

    /** The cells left to the texts of one comparison. */
    static final class Budget {
        private long left = BUDGET;
    }

    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    private WordDiff() {}

    static List<Op> diff(String from, String to) {
        return diff(from, to, new Budget());
    }

    static List<Op> diff(String from, String to, Budget budget) {
        List<String> a = words(from);
        List<String> b = words(to);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        Runs runs = new Runs();
        a.subList(0, start).forEach(w -> runs.add("equal", w));
        List<String> midA = a.subList(start, endA);
        List<String> midB = b.subList(start, endB);
        long cells = (long) midA.size() * midB.size();
        if (cells > budget.left) {
            midA.forEach(w -> runs.add("delete", w));
            midB.forEach(w -> runs.add("insert", w));
        } else {
            budget.left -= cells;
            middle(midA, midB, runs);
        }
        a.subList(endA, a.size()).forEach(w -> runs.add("equal", w));
        return runs.ops();
    }

    private static void middle(List<String> a, List<String> b, Runs runs) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                runs.add("equal", a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                runs.add("delete", a.get(i++));
            } else {
                runs.add("insert", b.get(j++));
            }
        }
        while (i < n) {
            runs.add("delete", a.get(i++));
        }
        while (j < m) {
            runs.add("insert", b.get(j++));
        }
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Joins neighbouring words of the same kind into one run. */
    private static final class Runs {
        private final List<Op> ops = new ArrayList<>();
        private String op;
        private final StringBuilder text = new StringBuilder();

        void add(String kind, String word) {
            if (!kind.equals(op)) {
                close();
                op = kind;
            }
            text.append(word);
        }

        private void close() {
            if (op != null) {
                ops.add(new Op(op, text.toString()));
                text.setLength(0);
            }
        }

        List<Op> ops() {
            close();
            op = null;
            return ops;
        }
    }
}
