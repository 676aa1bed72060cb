package org.servelab.workload.io;

import java.util.Locale;

/** The columns of the Orca CSV trace format and its ServeLab extensions. Times are in milliseconds. */
enum CsvColumn {
    INPUT_LENGTH("input_length"),
    OUTPUT_LENGTH("output_length"),
    ARRIVAL("arrival"),
    ID("id"),
    PREFILL_TIME("prefill_time"),
    DECODE_TIME("decode_time"),
    PREDICTED("predicted");

    private final String header;

    CsvColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    /** The column with this header name (case-insensitive), or {@code null}. */
    static CsvColumn byHeader(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (CsvColumn c : values()) {
            if (c.header.equals(n)) {
                return c;
            }
        }
        return null;
    }

    static String allHeaders() {
        StringBuilder sb = new StringBuilder();
        for (CsvColumn c : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.header);
        }
        return sb.toString();
    }
}
