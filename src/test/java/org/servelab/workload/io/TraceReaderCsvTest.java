package org.servelab.workload.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servelab.workload.io.InputErrors.expect;

import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

class TraceReaderCsvTest {

    private static final String FILE = "data/orca.csv";

    private static Trace read(String text) {
        return TraceReader.readCsv(FILE, text);
    }

    private static InputException error(String text, int line, String field) {
        return expect(() -> read(text), FILE, line, field);
    }

    @Test
    void readsTheOrcaFormatWithSpacesAroundValues() {
        Trace t = read("input_length,output_length\n157 ,48\n78 ,24 \n");
        assertThat(t.name()).isEqualTo("orca");
        assertThat(t.timeUnit()).isEqualTo(TimeUnit.MS);
        assertThat(t.hasArrivals()).isFalse();
        assertThat(t.jobs()).containsExactly(Job.of("J1", 0, 157, 48), Job.of("J2", 0, 78, 24));
    }

    @Test
    void skipsBlankLinesCommentsAndByteOrderMark() {
        Trace t = read("\uFEFF# exported from the exercise\r\n\r\n input_length , output_length \r\n"
                + "# first job\r\n1,2\r\n   \r\n3,4  \r\n\r\n");
        assertThat(t.jobs()).containsExactly(Job.of("J1", 0, 1, 2), Job.of("J2", 0, 3, 4));
    }

    @Test
    void readsOptionalColumnsInAnyOrder() {
        Trace t = read("""
                id,decode_time,arrival,output_length,input_length,prefill_time
                a,1,0,2,10,5
                "b, quoted",,2.5,3,20,
                """);
        assertThat(t.hasArrivals()).isTrue();
        assertThat(t.jobs()).containsExactly(
                new Job("a", 0, 10, 2, 5.0, 1.0),
                new Job("b, quoted", 2.5, 20, 3, null, null));
    }

    @Test
    void readsPredictedLengthsAndLeavesEmptyOnesOut() {
        Trace t = read("input_length,output_length,predicted\n10,40,50\n20,3,\n");
        assertThat(t.job(0).predicted()).isEqualTo(50);
        assertThat(t.job(1).predicted()).isNull();
        assertThat(TraceWriter.toCsv(t)).isEqualTo("input_length,output_length,predicted\n10,40,50\n20,3,\n");
    }

    @Test
    void aPredictedLengthThatIsTextIsOneLineNamingIt() {
        InputException e = error("input_length,output_length,predicted\n10,40,short\n", 2, "predicted");
        assertThat(e.getMessage()).contains("must be a number", "short");
        error("input_length,output_length,predicted\n10,40,0\n", 2, "predicted");
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        assertThat(read("Input_Length,OUTPUT_LENGTH\n1,2\n").size()).isEqualTo(1);
    }

    @Test
    void missingValueNamesLineAndColumn() {
        InputException e = error("input_length,output_length\n1,2\n\n157\n", 4, "output_length");
        assertThat(e.getMessage()).contains("missing value", "job J2");
        error("input_length,output_length\n157,\n", 2, "output_length");
    }

    @Test
    void extraValue() {
        assertThat(error("input_length,output_length\n1,2\n1,2,3\n", 3, "column 3").getMessage())
                .contains("extra value", "3");
    }

    @Test
    void nonNumericValues() {
        assertThat(error("input_length,output_length\nabc,2\n", 2, "input_length").getMessage())
                .contains("must be a number", "\"abc\"");
        error("input_length,output_length\n1,NaN\n", 2, "output_length");
        error("input_length,output_length\n1,Infinity\n", 2, "output_length");
        error("input_length,output_length\n1,0x10\n", 2, "output_length");
        error("input_length,output_length\n1,5d\n", 2, "output_length");
    }

    @Test
    void outOfRangeValues() {
        assertThat(error("input_length,output_length\n-1,2\n", 2, "input_length").getMessage()).contains(">= 0");
        assertThat(error("input_length,output_length\n1,2\n1,0\n", 3, "output_length").getMessage())
                .contains(">= 1", "job J2");
        assertThat(error("input_length,output_length\n1,2.5\n", 2, "output_length").getMessage())
                .contains("whole number");
        error("input_length,output_length,arrival\n1,2,-4\n", 2, "arrival");
        error("input_length,output_length,prefill_time\n1,2,0\n", 2, "prefill_time");
        error("input_length,output_length,decode_time\n1,2,-1\n", 2, "decode_time");
        error("input_length,output_length\n1,99999999999\n", 2, "output_length");
    }

    @Test
    void emptyArrivalOrIdIsMissing() {
        error("input_length,output_length,arrival\n1,2,\n", 2, "arrival");
        error("input_length,output_length,id\n1,2,\n", 2, "id");
    }

    @Test
    void headerProblems() {
        assertThat(error("input_length,output_lenght\n1,2\n", 1, "output_lenght").getMessage())
                .contains("unknown column", "output_length");
        assertThat(error("\n# c\ninput_length\n1\n", 3, "output_length").getMessage()).contains("no such column");
        assertThat(error("input_length,output_length,input_length\n1,2,3\n", 1, "input_length").getMessage())
                .contains("twice");
        assertThat(error("157,48\n78,24\n", 1, null).getMessage()).contains("no header", "input_length,output_length");
    }

    @Test
    void duplicateIdsNameBothLines() {
        InputException e = error("id,input_length,output_length\nA,1,2\nB,1,2\n\nA,1,2\n", 5, "id");
        assertThat(e.getMessage()).contains("A", "line 2", "line 5");
    }

    @Test
    void emptyFileAndHeaderWithoutJobs() {
        assertThat(expect(() -> read(""), FILE, 0, null).getMessage()).contains("empty");
        assertThat(expect(() -> read("# only a comment\n\n"), FILE, 0, null).getMessage()).contains("empty");
        assertThat(expect(() -> read("input_length,output_length\n\n"), FILE, 0, null).getMessage())
                .contains("no jobs");
    }

    @Test
    void unmatchedQuote() {
        assertThat(error("id,input_length,output_length\n\"A,1,2\n", 2, null).getMessage()).contains("quote");
        error("id,input_length,output_length\n\"A\"x,1,2\n", 2, null);
    }
}
