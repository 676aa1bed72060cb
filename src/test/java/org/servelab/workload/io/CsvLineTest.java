package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void trimsUnquotedValues() {
        assertThat(CsvLine.split("157 ,48 ")).containsExactly("157", "48");
        assertThat(CsvLine.split("a,,b,")).containsExactly("a", "", "b", "");
    }

    @Test
    void quotedValuesKeepSpacesCommasAndQuotes() {
        assertThat(CsvLine.split(" \" a, \"\"b\"\" \" , c")).containsExactly(" a, \"b\" ", "c");
    }

    @Test
    void quoteReadsBack() {
        for (String s : new String[] {"plain", " padded ", "a,b", "say \"hi\"", "#tag", "é"}) {
            assertThat(CsvLine.split(CsvLine.quote(s) + ",x")).containsExactly(s, "x");
        }
        assertThat(CsvLine.quote("plain")).isEqualTo("plain");
    }
}
