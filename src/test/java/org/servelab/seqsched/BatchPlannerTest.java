package org.servelab.seqsched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The batching rules of sequence scheduling: sorting, fixed slices, VBS buckets and the merge of small slices. */
class BatchPlannerTest {

    /** Predictions: {@code counts[i]} queries predicted {@code values[i]}, in that order. */
    private static int[] predictions(int[] values, int[] counts) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            for (int k = 0; k < counts[i]; k++) {
                out.add(values[i]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> shapes(List<PlannedBatch> batches) {
        List<String> out = new ArrayList<>();
        for (PlannedBatch b : batches) {
            out.add(b.members().length + "@" + b.cap());
        }
        return out;
    }

    @Test
    void fixedSlicesOfTheSortedGroupCappedAtTheirLargestPrediction() {
        List<PlannedBatch> b = BatchPlanner.plan(new int[] {300, 100, 200, 100, 50}, 2, false);
        assertThat(b).hasSize(3);
        assertThat(b.get(0).members()).as("sorted ascending, ties in data order").containsExactly(4, 1);
        assertThat(b.get(1).members()).containsExactly(3, 2);
        assertThat(b.get(2).members()).containsExactly(0);
        assertThat(shapes(b)).containsExactly("2@100", "2@200", "1@300");
    }

    @Test
    void bucketsAreMultiplesOfFiftyWithTheirOwnBatchSizes() {
        assertThat(new int[] {BatchPlanner.bucketOf(1), BatchPlanner.bucketOf(50), BatchPlanner.bucketOf(51),
            BatchPlanner.bucketOf(512)}).containsExactly(50, 50, 100, 550);
        assertThat(new int[] {BatchPlanner.bucketBatchSize(50), BatchPlanner.bucketBatchSize(100),
            BatchPlanner.bucketBatchSize(150), BatchPlanner.bucketBatchSize(200), BatchPlanner.bucketBatchSize(250),
            BatchPlanner.bucketBatchSize(550)}).containsExactly(256, 128, 64, 32, 16, 16);
    }

    @Test
    void vbsCutsEachBucketIntoSlicesOfItsSizeCappedAtTheBucket() {
        // 300 queries at 40 (bucket 50, size 256), 64 at 120 (bucket 150, size 64), 20 at 260 (bucket 300, size 16)
        int[] p = predictions(new int[] {40, 120, 260}, new int[] {300, 64, 20});
        List<PlannedBatch> b = BatchPlanner.plan(p, 16, true);
        // bucket 50: 256, then 44 < 128 move to bucket 150 (64 + 44 = 108: 64, then 44 >= 32 stays)
        // bucket 300: 16, then 4 stays (it is the largest bucket)
        assertThat(shapes(b)).containsExactly("256@50", "64@150", "44@150", "16@300", "4@300");
    }

    @Test
    void aSmallSliceMovesToTheEndOfTheNextNonEmptyBucket() {
        // 30 at 100 (size 128: 30 < 64 moves), nothing at 150 or 200, 20 at 250 (size 16)
        int[] p = predictions(new int[] {100, 250}, new int[] {30, 20});
        List<PlannedBatch> b = BatchPlanner.plan(p, 16, true);
        assertThat(shapes(b)).containsExactly("16@250", "16@250", "16@250", "2@250");
        assertThat(b.get(0).members()).as("the bucket's own queries first").containsExactly(
                30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45);
        assertThat(b.get(1).members()).as("then the moved ones, in their order").startsWith(46, 47, 48, 49, 0, 1);
    }

    @Test
    void movedSlicesCanMoveAgain() {
        // 100 at 50 (< 128) move to bucket 100: 40 + 100 = 140 -> 128, then 12 < 64 moves to bucket 150
        int[] p = predictions(new int[] {50, 100, 150}, new int[] {100, 40, 10});
        assertThat(shapes(BatchPlanner.plan(p, 16, true))).containsExactly("128@100", "22@150");
    }

    @Test
    void theLargestBucketKeepsItsSmallSlice() {
        // the largest prediction is 120: bucket 100 is below it (its 5 move), bucket 150 is not (its 5 + 5 stay)
        int[] p = predictions(new int[] {100, 120}, new int[] {5, 5});
        List<PlannedBatch> b = BatchPlanner.plan(p, 16, true);
        assertThat(shapes(b)).containsExactly("10@150");
        assertThat(Arrays.stream(b.get(0).members()).boxed().toList()).containsExactly(5, 6, 7, 8, 9, 0, 1, 2, 3, 4);
    }

    @Test
    void vanillaPredictionsKeepTheDataOrder() {
        List<PlannedBatch> b = BatchPlanner.plan(new int[] {512, 512, 512}, 2, false);
        assertThat(b.get(0).members()).containsExactly(0, 1);
        assertThat(b.get(1).members()).containsExactly(2);
    }
}
