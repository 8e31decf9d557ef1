package io.consentgateway.gateway.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

/** One RFC 4180 line; a cell that could start a spreadsheet formula is prefixed with a quote. */
public final class CsvLine {

    private CsvLine() {}

    public static String of(Object... cells) {
        return Arrays.stream(cells).map(CsvLine::cell).collect(Collectors.joining(",")) + "\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
