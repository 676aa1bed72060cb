package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void trimsUnquotedValues() {
        assertThat(Csv.split("157 ,48 ")).containsExactly("157", "48");
        assertThat(Csv.split("a,,b,")).containsExactly("a", "", "b", "");
    }

    @Test
    void quotedValuesKeepSpacesCommasAndQuotes() {
        assertThat(Csv.split(" \" a, \"\"b\"\" \" , c")).containsExactly(" a, \"b\" ", "c");
    }

    @Test
    void fieldReadsBack() {
        for (String s : new String[] {"plain", " padded ", "a,b", "say \"hi\"", "#tag", "é", "", "skip-join-mlfq"}) {
            assertThat(Csv.split(Csv.field(s) + ",x")).as(s).containsExactly(s, "x");
        }
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("")).as("an empty field reads back unquoted").isEqualTo("");
        assertThat(Csv.field("a\nb")).as("RFC 4180 quoting").isEqualTo("\"a\nb\"");
    }

    @Test
    void unmatchedQuotesAreRefused() {
        assertThatThrownBy(() -> Csv.split("\"open,1")).hasMessageContaining("no closing quote");
        assertThatThrownBy(() -> Csv.split("\"a\"b,1")).hasMessageContaining("after a closing quote");
    }

    @Test
    void numbers() {
        assertThat(Csv.number(5)).isEqualTo("5");
        assertThat(Csv.number(266.764352)).isEqualTo("266.764352");
        assertThat(Csv.number(Double.NaN)).isEmpty();
        assertThat(Csv.number(Double.POSITIVE_INFINITY)).isEmpty();
    }
}
