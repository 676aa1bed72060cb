package org.servelab.seqsched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.servelab.workload.InputException;

class AlpacaLengthsTest {

    @Test
    void readsTheTrueLengthAndTheLargestOfFourSamples() {
        QuerySet q = AlpacaLengths.read("data/lengths.csv", "id,L_gt,L_t0.0,L_t0.3,L_t0.5,L_t0.7\n1,54,115,126,53,61\n"
                + "12,8,9,9,9,9\n", 60);
        assertThat(q.name()).isEqualTo("lengths");
        assertThat(q.queries()).containsExactly(new Query("1", 60, 115, 126, Query.NONE),
                new Query("12", 60, 9, 9, Query.NONE));
    }

    @Test
    void theBuiltInFileHasThePapersTenThousandQueries() {
        QuerySet q = AlpacaLengths.builtIn(60);
        assertThat(q.size()).isEqualTo(10_000);
        assertThat(q.hasMax4()).isTrue();
        assertThat(q.get(0)).isEqualTo(new Query("1", 60, 115, 126, Query.NONE));
    }

    @Test
    void aBadValueIsOneLineNamingTheLineAndColumn() {
        assertThatThrownBy(() -> AlpacaLengths.read("l.csv", "id,L_t0.0,L_t0.3,L_t0.5,L_t0.7\n1,5,6,seven,8\n", 1))
                .isInstanceOf(InputException.class)
                .hasMessage("l.csv, line 2: field L_t0.5: must be a whole number of tokens, got \"seven\" (query 1)");
        assertThatThrownBy(() -> AlpacaLengths.read("l.csv", "id,L_t0.0,L_t0.3\n1,5,6\n", 1))
                .hasMessageContaining("no column L_t0.5");
    }

    @Test
    void samplesAreSeededAndWithoutReplacement() {
        QuerySet all = AlpacaLengths.builtIn(60);
        QuerySet a = all.sample(1024, 6);
        assertThat(a.queries()).isEqualTo(all.sample(1024, 6).queries());
        assertThat(a.queries().stream().map(Query::id).distinct().count()).isEqualTo(1024);
        assertThat(all.sample(1024, 7).queries()).isNotEqualTo(a.queries());
        assertThatThrownBy(() -> all.sample(10_001, 1)).hasMessageContaining("10001 queries asked");
    }
}
