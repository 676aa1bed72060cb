package org.servelab.seqsched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PredictorTest {

    private static QuerySet queries(int n) {
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Query("q" + i, 5, 10 + 7 * i, 20 + 9 * i, Query.NONE));
        }
        return new QuerySet("q", out);
    }

    @Test
    void vanillaOracleAndMax4() {
        QuerySet q = queries(3);
        assertThat(Predictor.vanilla().predict(q, 512, 1)).containsExactly(512, 512, 512);
        assertThat(Predictor.oracle().predict(q, 512, 1)).containsExactly(10, 17, 24);
        assertThat(Predictor.max4().predict(q, 512, 1)).containsExactly(20, 29, 38);
        assertThat(Predictor.max4().predict(q, 25, 1)).as("cut at the max length").containsExactly(20, 25, 25);
    }

    @Test
    void noisyIsSeededAndEmitsMultiplesOfFifty() {
        QuerySet q = queries(200);
        int[] a = Predictor.noisy(0.4).raw(q, 512, 7);
        assertThat(Predictor.noisy(0.4).raw(q, 512, 7)).containsExactly(a);
        assertThat(Predictor.noisy(0.4).raw(q, 512, 8)).isNotEqualTo(a);
        assertThat(java.util.Arrays.stream(a).boxed()).allMatch(p -> p >= 50 && p % 50 == 0);
        assertThat(Predictor.noisy(0).raw(q, 512, 7)[0]).as("SIGMA 0: the label rounded up").isEqualTo(50);
        assertThat(java.util.Arrays.stream(Predictor.noisy(3).predict(q, 512, 7)).max().getAsInt()).isEqualTo(512);
    }

    @Test
    void theNoisyPredictorAtSigmaPointFourHasThePapersQuality() {
        QuerySet all = AlpacaLengths.builtIn(60);
        PredictionQuality q = PredictionQuality.of(all, Predictor.noisy(0.4).raw(all, 512, 1));
        assertThat(q.meanError()).as("the paper: 62").isBetween(58.0, 68.0);
        assertThat(q.within50()).as("the paper: 59 %").isBetween(0.58, 0.64);
        assertThat(q.within100()).as("the paper: 81 %").isBetween(0.80, 0.85);
    }

    @Test
    void parsesEveryFormAndRefusesTheRest() {
        assertThat(Predictor.parse(" Noisy:0.25 ").name()).isEqualTo("noisy:0.25");
        assertThat(Predictor.parse("gt").kind()).isEqualTo(Predictor.Kind.MAX4);
        assertThat(Strategy.parse("max4+fcr+vbs").name()).isEqualTo("max4+vbs+fcr");
        assertThatThrownBy(() -> Predictor.parse("noisy:-0.4")).hasMessageContaining("SIGMA >= 0");
        assertThatThrownBy(() -> Predictor.parse("noisy:abc")).hasMessageContaining("'abc' is not a number");
        assertThatThrownBy(() -> Predictor.parse("noisy:NaN")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Predictor.parse("psychic")).hasMessageContaining("known: vanilla, oracle, max4");
        assertThatThrownBy(() -> Strategy.parse("max4+vbs+vbs")).hasMessageContaining("not +vbs or +fcr");
    }

    @Test
    void max4AndTraceSayWhyTheyCannotServeATrace() {
        QuerySet trace = new QuerySet("t", List.of(new Query("a", 1, 5, Query.NONE, 9),
                new Query("b", 1, 5, Query.NONE, Query.NONE)));
        assertThat(Predictor.max4().unusableFor(trace)).contains("four sampled lengths");
        assertThat(Predictor.trace().unusableFor(trace)).contains("b has none");
        assertThat(Predictor.noisy(0.1).unusableFor(trace)).as("centred on the true length").isNull();
    }
}
