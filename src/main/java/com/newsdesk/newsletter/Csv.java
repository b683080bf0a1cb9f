package com.newsdesk.newsletter;

import java.util.List;

/** RFC 4180 CSV, with cells that a spreadsheet would run as a formula defused. */
final class Csv {

    private Csv() {}

    static String row(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    /**
     * An email address exactly as stored, always quoted: {@code -news@x.test} and {@code =x@y.test}
     * are valid addresses that whatever sends the editions must get unchanged. (A spreadsheet that
     * opens the file may still read a quoted {@code =...} cell as a formula; the other cells are
     * defused, and an address never is, because it would stop being the address.)
     */
    static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // =HYPERLINK(...) in a name must not run in Excel (CSV injection)
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
